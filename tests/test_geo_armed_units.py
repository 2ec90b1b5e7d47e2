"""An armed unit named after a person or a town ("the Hamza Brigade") is no place; an administrative division is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.places import document_country, find_locations
from counterclaim.models import Location


def located(language: Language, text: str) -> list[Location]:
    doc = language(text)
    return [loc for sent in doc.sents for loc in find_locations(sent, document_country(doc))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Fighters of the Hamza Brigade shelled positions held by the Kurdish militia.", "Hamza"),
        ("The Quds Brigade said its men repelled an assault overnight.", "Quds"),
        ("Members of the Sultan Murad Legion were wounded in the clashes.", "Sultan Murad"),
    ],
)
def test_an_armed_unit_named_after_a_name_is_no_place(language: Language, text: str, unit: str) -> None:
    found = located(language, text)
    assert not any(unit in (loc.name, loc.as_written) for loc in found)
    assert not any(loc.lat is not None and loc.precision in {1, 2} for loc in found)


@pytest.mark.slow
def test_an_administrative_division_is_still_a_place(language: Language) -> None:
    found = located(language, "Police said two people were killed in clashes in Sylhet Division on Friday.")
    assert any(loc.country == "Bangladesh" for loc in found)
