"""Places: locations named in a claim, resolved against an offline GeoNames table."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from counterclaim.models import Location

__all__ = ["document_country", "find_locations"]


def document_country(doc: Doc) -> str | None:
    """The country a report is mostly about (context for disambiguating place names), or None."""
    return None


def find_locations(span: Span, context_country: str | None = None) -> list[Location]:
    """Every place named in ``span``, resolved to name/country/admin1/lat/lon/precision where possible."""
    return []
