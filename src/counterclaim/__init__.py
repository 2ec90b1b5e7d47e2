"""counterclaim: who says what about armed conflict, who disputes it, and how sure anyone can be.

Public API::

    import counterclaim
    result = counterclaim.extract(html_or_text, url=..., published="2015-09-30")
    for s in result.statements:
        print(s.speaker.name, s.cue, s.quote)

    store = counterclaim.Store("sqlite:///counterclaim.db")
    summary = counterclaim.ingest_paths(store, ["reports/"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from counterclaim.lazy import lazy_attributes

if TYPE_CHECKING:
    from counterclaim.batch import IngestSummary, Outcome, ingest_paths
    from counterclaim.models import (
        Claim,
        Claimant,
        Contradiction,
        Count,
        DateRef,
        Document,
        Extraction,
        Failure,
        Location,
        Speaker,
        Statement,
    )
    from counterclaim.pipeline import extract, extract_documents
    from counterclaim.store import Store

# Where each public name lives. Imported on first use (PEP 562), so that ``import
# counterclaim.cli`` — and ``counterclaim --help`` — does not load spaCy and SQLAlchemy.
_HOMES = {
    **dict.fromkeys(("IngestSummary", "Outcome", "ingest_paths"), "counterclaim.batch"),
    **dict.fromkeys(
        ("Claim", "Claimant", "Contradiction", "Count", "DateRef", "Document", "Extraction", "Failure", "Location",
         "Speaker", "Statement"),
        "counterclaim.models",
    ),
    **dict.fromkeys(("extract", "extract_documents"), "counterclaim.pipeline"),
    "Store": "counterclaim.store",
}


__getattr__ = lazy_attributes("counterclaim", _HOMES)


__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Claimant",
    "Contradiction",
    "Count",
    "DateRef",
    "Document",
    "Extraction",
    "Failure",
    "IngestSummary",
    "Location",
    "Outcome",
    "Speaker",
    "Statement",
    "Store",
    "__version__",
    "extract",
    "extract_documents",
    "ingest_paths",
]
