"""Dates: when a claim says something happened, resolved against the report's publication date."""

from __future__ import annotations

from spacy.tokens import Span

from counterclaim.models import DateRef

__all__ = ["resolve_date"]


def resolve_date(span: Span, published: str | None) -> DateRef:
    """The date ``span`` gives for its event ("on Wednesday", "this morning"), or an unknown DateRef."""
    return DateRef()
