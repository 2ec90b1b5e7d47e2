"""Places in the product's own domain: countryside units, Arabic toponyms, acronyms, cut-short names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.places import document_country, find_locations
from counterclaim.models import Location

pytestmark = pytest.mark.slow


def located(language: Language, text: str) -> list[Location]:
    doc = language(text)
    return find_locations(doc[:], document_country(doc))


def by_written(found: list[Location], written: str) -> Location:
    matches = [loc for loc in found if loc.as_written == written]
    assert matches, f"{written!r} not among {[loc.as_written for loc in found]}"
    return matches[0]


@pytest.mark.parametrize(
    "text", ["Artillery hit villages in rural Hama overnight.", "Artillery hit villages in the Hama countryside."]
)
def test_the_countryside_of_a_city_is_its_governorate(language: Language, text: str) -> None:
    hama = by_written(located(language, text), "Hama")
    assert (hama.country, hama.admin1, hama.precision) == ("Syria", "Hama", 3)


def test_the_capitals_countryside_is_its_own_unit(language: Language) -> None:
    found = by_written(located(language, "Mortars fell in Damascus countryside on Sunday."), "Damascus")
    assert (found.name, found.precision) == ("Rif Dimashq", 3)


def test_the_outskirts_stay_near_the_city(language: Language) -> None:
    found = by_written(located(language, "Fighting went on at the outskirts of Aleppo, Syria."), "Aleppo")
    assert (found.admin1, found.precision) == ("Aleppo", 2)


def test_an_arabic_generic_first_word_marks_an_unknown_village(language: Language) -> None:
    found = located(language, "Shells fell on Kafr Zeytounat in the northern Hama countryside.")
    village = by_written(found, "Kafr Zeytounat")
    assert (village.country, village.admin1) == ("Syria", "Hama")


def test_an_acronym_is_no_town_named_by_an_alternate(language: Language) -> None:
    found = located(language, "GNA forces said they repelled an attack on Tripoli, Libya.")
    assert all(loc.country in {"Libya", None} for loc in found)


def test_a_direction_before_of_is_a_locative_cue(language: Language) -> None:
    found = located(language, "Egyptian troops shelled a farm west of Rafah on Sunday.")
    assert by_written(found, "Rafah").country == "Egypt"


def test_a_persons_name_is_not_cut_to_a_town_abroad(language: Language) -> None:
    # "Hassan" is a town in India; a mayor's name after his town is a person, not a place near Hassan
    found = located(
        language, "On Friday night, the car of the Mayor of Tyr, Hassan Saad was torched by an unknown attacker."
    )
    assert all(loc.country != "India" for loc in found)


def test_a_mexican_colonia_is_a_neighbourhood_not_cologne(language: Language) -> None:
    # "Colonia" is the Italian and Spanish name of Köln; "Colonia X" in a Mexican report is a neighbourhood
    found = located(language, "A shopkeeper was shot and wounded by two armed men in Colonia Jardines del Valle.")
    assert all(loc.country != "Germany" for loc in found)


def test_a_province_called_by_its_own_name_wins_a_tie(language: Language) -> None:
    # "Lagos" is Nigeria's state by name and Chile's Los Lagos without its article: with no country in play,
    # the province that carries the name as written is the one meant
    found = located(language, "Armed robbers attacked two banks in Lagos State on Tuesday.")
    assert by_written(found, "Lagos").country == "Nigeria"
