"""Stage 3: direct quotes — where the quotation marks are, paired within each paragraph.

Why by hand and not by the parser: quote marks are a layout fact. Ingest makes every double
quote straight, but users may pass raw text, so curly and angle quotes count too. Journalists
open every paragraph of a long quote and close only the last, so a quote still open at the end
of a paragraph runs to the end of that paragraph and marks the next one as its continuation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from counterclaim.nlp import doc_text, paragraph_starts

__all__ = ["Paragraph", "QuoteSpan", "find_quotes", "paragraphs"]

DOUBLE_QUOTES = frozenset('"“”„‟«»″')
OPENING_ONLY = frozenset("“„«")
CLOSING_ONLY = frozenset("”»")
# Two single quotes standing for one double quote (typewriter and TeX habits: ''…'' ‘‘…’’ ``…'').
DOUBLED_MARKS = {"''": "", "’’": "close", "‘‘": "open", "``": "open"}


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
    close_width: int = 1

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the quote's end when it never closes)."""
        return self.close_at + self.close_width if self.close_at is not None else self.end


def paragraphs(doc: Doc) -> list[Paragraph]:
    """The Doc's paragraphs as character ranges, from the one definition (``nlp.paragraph_starts``).

    A paragraph's range ends before the blank line that closes it; a paragraph of nothing but
    white space is left out, but the others keep their numbers, so ``Paragraph.index`` is always
    ``nlp.paragraph_of`` of its start.
    """
    text = doc_text(doc)
    starts = paragraph_starts(doc)
    found: list[Paragraph] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        content = text[start:end].rstrip()
        if content.strip():
            found.append(Paragraph(index, start, start + len(content)))
    return found


def _marks(text: str, start: int, end: int) -> list[int]:
    """Offsets of every double quote mark, a doubled single quote counting as one mark at its first char."""
    found: list[int] = []
    i = start
    while i < end:
        if text[i : i + 2] in DOUBLED_MARKS:
            found.append(i)
            i += 2
            continue
        if text[i] in DOUBLE_QUOTES:
            found.append(i)
        i += 1
    return found


def _width(text: str, at: int) -> int:
    return 2 if text[at : at + 2] in DOUBLED_MARKS else 1


def _is_opening(text: str, at: int, inside: bool) -> bool:
    """Whether the mark at ``at`` opens a quote: curly marks say so; a straight one toggles."""
    doubled = DOUBLED_MARKS.get(text[at : at + 2])
    if doubled:
        return doubled == "open"
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
        if _is_opening(text, at, inside=True) and (text[at] in OPENING_ONLY or _width(text, at) == 2):
            open_at = at  # an unmatched curly opener: the earlier one was a stray mark
            continue
        start, end = _trimmed(text, open_at + _width(text, open_at), at)
        if end > start:
            spans.append(QuoteSpan(start, end, open_at, at, paragraph.index, _width(text, at)))
        open_at = None
    if open_at is not None:
        start, end = _trimmed(text, open_at + _width(text, open_at), paragraph.end)
        if end > start:
            spans.append(QuoteSpan(start, end, open_at, None, paragraph.index))
    return spans


def find_quotes(doc: Doc, in_paragraphs: list[Paragraph]) -> list[QuoteSpan]:
    """Every double-quoted stretch of the Doc's text in text order, paired within ``in_paragraphs``."""
    text = doc_text(doc)
    return [span for paragraph in in_paragraphs for span in _paragraph_quotes(text, paragraph)]
