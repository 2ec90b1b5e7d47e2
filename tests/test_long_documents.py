"""Long reports: paragraph-aligned chunks, offsets into the whole text, no length that fails."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterclaim import chunks
from counterclaim.chunks import Chunk, merge_chunks, split_into_chunks
from counterclaim.models import Claim, Claimant, Count, DateRef, Document, Extraction, Speaker, Statement

# Paragraphs written for these tests (no evaluation text): wire-style reports with sources and figures.
PARAGRAPHS = [
    "The provincial governor said on Monday that 14 people were killed when a car bomb exploded near a "
    "market in the northern town.",
    "A spokesman for the rebel coalition denied that its fighters had shelled the hospital, and said "
    "government artillery was responsible.",
    "According to a local monitoring group, at least 30 civilians have been wounded in air strikes on "
    "villages south of the city since Friday.",
    "\"We will not withdraw from the hills,\" the commander told reporters at the checkpoint.",
    "The interior ministry announced that police had arrested 12 suspects in connection with the attack.",
    "Aid agencies warned that thousands of families had fled the fighting and were sheltering in schools.",
]


def report(paragraph_count: int) -> str:
    return "\n\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(paragraph_count))


def _document(text: str) -> Document:
    return Document(id="d" * 16, text=text)


def test_chunks_cover_the_text_in_order_each_within_the_limit_and_cut_at_paragraphs() -> None:
    text = report(40)
    pieces = split_into_chunks(_document(text), 1000)
    assert len(pieces) > 1
    assert "".join(p.document.text for p in pieces) == text
    assert [p.offset for p in pieces] == [sum(len(q.document.text) for q in pieces[:i]) for i in range(len(pieces))]
    for piece in pieces:
        assert len(piece.document.text) <= 1000
        assert piece.offset == 0 or text[piece.offset - 2 : piece.offset] == "\n\n"


def test_a_short_report_is_one_chunk_the_document_itself() -> None:
    document = _document(report(3))
    assert split_into_chunks(document, 10_000) == [Chunk(document, 0)]


def test_a_paragraph_longer_than_a_chunk_is_cut_after_a_sentence() -> None:
    text = " ".join(PARAGRAPHS * 6)  # one paragraph, no line break at all
    pieces = split_into_chunks(_document(text), 800)
    assert "".join(p.document.text for p in pieces) == text
    for piece in pieces[:-1]:
        assert len(piece.document.text) <= 800
        assert piece.document.text.rstrip().endswith((".", '"'))


def test_text_without_any_space_is_still_cut_within_the_limit() -> None:
    pieces = split_into_chunks(_document("x" * 2500), 1000)
    assert [len(p.document.text) for p in pieces] == [1000, 1000, 500]


def _statement(number: int, start: int) -> Statement:
    return Statement(
        id=f"{'d' * 16}-s{number:03d}", document_id="d" * 16, speaker=Speaker("A", "A", "person"), quote="q",
        direct=False, cue="said", start=start, end=start + 1, cue_start=start + 2, cue_end=start + 6,
    )


def _claim(number: int, start: int, statement_id: str | None) -> Claim:
    return Claim(
        id=f"{'d' * 16}-c{number:03d}", document_id="d" * 16, event_type="ASSAULT", mode=None, acled=None,
        actors=[], targets=[], target_categories=[], locations=[], date=DateRef(),
        counts=[Count("killed", None, 3, 3, None, "3", start, start + 1)],
        claimant=Claimant("A", "person", statement_id=statement_id), negated=False, hedged=False,
        start=start, end=start + 5,
    )


def test_merged_chunks_point_into_the_whole_text_with_ids_numbered_across_chunks() -> None:
    whole = _document("x" * 300)
    first, second = Chunk(_document("x" * 100), 0), Chunk(_document("x" * 200), 100)
    parts = [
        (first, Extraction(first.document, [_statement(1, 10)], [_claim(1, 20, f"{'d' * 16}-s001")])),
        (second, Extraction(second.document, [_statement(1, 5)], [_claim(1, 7, f"{'d' * 16}-s001")])),
    ]
    merged = merge_chunks(whole, parts)
    assert merged.document is whole
    assert [s.id[-4:] for s in merged.statements] == ["s001", "s002"]
    assert [(s.start, s.cue_start) for s in merged.statements] == [(10, 12), (105, 107)]
    assert [c.id[-4:] for c in merged.claims] == ["c001", "c002"]
    assert [(c.start, c.counts[0].start) for c in merged.claims] == [(20, 20), (107, 107)]
    assert [c.claimant.statement_id for c in merged.claims] == [merged.statements[0].id, merged.statements[1].id]


def test_the_chunk_size_is_far_below_spacys_length_limit() -> None:
    assert chunks.CHUNK_CHARS * 5 <= 1_000_000  # spaCy's default Language.max_length


@pytest.fixture
def short_spacy_limit() -> Iterator[int]:
    """spaCy's ``max_length`` lowered so that an ordinary test report is "too long" for one Doc (E088)."""
    from counterclaim import nlp

    language = nlp.load()
    before = language.max_length
    language.max_length = 2000
    yield language.max_length
    language.max_length = before


@pytest.mark.slow
def test_a_report_longer_than_spacys_limit_is_stored_with_offsets_into_its_text(
    tmp_path: Path, short_spacy_limit: int
) -> None:
    from counterclaim.cli import cli

    text = report(60)
    assert len(text) > 2 * short_spacy_limit
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "store.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "-q", str(path)])
    assert result.exit_code == 0, result.output
    assert "E088" not in result.output
    shown = CliRunner().invoke(cli, ["--db", str(db), "statements", "--format", "json"])
    statements = [json.loads(line) for line in shown.output.splitlines() if line.strip()]
    from counterclaim import Store

    with Store(db) as store:
        (document,) = store.documents()
        claims = store.claims()
    assert statements and claims
    assert len({s["id"] for s in statements}) == len(statements)
    for statement in statements:
        assert document.text[statement["start"] : statement["end"]] == statement["quote"]
    assert {c.claimant.statement_id for c in claims} - {None} <= {s["id"] for s in statements}
    for claim in claims:
        for count in claim.counts:
            assert count.start is not None and count.end is not None
            assert document.text[count.start : count.end] == count.as_written
    late = [c for c in claims if c.start > short_spacy_limit]
    assert late, "claims of the later chunks are found"


@pytest.mark.slow
def test_time_grows_linearly_with_length() -> None:
    """bench/long_documents.py at 100 and 500 KB: time(500 KB) <= 1.2 × 5 × time(100 KB)."""
    import sys

    root = str(Path(__file__).resolve().parent.parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    from bench import long_documents

    assert long_documents.gate([]) == []
