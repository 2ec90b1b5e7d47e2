"""A place name is evidence of its country, and less when it is only an alternate name (issue 7, class 3)."""

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
def test_towns_written_often_outweigh_a_neighbour_written_often(language: Language) -> None:
    doc = language(
        "Jets from Lebanon struck Raqqa on Monday. Lebanon denied it. Residents fled Raqqa, and Lebanon "
        "said nothing more. Aid reached Raqqa and Tabqa later."
    )
    votes = document_country_votes(doc)
    assert votes.get("SY", 0.0) > votes.get("LB", 0.0)


@pytest.mark.slow
def test_a_quarter_named_again_goes_nowhere_else(language: Language) -> None:
    doc = language(
        "Troops shelled rebels in Aleppo's Salaheddine district on Monday. By evening, families fled Salaheddine."
    )
    country = document_country(doc)
    assert country == "Syria"
    places = [loc for sent in doc.sents for loc in find_locations(sent, country)]
    written = [loc for loc in places if loc.as_written == "Salaheddine"]
    assert len(written) == 2 and written[0].country == "Syria" and written[0].precision == 2
    # written again with less context: the same quarter, or left unresolved, never a namesake abroad
    assert all(loc.country in {"Syria", None} for loc in written)
