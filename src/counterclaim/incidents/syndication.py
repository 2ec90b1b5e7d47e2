"""Syndication: near-identical reports (one wire story on many sites, spam re-posts, an outlet publishing twice).

Why: a story copied onto fifty sites is one source, not fifty. Counting copies as independent
would turn one wire report into a "fair" or "confirmed" incident, and would let a spam re-post
outvote a second, genuinely independent outlet.

How: each document's cleaned text becomes a set of word shingles (``SHINGLE`` consecutive words,
case and punctuation folded), summarised by a MinHash signature (``datasketch``). An LSH index
returns, for a new document, the earlier documents whose estimated Jaccard similarity may exceed a
*low* threshold (``LSH_THRESHOLD``): copies of one article behind different page furniture (menus,
related headlines, comment boxes left by the cleaner) share the article's shingles but not the
furniture's, so their Jaccard similarity can be modest. Each candidate is then confirmed on the exact
shingle sets by **containment** of the smaller in the larger (``CONTAINMENT``): the shorter text is
almost all inside the longer one. Looking up only the LSH candidates keeps the work sub-quadratic.

The index is incremental (``SyndicationIndex.add``): documents can arrive one at a time, as ingest
sees them. Copies are grouped transitively; a group's *original* is the document published earliest,
else the one seen first, so a late-arriving earlier publication becomes the original of its group.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

from counterclaim.models import Document, Extraction

SHINGLE = 5  # words per shingle: long enough that common phrases do not match across unrelated reports
NUM_PERM = 64  # MinHash permutations: estimate error about 1/sqrt(64) ~ 0.13 (candidates only: containment decides)
LSH_THRESHOLD = 0.3  # candidate recall: copies behind heavy page furniture still come back as candidates
CONTAINMENT = 0.8  # the smaller text's shingles inside the larger one: a copy, not a report that quotes another
MIN_SHINGLES = 3  # texts shorter than this many shingles are never called copies (too little to tell)
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> frozenset[str]:
    """The set of ``size``-word windows of the text, lower-cased, punctuation dropped."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        return frozenset([" ".join(words)]) if words else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / the smaller set's size: 1.0 when one text lies wholly inside the other."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


_TEMPLATE: MinHash | None = None


def _signature(items: frozenset[str]) -> MinHash:
    """A MinHash of the shingles; CRC-32 hashing and one shared set of permutations (both cost more than LSH)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)
    signature = MinHash(
        num_perm=NUM_PERM, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme, hashfunc=zlib.crc32
    )
    signature.update_batch([s.encode("utf-8") for s in items])
    return signature


@dataclass
class _Entry:
    published: str | None
    order: int
    shingles: frozenset[str]


@dataclass
class SyndicationIndex:
    """An LSH index of documents that takes new ones at any time and says which are copies of which."""

    _lsh: MinHashLSH = field(default_factory=lambda: MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM))
    _entries: dict[str, _Entry] = field(default_factory=dict)
    _parent: dict[str, str] = field(default_factory=dict)
    _members: dict[str, list[str]] = field(default_factory=dict)  # a group's root → every document in the group

    def add(self, document: Document) -> list[str]:
        """Index ``document``; return the ids of indexed documents it is a near-copy of (empty if none).

        A document already indexed (same id: the same cleaned text) is not added twice.
        """
        if document.id in self._entries:
            return []
        items = shingles(document.text)
        self._entries[document.id] = _Entry(document.published, len(self._entries), items)
        self._parent[document.id] = document.id
        self._members[document.id] = [document.id]
        if len(items) < MIN_SHINGLES:
            return []
        signature = _signature(items)
        matches = [
            other
            for other in self._lsh.query(signature)
            if containment(items, self._entries[other].shingles) >= CONTAINMENT
        ]
        for other in matches:
            self._union(document.id, other)
        self._lsh.insert(document.id, signature)
        return sorted(matches)

    def original_of(self, doc_id: str) -> str:
        """The original of ``doc_id``'s copy group (``doc_id`` itself when it copies nothing)."""
        return min(self._members[self._find(doc_id)], key=self._age)

    def copies(self) -> dict[str, str]:
        """Every copy's id → its group's original (originals and unique documents are not keys)."""
        result: dict[str, str] = {}
        for members in self._members.values():
            if len(members) < 2:
                continue
            original = min(members, key=self._age)
            result.update({m: original for m in members if m != original})
        return result

    def _age(self, doc_id: str) -> tuple[bool, str, int]:
        """Earliest published first (ISO strings sort by time); undated after dated; then first seen."""
        entry = self._entries[doc_id]
        return (entry.published is None, entry.published or "", entry.order)

    def _find(self, doc_id: str) -> str:
        while self._parent[doc_id] != doc_id:
            self._parent[doc_id] = self._parent[self._parent[doc_id]]
            doc_id = self._parent[doc_id]
        return doc_id

    def _union(self, a: str, b: str) -> None:
        root_a, root_b = self._find(a), self._find(b)
        if root_a != root_b:
            self._parent[root_a] = root_b
            self._members[root_b].extend(self._members.pop(root_a))


def index_of(documents: Iterable[Document]) -> SyndicationIndex:
    """A syndication index over the documents, added in order (the order is "first seen")."""
    index = SyndicationIndex()
    for document in documents:
        index.add(document)
    return index


def copies(extractions: Sequence[Extraction]) -> dict[str, str]:
    """Document id → id of the original it copies, for every near-identical copy among the extractions."""
    return index_of(e.document for e in extractions).copies()
