"""Stage 4: claims — what each source says happened — and contradictions between claimants."""

from __future__ import annotations

from spacy.tokens import Doc

from counterclaim.models import Claim, Contradiction, Document, Statement

__all__ = ["find_claims", "find_contradictions"]


def find_claims(document: Document, doc: Doc, statements: list[Statement]) -> list[Claim]:
    """Every event claim in ``document``; ``doc`` is spaCy's parse of ``document.text``."""
    return []


def find_contradictions(claims: list[Claim], statements: list[Statement]) -> list[Contradiction]:
    """Pairs of claims by different claimants that disagree on an attribute of the same event."""
    return []
