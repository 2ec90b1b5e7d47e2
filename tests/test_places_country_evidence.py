"""Places: the evidence for a report's country (forces of one country, acronyms), compass-word provinces,
and skeleton matches abroad when no country is in play."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.document_country import document_country_votes
from counterclaim.claims.gazetteer import gazetteer
from counterclaim.claims.places import document_country, find_locations
from counterclaim.models import Location


def located(language: Language, text: str) -> list[Location]:
    doc = language(text)
    return find_locations(doc[:], document_country(doc))


@pytest.mark.parametrize(
    ("written", "country"),
    [("North Sinai", "EG"), ("South Darfur", "SD"), ("Northern Darfur", "SD"), ("West Darfur", "SD")],
)
def test_a_province_is_found_under_its_compass_word_in_english_or_arabic(written: str, country: str) -> None:
    assert {p.cc for p in gazetteer().admin1_candidates(written)} == {country}


def test_a_compass_word_alone_is_no_province() -> None:
    assert gazetteer().admin1_candidates("North") == []


@pytest.mark.slow
def test_forces_of_one_country_vote_for_it(language: Language) -> None:
    doc = language("On Friday GNA units and LNA troops exchanged fire near an unnamed farm.")
    assert document_country(doc) == "Libya"


@pytest.mark.slow
def test_an_acronym_votes_for_no_town_named_by_an_alternate(language: Language) -> None:
    votes = document_country_votes(language("GNA aircraft struck a convoy in the desert on Monday."))
    assert "IN" not in votes  # "GNA" is an alternate name of Guna, India


@pytest.mark.slow
def test_forces_decide_the_country_of_a_town_a_bracket_locates(language: Language) -> None:
    found = located(language, "On Tuesday LNA shells hit GNA positions in Zawiyat Qurmul (Misrata).")
    assert {loc.country for loc in found if loc.lat is not None} == {"Libya"}


@pytest.mark.slow
def test_a_skeleton_match_abroad_is_no_guess_without_a_country_in_play(language: Language) -> None:
    # an invented village whose skeleton meets a small town in Spain: kept as written, unresolved
    found = located(language, "Protesters blocked the Sadunail road on Monday.")
    assert all(loc.lat is None for loc in found if loc.as_written == "Sadunail")


@pytest.mark.slow
def test_a_hyphenated_article_keeps_a_province_whole(language: Language) -> None:
    found = located(language, "Gunmen attacked a checkpoint in As-Sweida province on Friday.")
    assert [(loc.as_written, loc.country, loc.precision) for loc in found] == [("As-Sweida", "Syria", 3)]


@pytest.mark.slow
def test_a_compass_word_before_a_town_names_a_part_of_it(language: Language) -> None:
    found = located(language, "Clashes went on in eastern Deir ez-Zor, Syria, on Friday.")
    town = next(loc for loc in found if loc.as_written == "Deir ez-Zor")
    assert (town.country, town.precision) == ("Syria", 2)


@pytest.mark.slow
def test_a_name_found_only_without_its_article_is_no_guess_abroad(language: Language) -> None:
    # "Sudanell" is a village in Spain; with no country in play "El Sudanell" is not placed there
    found = located(language, "Workers held a sit-in in El Sudanell on Monday.")
    assert all(loc.country != "Spain" for loc in found)


@pytest.mark.parametrize(
    ("written", "name", "alike"),
    [("Kafr Qaseem", "Kafr Qāsim", True), ("Qalqiliyah", "Qalqīlyah", True), ("Saadnayel", "Sudanell", False)],
)
def test_spellings_alike_as_transliterations_are(written: str, name: str, alike: bool) -> None:
    from counterclaim.claims.geocoding import written_alike

    assert written_alike(written, name) is alike
