"""Related reports: which earlier reports a new one may share an event with, without comparing all pairs.

Why: claims alone often cannot tell that two reports tell one story — a celebrity's rehab, a church
fire, an election carry no date, no town, or no claim an incident is made of — while the reports share
the names a reader recognises (the person, the church, the town). Each report is filed under its names
(the actors, targets and places of its claims, and the capitalised words inside its sentences); a new
report is scored (``document_affinity``, through the grouping's one affinity function) only against the
``max_related`` earlier reports sharing most of its rarest names. A name more than ``max_postings`` of the
latest ``window`` reports carry ("Police", "Syria") is too common to point anywhere and is skipped.

Why a window: counted over a whole archive, a town that 200 reports named over the years would stop pointing
to related reports for good, though this week only two reports name it. Each name keeps only its latest
``max_postings + 1`` reports (the count that decides "too common"), and a report filed more than ``window``
reports ago no longer counts, so a name comes back into use when it falls out of the news.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterable

from counterclaim.models import Extraction

__all__ = ["RelatedIndex"]

_SENTENCE_END = re.compile(r"[.!?]['\"”’)]?\s+|\n+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]+")
_MAX_TERMS = 60  # names kept per report: enough to find its relatives, bounded to stay O(1) per report
_LOOKED_UP = 12  # a report's rarest names looked up: the ones that point to its own story


def _names(extraction: Extraction) -> set[str]:
    """The report's names: its claims' actors, targets and places, and capitalised words inside sentences."""
    found: set[str] = set()
    for claim in extraction.claims:
        found.update(name.casefold() for name in [*claim.actors, *claim.targets])
        found.update(loc.name.casefold() for loc in claim.locations)
    for sentence in _SENTENCE_END.split(extraction.document.text):
        words = _CAPITALISED.findall(sentence)
        if words and sentence.lstrip().startswith(words[0]):
            words = words[1:]  # a sentence's first word is capitalised whatever it is
        found.update(w.casefold() for w in words)
        if len(found) >= _MAX_TERMS:
            break
    return found


class RelatedIndex:
    """Reports filed by name; ``add`` returns a new report's related earlier reports, then files it."""

    def __init__(self, affinity: Callable[[str, str], float], *, threshold: float, max_postings: int,
                 max_related: int, window: int = 10_000) -> None:
        self.affinity = affinity
        self.threshold = threshold
        self.max_postings = max_postings
        self.max_related = max_related
        self.window = window
        self._filed = 0  # reports filed so far: a report's sequence number
        self._postings: dict[str, deque[tuple[int, str]]] = {}

    def add(self, extraction: Extraction) -> dict[str, float]:
        """Earlier reports whose affinity with this one reaches ``threshold`` (document id → affinity)."""
        document_id = extraction.document.id
        names = _names(extraction)
        limit = self.max_postings
        # Names in sorted order, so that ties (as many postings, as many shared names) break the same way
        # in every run: set order changes with PYTHONHASHSEED, and grouping must not.
        filed_under = [filed for name in sorted(names) if (filed := self._recent(name)) and len(filed) <= limit]
        shared: Counter[str] = Counter()
        for filed in sorted(filed_under, key=len)[:_LOOKED_UP]:
            shared.update(document for _, document in filed)
        shared.pop(document_id, None)
        found = {}
        for other, _ in shared.most_common(self.max_related):
            score = self.affinity(document_id, other)
            if score >= self.threshold:
                found[other] = score
        self._file(document_id, names)
        return found

    def file(self, extraction: Extraction) -> None:
        """File a report already grouped (one of the known incidents'), without scoring it."""
        self._file(extraction.document.id, _names(extraction))

    def _recent(self, name: str) -> deque[tuple[int, str]] | None:
        """The name's postings within the latest ``window`` reports (older ones dropped), None if none."""
        filed = self._postings.get(name)
        if filed is None:
            return None
        while filed and filed[0][0] <= self._filed - self.window:
            filed.popleft()
        return filed

    def _file(self, document_id: str, names: Iterable[str]) -> None:
        self._filed += 1
        for name in sorted(names):
            filed = self._postings.get(name)
            if filed is None:
                filed = self._postings[name] = deque(maxlen=self.max_postings + 1)
            filed.append((self._filed, document_id))
