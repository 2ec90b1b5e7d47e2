"""Who stands behind a claim in an incident: a readable claimant label and an independence key.

Why a key apart from the label: two outlets quoting one monitor are one source, not two, and a
syndicated copy of a report is its original. So a named claimant is keyed by the parties it speaks for
(``claims.sides.parties``: "Russian Defence Ministry" and "Igor Konashenkov" on its behalf are Russia),
else by its name; the report's own voice ("the publication", "reports") by its original document's outlet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from counterclaim.claims.sides import parties
from counterclaim.models import Claim, IncidentDocument

__all__ = ["SourceBook"]

_OWN_VOICE = frozenset({"publication", "unattributed"})


@lru_cache(maxsize=65536)
def _parties(name: str, on_behalf_of: str | None) -> frozenset[str]:
    """The parties a named claimant speaks for; cached, since one claimant speaks in many claims."""
    return parties(on_behalf_of) | parties(name)


@dataclass(frozen=True, slots=True)
class SourceBook:
    """Documents of an incident and their originals: labels, independence keys, publication days."""

    documents: dict[str, IncidentDocument]
    originals: dict[str, str]  # copies only: a copy's id → its original's

    copies_of: dict[str, list[str]] = field(default_factory=dict)  # an original's id → its copies' ids

    def __post_init__(self) -> None:
        for copy in [c for c, original in self.originals.items() if c == original]:
            del self.originals[copy]
        for copy, original in sorted(self.originals.items()):
            self.copies_of.setdefault(original, []).append(copy)

    def original(self, document_id: str) -> str:
        return self.originals.get(document_id, document_id)

    def is_copy(self, document_id: str) -> bool:
        return document_id in self.originals

    def outlet(self, document_id: str) -> str:
        """The outlet of a document: its source or the host of its URL, else its id."""
        document = self.documents.get(self.original(document_id))
        if document is None:
            return self.original(document_id)
        if document.url:
            host = urlparse(document.url).netloc
            if host:
                return host.removeprefix("www.")
        return document.source or document.id

    def published(self, document_id: str) -> str | None:
        document = self.documents.get(self.original(document_id))
        return document.published[:10] if document is not None and document.published else None

    def label(self, claim: Claim) -> str:
        """ "Igor Konashenkov (Russian Defence Ministry)", or the outlet for the report's own voice."""
        claimant = claim.claimant
        if claimant.kind == "publication" or not claimant.name:
            return self.outlet(claim.document_id)
        if claimant.kind == "unattributed":
            return f"{claimant.name} (per {self.outlet(claim.document_id)})"
        if claimant.on_behalf_of and claimant.on_behalf_of not in claimant.name:
            return f"{claimant.name} ({claimant.on_behalf_of})"
        return claimant.name

    def key(self, claim: Claim) -> str:
        """Independence key: claims with one key are one source."""
        claimant = claim.claimant
        if claimant.kind in _OWN_VOICE or not claimant.name:
            return "outlet:" + self.outlet(claim.document_id)
        found = _parties(claimant.name, claimant.on_behalf_of)
        if found:
            return "party:" + "|".join(sorted(found))
        return "name:" + claimant.name.casefold()

    def party(self, claim: Claim) -> frozenset[str]:
        """The parties a claimant speaks for (empty for the report's own voice and unknown bodies)."""
        claimant = claim.claimant
        if claimant.kind in _OWN_VOICE or not claimant.name:
            return frozenset()
        return _parties(claimant.name, claimant.on_behalf_of)
