"""Long reports in paragraph-aligned chunks, with every offset kept into the whole text.

Why: spaCy refuses a text over ``Language.max_length`` (error E088, one million characters), and
far below that one Doc of a whole book-length report holds every token's vectors at once. A report
longer than :data:`CHUNK_CHARS` is therefore parsed and analysed chunk by chunk: each chunk ends at
a paragraph break (a sentence end, then a space, only when one paragraph is longer than a chunk),
so no sentence is cut; the chunks' records are then shifted back to offsets into
``Document.text``, numbered again as one document's, and contradictions are found over the whole.

Every report of ordinary length (news articles, wire items, most long reads) is one chunk, so it
is analysed exactly as before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from counterclaim.models import Claim, Count, Document, Extraction, Statement
from counterclaim.nlp import paragraph_offsets

__all__ = ["CHUNK_CHARS", "Chunk", "merge_chunks", "split_into_chunks"]

CHUNK_CHARS = 100_000
"""The longest text parsed as one spaCy Doc: well above a long news article (so articles are
analysed whole), well below spaCy's one-million-character limit, and small enough that memory
does not grow with the report."""


@dataclasses.dataclass(frozen=True, slots=True)
class Chunk:
    """One piece of a report: ``document`` holds the piece's text; ``offset`` is where it starts in the whole."""

    document: Document
    offset: int


def split_into_chunks(document: Document, limit: int = CHUNK_CHARS) -> list[Chunk]:
    """``document`` as chunks of at most ``limit`` characters, cut at paragraph starts where possible."""
    text = document.text
    if len(text) <= limit:
        return [Chunk(document, 0)]
    return [
        Chunk(dataclasses.replace(document, text=text[start:end]), start)
        for start, end in _chunk_bounds(text, limit)
    ]


def _chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each chunk: paragraphs packed greedily; an over-long paragraph is cut further."""
    bounds: list[tuple[int, int]] = []
    start = 0
    paragraph_starts = [*paragraph_offsets(text)[1:], len(text)]
    cut = 0
    for next_start in paragraph_starts:
        if next_start - start <= limit:
            cut = next_start
            continue
        if cut > start:  # close the chunk at the last paragraph start that fitted
            bounds.append((start, cut))
            start = cut
        while next_start - start > limit:  # one paragraph longer than a chunk
            end = _inner_cut(text, start, start + limit)
            bounds.append((start, end))
            start = end
        cut = next_start
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
_SPACE = re.compile(r"\s+")


def _inner_cut(text: str, start: int, end: int) -> int:
    """Where to cut ``text[start:end]`` inside one paragraph: after its last sentence end in the
    second half, else after its last space, else at ``end`` (a text with no space at all)."""
    window = text[start:end]
    half = len(window) // 2
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [match.end() for match in pattern.finditer(window, half)]
        if ends and ends[-1] < len(window):
            return start + ends[-1]
    return end


def merge_chunks(document: Document, parts: Sequence[tuple[Chunk, Extraction]]) -> Extraction:
    """The chunks' statements and claims as one document's: offsets into the whole text, ids numbered
    in text order across chunks (``{id}-s001`` …), claimants pointing at the renumbered statements.
    Contradictions are left to the caller, which finds them over all the claims at once."""
    statements: list[Statement] = []
    claims: list[Claim] = []
    for chunk, extraction in parts:
        renamed: dict[str, str] = {}
        for statement in extraction.statements:
            new_id = f"{document.id}-s{len(statements) + 1:03d}"
            renamed[statement.id] = new_id
            statements.append(_shift_statement(statement, chunk.offset, new_id))
        for claim in extraction.claims:
            new_id = f"{document.id}-c{len(claims) + 1:03d}"
            claims.append(_shift_claim(claim, chunk.offset, new_id, renamed))
    return Extraction(document=document, statements=statements, claims=claims)


def _plus(value: int | None, offset: int) -> int | None:
    return None if value is None else value + offset


def _shift_statement(statement: Statement, offset: int, new_id: str) -> Statement:
    return dataclasses.replace(
        statement,
        id=new_id,
        start=statement.start + offset,
        end=statement.end + offset,
        speaker_start=_plus(statement.speaker_start, offset),
        speaker_end=_plus(statement.speaker_end, offset),
        cue_start=_plus(statement.cue_start, offset),
        cue_end=_plus(statement.cue_end, offset),
    )


def _shift_claim(claim: Claim, offset: int, new_id: str, renamed: dict[str, str]) -> Claim:
    claimant = claim.claimant
    if claimant.statement_id is not None:
        claimant = dataclasses.replace(claimant, statement_id=renamed.get(claimant.statement_id))
    return dataclasses.replace(
        claim,
        id=new_id,
        start=claim.start + offset,
        end=claim.end + offset,
        counts=[_shift_count(count, offset) for count in claim.counts],
        claimant=claimant,
    )


def _shift_count(count: Count, offset: int) -> Count:
    return dataclasses.replace(count, start=_plus(count.start, offset), end=_plus(count.end, offset))
