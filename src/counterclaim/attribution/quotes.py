"""Stage 3, direct quotes: where the quotation marks are, paired within each paragraph.

Why by hand and not by the parser: quote marks are a layout fact. Ingest makes every double
quote straight, but users may pass raw text, so curly and angle quotes count too. Journalists
open every paragraph of a long quote and close only the last, so a quote still open at the end
of a paragraph runs to the end of that paragraph and marks the next one as its continuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "Paragraph", "find_quotes", "paragraphs"]

DOUBLE_QUOTES = frozenset('"“”„‟«»″')
OPENING_ONLY = frozenset("“„«")
CLOSING_ONLY = frozenset("”»")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph's character range in the document text."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """The text inside one pair of quote marks; ``closed`` is False when the paragraph ends first."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the quote's end when it never closes)."""
        return self.close_at + 1 if self.close_at is not None else self.end


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs split at blank lines, as ingest writes them."""
    found: list[Paragraph] = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[position:end].strip():
            found.append(Paragraph(len(found), position, end))
        position = match.end() if match else len(text)
    return found


def _marks(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i] in DOUBLE_QUOTES]


def _is_opening(text: str, at: int, inside: bool) -> bool:
    """Whether the mark at ``at`` opens a quote: curly marks say so; a straight one toggles."""
    mark = text[at]
    if mark in OPENING_ONLY:
        return True
    if mark in CLOSING_ONLY:
        return False
    return not inside


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and the trailing comma a quote carries before its closing mark ("We will win," he said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _paragraph_quotes(text: str, paragraph: Paragraph) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for at in _marks(text, paragraph.start, paragraph.end):
        if open_at is None:
            if _is_opening(text, at, inside=False):
                open_at = at
            continue
        if _is_opening(text, at, inside=True) and text[at] in OPENING_ONLY:
            open_at = at  # an unmatched curly opener: the earlier one was a stray mark
            continue
        start, end = _trimmed(text, open_at + 1, at)
        if end > start:
            spans.append(QuoteSpan(start, end, open_at, at, paragraph.index))
        open_at = None
    if open_at is not None:
        start, end = _trimmed(text, open_at + 1, paragraph.end)
        if end > start:
            spans.append(QuoteSpan(start, end, open_at, None, paragraph.index))
    return spans


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every double-quoted stretch of ``text`` in text order."""
    return [span for paragraph in paragraphs(text) for span in _paragraph_quotes(text, paragraph)]
