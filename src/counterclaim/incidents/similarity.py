"""Document similarity: how likely two reports describe the same event, one signal among grouping's others.

First version: the Jaccard overlap of what the two documents' claims name — places, actors and targets.
Grouping (``counterclaim.incidents.grouping``) calls ``document_affinity`` in one place only.
"""

from __future__ import annotations

from counterclaim.models import Extraction

__all__ = ["document_affinity"]


def _names(extraction: Extraction) -> set[str]:
    """Places, actors and targets the document's claims name, case-folded."""
    found: set[str] = set()
    for claim in extraction.claims:
        found.update(loc.name.casefold() for loc in claim.locations)
        found.update(name.casefold() for name in [*claim.actors, *claim.targets])
    return found


def document_affinity(a: Extraction, b: Extraction) -> float:
    """0..1: how likely two reports describe the same event (Jaccard of the names their claims give)."""
    if a.document.id == b.document.id:
        return 1.0
    names_a, names_b = _names(a), _names(b)
    if not names_a or not names_b:
        return 0.0
    return len(names_a & names_b) / len(names_a | names_b)
