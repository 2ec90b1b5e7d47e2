"""A place name is evidence of its country once, and less when it is only an alternate name (issue 7, class 3)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.document_country import _own_name, document_country, document_country_votes
from counterclaim.claims.gazetteer import Place
from counterclaim.claims.places import find_locations


def town(name: str, cc: str, *, exact: bool, kind: str = "city") -> Place:
    return Place(name, kind, cc, "01", 0.0, 0.0, 20_000, None, exact)


def test_an_alternate_name_abroad_is_no_own_name() -> None:
    assert _own_name([town("Qaryat", "LY", exact=True)])
    assert not _own_name([town("Qaryat", "LY", exact=False)])
    assert _own_name([town("Province", "LY", exact=False, kind="admin1")])


@pytest.mark.slow
def test_a_town_written_twice_votes_once(language: Language) -> None:
    doc = language("Shelling hit Raqqa on Monday. Residents fled Raqqa. Aid reached Raqqa later.")
    assert max(document_country_votes(doc).values()) <= 1.0


@pytest.mark.slow
def test_a_quarter_named_again_stays_in_the_city_that_holds_it(language: Language) -> None:
    doc = language(
        "Troops shelled rebels in Aleppo's Salaheddine district on Monday. By evening, families fled Salaheddine."
    )
    country = document_country(doc)
    assert country == "Syria"
    places = [loc for sent in doc.sents for loc in find_locations(sent, country)]
    written = [loc for loc in places if loc.as_written == "Salaheddine"]
    assert len(written) == 2 and all(loc.country == "Syria" and loc.precision == 2 for loc in written)
