"""Where an exported row comes from: the claim's document metadata and the sentence that supports it.

Why here and not only in the store: a claim read from the store may or may not carry its
``Provenance`` yet (the store fills it when it can). An export must trace every row either way,
so a claim's own provenance is used when present, and otherwise it is built from the document
the claim points to, looked up once per document.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable

from counterclaim.models import Claim, Document, Provenance

__all__ = ["DocumentLookup", "ProvenanceResolver", "evidence_sentence"]

DocumentLookup = Callable[[str], Document | None]
"""``Store.document``, or any function from a document id to the stored document (None when unknown)."""

# A sentence ends at end punctuation (closing quotes or brackets after it) before a space, or at a line break.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)|\n")


def evidence_sentence(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` around the span ``start:end``, on one line.

    A claim's span is the clause that carries the event; an analyst reads the whole sentence. The
    span only ever grows, to the nearest sentence boundary on each side, so the evidence always
    contains the claim's own words. "U.S." or "3.5" inside a sentence do not cut it (no space follows
    the inner stop); an abbreviation before a space may, which only shortens the context shown.
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    left = 0
    for boundary in _BOUNDARY.finditer(text, 0, start):
        left = boundary.end()
    after = _BOUNDARY.search(text, max(start, end - 1))
    right = after.end() if after else len(text)
    return " ".join(text[left:right].split())


class ProvenanceResolver:
    """Each claim's provenance: its own when set, else built from its document.

    The store returns claims grouped by document, so a few documents are kept at a time (``keep``):
    one lookup per document, and memory that does not grow with the store.
    """

    def __init__(self, lookup: DocumentLookup | None = None, *, keep: int = 16) -> None:
        self._lookup = lookup
        self._keep = keep
        self._documents: OrderedDict[str, Document | None] = OrderedDict()

    def document(self, document_id: str) -> Document | None:
        if self._lookup is None:
            return None
        if document_id in self._documents:
            self._documents.move_to_end(document_id)
            return self._documents[document_id]
        document = self._documents[document_id] = self._lookup(document_id)
        while len(self._documents) > self._keep:
            self._documents.popitem(last=False)
        return document

    def __call__(self, claim: Claim) -> Provenance:
        if claim.provenance is not None:
            return claim.provenance
        document = self.document(claim.document_id)
        if document is None:
            return Provenance(document_id=claim.document_id)
        return Provenance(
            document_id=document.id,
            url=document.url,
            source=outlet(document),
            title=document.title,
            published=document.published,
            evidence=evidence_sentence(document.text, claim.start, claim.end) or None,
        )


def outlet(document: Document) -> str | None:
    """The outlet a document came from: the site its metadata names, else its source (feed name, file)."""
    return document.site or document.source
