"""Stage 3: the candidate statement every sub-stage produces, and the span arithmetic they share.

Why a record before the Statement: a candidate is found by one sub-stage (direct quotes, reported
speech, headlines), but its speaker is resolved only once all are found and sorted, because a bare
quote takes its speaker from the statements around it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from counterclaim.attribution.mentions import Mention
from counterclaim.attribution.quotes import QuoteSpan
from counterclaim.datafiles import words
from counterclaim.models import Speaker, StatementKind

__all__ = [
    "ATTRIBUTION",
    "SENTENCE_END",
    "UNATTRIBUTED",
    "Candidate",
    "clause_span",
    "inside_quote",
    "is_small_title_word",
    "overlaps_quote",
    "tokens_between",
    "word_count",
]

ATTRIBUTION = "counterclaim.attribution"
"""The package whose ``data/`` holds attribution's own word lists (``datafiles.words(ATTRIBUTION, name)``)."""

SENTENCE_END = frozenset({".", "!", "?"})
UNATTRIBUTED = Speaker(name=None, as_written="reports", kind="unattributed")


@dataclass(slots=True)
class Candidate:
    """A statement before its speaker is resolved: the raw parts in text offsets."""

    start: int
    end: int
    direct: bool
    mention: Mention | None
    cue: Token | None
    paragraph: int
    quote: QuoteSpan | None = None
    cue_text: str | None = None
    sourced_by_noun: bool = False  # "reports from X": X is named, but is not the paragraph's speaker
    kind: StatementKind | None = None  # "finding" or "belief" (epistemic.py); None: direct or reported


def is_small_title_word(word: str) -> bool:
    """ "of", "the", "in": a word that title case leaves in lower case (headlines, titles of works)."""
    return word.casefold() in words(ATTRIBUTION, "title_case_small_words")


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens wholly inside ``[start, end)`` (a span lookup, not a scan of the document)."""
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def word_count(text: str) -> int:
    """Words with a letter or digit in them (punctuation and dashes do not count)."""
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


def clause_span(tokens: list[Token]) -> tuple[int, int] | None:
    """The character range from the first token to the end of the last (None for no tokens)."""
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def inside_quote(offset: int, quotes: list[QuoteSpan]) -> bool:
    """Whether ``offset`` falls between a quote's marks; ``quotes`` are in text order and do not overlap."""
    at = bisect_right(quotes, offset, key=lambda q: q.open_at) - 1
    return at >= 0 and offset < quotes[at].outer_end


def overlaps_quote(start: int, end: int, quotes: list[QuoteSpan]) -> bool:
    """True when the clause begins inside a direct quote (the clause *is* the quote, attributed by its cue).

    A clause that begins before a quote and runs into it ("said Trump was "absolutely right"")
    is reported speech with quoted words in it, and keeps them.
    """
    return any(q.start < end and start < q.end and q.open_at <= start for q in quotes)
