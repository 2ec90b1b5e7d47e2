"""Where an exported row comes from: the claim's document metadata and the sentence that supports it.

Why here and not only in the store: a claim read from the store may or may not carry its
``Provenance`` yet (the store fills it when it can). An export must trace every row either way,
so a claim's own provenance is used when present, and otherwise it is built from the document
the claim points to, looked up once per document.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from counterclaim.models import Claim, Document, Provenance
from counterclaim.provenance import EvidenceFinder, claim_with_provenance, provenance

__all__ = ["DocumentLookup", "ProvenanceResolver", "evidence_sentence"]

DocumentLookup = Callable[[str], Document | None]
"""``Store.document``, or any function from a document id to the stored document (None when unknown)."""

def evidence_sentence(text: str, start: int, end: int) -> str | None:
    """The sentence(s) of ``text`` holding ``text[start:end]`` on one line: the same rule as every record's
    provenance (``counterclaim.provenance.EvidenceFinder``)."""
    return EvidenceFinder(text).sentence(start, end)


class ProvenanceResolver:
    """Each claim's provenance: its own when set, else built from its document.

    The store returns claims grouped by document, so a few documents are kept at a time (``keep``):
    one lookup per document, and memory that does not grow with the store.
    """

    def __init__(self, lookup: DocumentLookup | None = None, *, keep: int = 16) -> None:
        self._lookup = lookup
        self._keep = keep
        self._documents: OrderedDict[str, Document | None] = OrderedDict()
        self._finders: dict[str, EvidenceFinder] = {}  # for the kept documents: sentences found once each

    def document(self, document_id: str) -> Document | None:
        if self._lookup is None:
            return None
        if document_id in self._documents:
            self._documents.move_to_end(document_id)
            return self._documents[document_id]
        document = self._documents[document_id] = self._lookup(document_id)
        while len(self._documents) > self._keep:
            dropped, _ = self._documents.popitem(last=False)
            self._finders.pop(dropped, None)
        return document

    def __call__(self, claim: Claim) -> Provenance:
        if claim.provenance is not None:
            return claim.provenance
        document = self.document(claim.document_id)
        if document is None:
            return Provenance(document_id=claim.document_id)
        finder = self._finders.get(document.id)
        if finder is None:
            finder = self._finders[document.id] = EvidenceFinder(document.text)
        return claim_with_provenance(claim, document, finder).provenance or provenance(document)
