"""Names with generic nouns and the two writings of a final ta marbuta (issue 7, classes 4 and 1)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.gazetteer import gazetteer
from counterclaim.claims.geocoding import _ta_marbuta_loose
from counterclaim.claims.places import document_country, find_locations
from counterclaim.models import Location


def located(language: Language, text: str) -> list[Location]:
    doc = language(text)
    return find_locations(doc[:], document_country(doc))


def test_a_final_ta_marbuta_is_tried_with_and_without_its_h() -> None:
    # GeoNames writes the Libyan port "Zuwarah"; reports write "Zwara" (no inner vowel, no final h)
    assert any(p.cc == "LY" for p in _ta_marbuta_loose(gazetteer(), "Zwara"))
    assert _ta_marbuta_loose(gazetteer(), "Homs") == []  # no final a/ah/eh: nothing to vary


@pytest.mark.slow
def test_coast_of_a_town_is_near_the_town_and_the_noun_alone_is_no_place(language: Language) -> None:
    found = located(language, "LNA jets struck GNA boats off the Coast of Zwara (An Nuqat al Khams) on Monday.")
    assert all(loc.as_written != "Coast" for loc in found)
    zwara = [loc for loc in found if loc.as_written == "Zwara"]
    assert zwara and zwara[0].country == "Libya" and zwara[0].precision == 2


@pytest.mark.slow
def test_a_generic_noun_alone_is_no_place(language: Language) -> None:
    found = located(language, "Residents of the Shatila refugee Camp protested in Beirut on Sunday.")
    assert all(loc.as_written not in {"Camp", "Refugee Camp"} for loc in found)
