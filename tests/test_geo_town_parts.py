"""A quarter of a town ("the Sana neighbourhood") is a local name, never a foreign namesake against the report."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.places import document_country, find_locations


@pytest.mark.slow
def test_a_neighbourhood_is_no_foreign_capital(language: Language) -> None:
    doc = language(
        "Syrian troops fought rebels in Deir ez-Zor on Sunday. Gunmen crossed from the Sana neighborhood "
        "into the Rasafa neighborhood, the army said."
    )
    found = [loc for sent in doc.sents for loc in find_locations(sent, document_country(doc))]
    assert not any(loc.country == "Yemen" for loc in found)
    assert any(loc.as_written == "Sana" and loc.precision is None for loc in found)  # kept as written
