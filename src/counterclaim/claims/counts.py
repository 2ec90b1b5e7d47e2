"""Counts: numbers a claim asserts ("at least 36 civilian casualties") as ranges with category and subject."""

from __future__ import annotations

from spacy.tokens import Span

from counterclaim.models import Count

__all__ = ["find_counts"]


def find_counts(span: Span) -> list[Count]:
    """Every count in ``span``; offsets are character offsets into the span's Doc text."""
    return []
