"""Finding actor aliases in a Doc at token level: two spaCy PhraseMatchers, built once per process.

Why token level: one regular expression with every alias (about 2,000) was run over the raw
text of each phrase a stage asked about, so a sentence was rescanned once per noun phrase. A
PhraseMatcher looks each token up in a hash table instead, runs once per Doc, and its matches
are kept in ``doc.user_data``; asking about a phrase is then a filter over those matches.

Short all-capital aliases ("IS", "US", "AQ") go to a matcher on ``ORTH`` (exact case, so the
verb "is" is never Islamic State); all others, and demonyms, to one on ``LOWER``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from counterclaim.nlp import load

__all__ = ["AliasMatcher", "leftmost_longest"]

_LABEL = "ACTOR"


class AliasMatcher:
    """Token spans of a Doc where an alias is written, exact-case and case-folded aliases together."""

    def __init__(self, vocab: Vocab, exact: Iterable[str], folded: Iterable[str]) -> None:
        make_doc = load().make_doc  # patterns must be split into tokens exactly as the texts are
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._exact.add(_LABEL, [make_doc(alias) for alias in sorted(exact)])
        self._folded = PhraseMatcher(vocab, attr="LOWER")
        self._folded.add(_LABEL, [make_doc(alias) for alias in sorted(folded)])

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """(first token, end token) of every alias, leftmost first and longest at each start, never overlapping."""
        found = [(start, end) for _, start, end in self._exact(doc)]
        found += [(start, end) for _, start, end in self._folded(doc)]
        return leftmost_longest(found)


def leftmost_longest(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, as a left-to-right scan that takes the longest match at each start.

    "Islamic State group" is one actor, not "Islamic State" and a stray "group"; in
    "US-Russian" both names are kept, side by side.
    """
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
