"""Stage 3: statements — who said what (direct quotes and reported speech, with resolved speakers)."""

from __future__ import annotations

from spacy.tokens import Doc

from counterclaim.models import Document, Statement

__all__ = ["find_statements"]


def find_statements(document: Document, doc: Doc) -> list[Statement]:
    """Every direct quote and reported-speech clause in ``document``; ``doc`` is spaCy's parse of ``document.text``."""
    return []
