"""The CLI as a user runs it: exit codes, summaries, JSON contract, nothing lost or duplicated."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterclaim.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def batch(tmp_path: Path, seed_text: str) -> Path:
    """A directory with the seed, an empty file and a binary file."""
    folder = tmp_path / "reports"
    (folder / "nested").mkdir(parents=True)
    (folder / "nested" / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return folder


def test_ingest_stores_good_documents_reports_bad_ones_and_exits_1(
    runner: CliRunner, batch: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "cc.db")
    result = runner.invoke(cli, ["--db", db, "ingest", "-q", str(batch)])
    assert result.exit_code == 1, result.output
    assert "1 stored" in result.output
    assert "2 failed" in result.output
    assert "empty.txt" in result.output and "image.txt" in result.output
    assert "Traceback" not in result.output

    failures = runner.invoke(cli, ["--db", db, "failures"])
    assert failures.output.count("\n") == 2


def test_reingesting_stores_nothing_twice(runner: CliRunner, batch: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cc.db")
    runner.invoke(cli, ["--db", db, "ingest", "-q", str(batch)])
    first = runner.invoke(cli, ["--db", db, "statements", "--format", "json"]).output
    again = runner.invoke(cli, ["--db", db, "ingest", "-q", str(batch)])
    assert "0 stored, 1 duplicate" in again.output
    assert runner.invoke(cli, ["--db", db, "statements", "--format", "json"]).output == first


def test_extract_json_follows_the_contract(runner: CliRunner, seed_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(seed_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    document = record["document"]
    assert set(document) >= {"id", "source", "title", "published", "text"}
    assert document["source"] == str(seed_path)
    assert record["statements"], "the seed quotes several officials"
    for statement in record["statements"]:
        assert statement["quote"] in document["text"][statement["start"]:statement["end"]]
        assert statement["speaker"]["kind"] in {"person", "group", "organisation", "unattributed"}


def test_extract_of_several_documents_is_json_lines_in_input_order(
    runner: CliRunner, batch: Path, seed_path: Path
) -> None:
    result = runner.invoke(cli, ["extract", str(batch / "empty.txt"), str(seed_path), "--format", "json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 2
    assert "error" in lines[0] and lines[0]["source"].endswith("empty.txt")
    assert lines[1]["document"]["source"] == str(seed_path)


def test_statements_csv_has_one_row_per_statement(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cc.db")
    runner.invoke(cli, ["--db", db, "ingest", "-q", str(seed_path)])
    as_json = runner.invoke(cli, ["--db", db, "statements", "--format", "json"]).output.splitlines()
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["--db", db, "statements", "--format", "csv"]).output)))
    assert len(rows) == len(as_json) > 0
    assert {"speaker_name", "quote", "cue", "direct"} <= set(rows[0])


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["ingest"]).exit_code == 2
    assert runner.invoke(cli, ["statements", "--format", "xml"]).exit_code == 2
    assert runner.invoke(cli, ["no-such-command"]).exit_code == 2


def test_db_can_come_from_the_environment(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    result = runner.invoke(cli, ["ingest", "-q", str(seed_path)], env={"COUNTERCLAIM_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def _dated_report(tmp_path: Path) -> Path:
    """A report (our own wording) with one event its text dates and one it does not, published on 5 May 2016."""
    text = (
        "Government jets struck a crowded market in the town of Saraqib, killing twelve people, a monitoring "
        "group said. On 3 May 2016, rebel fighters shelled an army base near the town, the group added."
    )
    path = tmp_path / "report.jsonl"
    path.write_text(json.dumps({"text": text, "published": "2016-05-05"}) + "\n", encoding="utf-8")
    return path


def test_every_claim_of_a_dated_report_has_a_date_and_filters_can_choose(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "cc.db")
    assert runner.invoke(cli, ["--db", db, "ingest", "-q", str(_dated_report(tmp_path))]).exit_code == 0
    claims = [json.loads(line) for line in runner.invoke(cli, ["--db", db, "claims", "-f", "json"]).output.splitlines()]
    assert claims and all(c["date"]["start"] or c["date"]["reported"] == "2016-05-05" for c in claims)
    own = {c["id"] for c in claims if c["date"]["start"]}
    assert own and own != {c["id"] for c in claims}

    def ids(*options: str) -> set[str]:
        output = runner.invoke(cli, ["--db", db, "claims", "-f", "json", *options]).output
        return {json.loads(line)["id"] for line in output.splitlines()}

    assert ids("--text-dates-only") == own
    assert ids("--since", "2016-05-04") == {c["id"] for c in claims} - own
    assert ids("--since", "2016-05-04", "--text-dates-only") == set()
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["--db", db, "claims", "-f", "csv"]).output)))
    assert {row["date_basis"] for row in rows} == {"text", "reported"}
    assert all(row["date_reported"] == "2016-05-05" for row in rows)


def test_the_cli_size_limit_is_the_ingest_limit() -> None:
    from counterclaim.cli import run
    from counterclaim.ingest import DEFAULT_MAX_BYTES

    assert run.DEFAULT_MAX_BYTES == DEFAULT_MAX_BYTES


def test_help_does_not_load_spacy_or_the_store() -> None:
    """`counterclaim --help` must answer at once: the heavy modules load only when a command runs."""
    import subprocess
    import sys

    probe = ("import sys; from counterclaim.cli import cli; "
             "from click.testing import CliRunner; CliRunner().invoke(cli, ['--help']); "
             "print(sorted(m for m in ('spacy', 'sqlalchemy', 'trafilatura') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
