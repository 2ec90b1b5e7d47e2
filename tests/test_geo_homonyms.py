"""Homonyms by class: people words, alternate names abroad, "the X", a trailing word that is no province."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.gazetteer import Place
from counterclaim.claims.geocoding import _other_name
from counterclaim.claims.places import document_country, find_locations
from counterclaim.models import Location


def town(name: str, cc: str, population: int, *, exact: bool) -> Place:
    return Place(name, "city", cc, "01", 0.0, 0.0, population, None, exact)


def test_an_alternate_name_abroad_is_a_guess_beside_a_town_that_carries_the_name() -> None:
    big_alias, small_own = town("Bigtown", "FR", 140_000, exact=False), town("Tor", "RO", 2_000, exact=True)
    assert _other_name(big_alias, [big_alias, small_own], None)
    assert not _other_name(big_alias, [big_alias, small_own], "FR")  # a city that dwarfs its namesakes
    assert not _other_name(small_own, [big_alias, small_own], None)  # its own name
    assert not _other_name(big_alias, [big_alias], None)  # no rival carries it


def located(language: Language, text: str) -> list[Location]:
    doc = language(text)
    return find_locations(doc[:], document_country(doc))


def countries(found: list[Location]) -> set[str | None]:
    return {loc.country for loc in found if loc.lat is not None}


@pytest.mark.slow
@pytest.mark.parametrize("people", ["Arab", "Druze", "Alawite", "Yazidi"])
def test_a_people_word_is_never_a_town(language: Language, people: str) -> None:
    found = located(language, f"Councils of {people} villages staged a strike in Haifa on Monday.")
    assert all(loc.as_written != people for loc in found)


@pytest.mark.slow
def test_one_word_after_the_is_a_building_not_a_town_abroad(language: Language) -> None:
    found = located(language, "Hundreds of people rallied outside the Saray in Zahle to demand their savings.")
    saray = [loc for loc in found if loc.as_written == "Saray"]
    assert all(loc.country in {None, "Lebanon"} for loc in saray)


@pytest.mark.slow
def test_a_trailing_word_is_a_province_only_if_it_holds_the_town(language: Language) -> None:
    found = located(language, "Street vendors protested in Tunis Medina against the new permits.")
    assert "Saudi Arabia" not in countries(found)


def test_qaf_written_g_is_a_spelling_variant() -> None:
    from counterclaim.claims.geocoding import spelling_variants

    assert "qayyarah" in spelling_variants("Gayyarah")


def test_lebanons_governorates_have_their_english_names() -> None:
    from counterclaim.claims.gazetteer import gazetteer

    for name in ("Bekaa", "Mount Lebanon", "North Lebanon", "South Lebanon", "Akkar", "Nabatieh"):
        assert {p.cc for p in gazetteer().admin1_candidates(name)} == {"LB"}, name


@pytest.mark.slow
def test_a_possessive_town_contains_the_next_place(language: Language) -> None:
    found = located(language, "Police fired tear gas at students in Beirut's Hamra district on Friday.")
    hamra = [loc for loc in found if loc.as_written == "Hamra"]
    assert hamra and all(loc.country == "Lebanon" and loc.precision == 2 for loc in hamra)


@pytest.mark.slow
def test_a_hyphenated_route_names_its_two_ends(language: Language) -> None:
    found = located(language, "Farmers blocked the Homs-Hama highway with burning tyres.")
    assert {(loc.as_written, loc.country) for loc in found} >= {("Homs", "Syria"), ("Hama", "Syria")}


@pytest.mark.slow
def test_a_hyphenated_name_stays_whole(language: Language) -> None:
    found = located(language, "Shells fell on Deir-ez-Zor overnight.")
    assert [loc.as_written for loc in found] == ["Deir-ez-Zor"]


@pytest.mark.slow
def test_a_name_after_a_possessive_place_is_a_place(language: Language) -> None:
    found = located(language, "Gunmen shot a teacher in North Sinai's Al Arish on Sunday.")
    assert any(loc.as_written == "Al Arish" and loc.country == "Egypt" for loc in found)
