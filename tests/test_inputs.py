"""Inputs as users have them: .json files, publication dates, copies, short HTML, titles (issue 10, item 5).

Every text here is written for these tests. The CLI runs as a user runs it (CliRunner); the
reading rules are also checked directly, without the model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from counterclaim.cli import cli
from counterclaim.ingest import read_documents
from counterclaim.ingest.headlines import split_headline
from counterclaim.ingest.published import read_published
from counterclaim.models import Document, Failure

BODY = (
    "The provincial health director said on Monday that the dead included two children, and that "
    "the wounded had been taken to hospitals in the city.\n\n"
    "A spokesman for the armed group denied any role in the blast."
)
SHORT_REPORT = "Police said two people were killed in a shooting in Aleppo on Sunday."


def _jsonl(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _ingest(tmp_path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(tmp_path / "store.db"), "ingest", "-q", *args])


def _said(result: Result) -> str:
    """The output with rich's line wrapping undone."""
    return " ".join(result.output.split())


def _read(*paths: Path, **options: object) -> list[Document | Failure]:
    return list(read_documents([str(p) for p in paths], **options))  # type: ignore[arg-type]


# ---- .json files ------------------------------------------------------------------------------


def test_a_json_file_with_one_record_is_read_as_that_record(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": SHORT_REPORT, "url": "https://example.org/a", "title": "Two killed"}))
    (document,) = _read(path)
    assert isinstance(document, Document)
    assert document.text == SHORT_REPORT and document.url == "https://example.org/a" and document.title == "Two killed"


def test_a_json_array_of_records_is_read_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"text": SHORT_REPORT}, {"html": f"<p>{BODY}</p>"}, 7]), encoding="utf-8")
    first, second, third = _read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert isinstance(third, Failure) and third.source.endswith("many.json[2]") and "not a record" in third.reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ({"annotations": [{"start": 0, "end": 4, "label": "PER"}]}, "no 'text' or 'html' field"),
        ([1, 2, 3], "no element of the JSON array is a record"),
        ("just a string", "holds a string"),
        ([], "holds no records"),
    ],
)
def test_other_json_fails_with_a_clear_reason_not_read_as_prose(tmp_path: Path, content: object, reason: str) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    (failure,) = _read(path)
    assert isinstance(failure, Failure) and reason in failure.reason


@pytest.mark.slow
def test_ingest_reads_json_records_and_refuses_other_json_with_its_reason(tmp_path: Path) -> None:
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"text": SHORT_REPORT, "source": "Wire"}, {"text": BODY, "source": "Daily"}]))
    annotations = tmp_path / "annotations.json"
    annotations.write_text(json.dumps({"doc": "a1", "spans": [[0, 5, "PER"]]}), encoding="utf-8")
    result = _ingest(tmp_path, str(records), str(annotations))
    assert result.exit_code == 1, result.output
    assert "2 stored" in _said(result) and "1 failed" in _said(result)
    assert "annotations.json: not a report" in _said(result) and "Traceback" not in _said(result)


# ---- publication dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-04-05", "2017-04-05"),
        ("2017-04-05T08:30:00Z", "2017-04-05T08:30:00+00:00"),
        ("Wed, 05 Apr 2017 08:30:00 GMT", "2017-04-05T08:30:00+00:00"),
        ("5 April 2017", "2017-04-05"),
        ("April 5, 2017", "2017-04-05"),
        ("2017/04/05", "2017-04-05"),
        ("25/04/2017", "2017-04-25"),  # no 25th month: day first, for certain
    ],
)
def test_publication_dates_in_unambiguous_forms_are_read(value: str, expected: str) -> None:
    assert read_published(value) == (expected, None)


@pytest.mark.parametrize("value", ["yesterday", "not a date", "last week", "05/04/2017", "April 2017"])
def test_other_publication_dates_are_unknown_with_a_warning_never_now(value: str) -> None:
    iso, warning = read_published(value)
    assert iso is None and warning is not None and value in warning


def test_numeric_dates_follow_the_date_order_given() -> None:
    assert read_published("05/04/2017", "DMY").iso == "2017-04-05"
    assert read_published("05/04/2017", "MDY").iso == "2017-05-04"


@pytest.mark.slow
def test_an_unreadable_published_is_a_warning_on_the_document_and_anchors_nothing(tmp_path: Path) -> None:
    records = [
        {"text": SHORT_REPORT, "published": "yesterday"},
        {"text": BODY, "published": "05/04/2017"},
        {"text": f"{SHORT_REPORT} {BODY}", "published": "not a date"},
    ]
    result = _ingest(tmp_path, str(_jsonl(tmp_path / "feed.jsonl", *records)))
    assert result.exit_code == 0, result.output
    assert "'yesterday' is not a date" in _said(result) and "'05/04/2017' is ambiguous" in _said(result)
    assert "'not a date' is not a date" in _said(result)
    from counterclaim import Store

    with Store(tmp_path / "store.db") as store:
        documents = store.documents()
        assert [d.published for d in documents] == [None, None, None]
        assert all(d.warnings for d in documents)
        assert all(claim.date.reported is None for claim in store.claims())


@pytest.mark.slow
def test_date_order_reads_numeric_dates_on_extract(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "feed.jsonl", {"text": SHORT_REPORT, "published": "05/04/2017"})
    shown = CliRunner().invoke(cli, ["extract", "--format", "json", "--date-order", "MDY", str(path)])
    assert shown.exit_code == 0, shown.output
    document = json.loads(shown.output)["document"]
    assert document["published"] == "2017-05-04" and document["warnings"] == []


# ---- copies -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_same_text_from_another_outlet_is_kept_as_a_copy(tmp_path: Path) -> None:
    feed = _jsonl(
        tmp_path / "wire.jsonl",
        {"text": BODY, "url": "https://one.example/a", "source": "One", "published": "2017-04-05"},
        {"text": BODY, "url": "https://two.example/b", "source": "Two", "published": "2017-04-06"},
    )
    first = _ingest(tmp_path, str(feed))
    assert first.exit_code == 0 and "1 stored" in _said(first) and "1 kept as copies" in _said(first)
    again = _ingest(tmp_path, str(feed))
    assert "0 stored, 2 duplicate(s)" in _said(again)  # a re-run adds no copy
    from counterclaim import Store

    with Store(tmp_path / "store.db") as store:
        (document,) = store.documents()
        assert document.source == "One"
        (copy,) = store.document_copies(document.id)
    assert (copy.source, copy.url, copy.published) == ("Two", "https://two.example/b", "2017-04-06")


# ---- short HTML -------------------------------------------------------------------------------


def test_a_short_html_record_falls_back_to_its_text(tmp_path: Path) -> None:
    feed = _jsonl(tmp_path / "items.jsonl", {"html": f"<p>{SHORT_REPORT}</p>"})
    (document,) = _read(feed)
    assert isinstance(document, Document) and document.text == SHORT_REPORT


@pytest.mark.slow
def test_ingest_stores_a_one_paragraph_html_record(tmp_path: Path) -> None:
    result = _ingest(tmp_path, str(_jsonl(tmp_path / "items.jsonl", {"html": f"<p>{SHORT_REPORT}</p>"})))
    assert result.exit_code == 0 and "1 stored" in _said(result), result.output


def test_a_long_page_of_links_without_an_article_still_fails(tmp_path: Path) -> None:
    links = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(400))
    path = tmp_path / "menu.html"
    path.write_text(f"<html><body><nav><ul>{links}</ul></nav></body></html>", encoding="utf-8")
    (failure,) = _read(path)
    assert isinstance(failure, Failure) and "no article text" in failure.reason


# ---- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "is_headline"),
    [
        ("Car bomb kills 12 in northern market town", True),
        ("UN Envoy Calls For Ceasefire In Southern Province", True),
        ("The governor said 12 people were killed in the blast.", False),
        ("By Jane Doe, staff reporter", False),
        ("BEIRUT (Wire) - Twelve people were killed", False),
        ("\"We will not leave,\" the commander said", False),
        ("Breaking", False),
    ],
)
def test_the_first_line_of_a_text_is_a_title_only_when_it_reads_as_a_headline(
    first_line: str, is_headline: bool
) -> None:
    headline, rest = split_headline(f"{first_line}\n\n{BODY}")
    assert (headline == first_line) is is_headline
    assert rest.strip() == (BODY if is_headline else f"{first_line}\n\n{BODY}")


def test_a_text_file_headline_is_its_title_and_not_part_of_its_text(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"Car bomb kills 12 in northern market town\n\n{BODY}\n", encoding="utf-8")
    (document,) = _read(path)
    assert isinstance(document, Document)
    assert document.title == "Car bomb kills 12 in northern market town"
    assert "Car bomb" not in document.text


@pytest.mark.slow
def test_claims_are_read_from_the_title_flagged_in_headline_with_offsets_into_it(tmp_path: Path) -> None:
    title = "Car bomb kills 12 in northern market town"
    feed = _jsonl(tmp_path / "items.jsonl", {"text": BODY, "title": title, "source": "Wire"})
    shown = CliRunner().invoke(cli, ["extract", "--format", "json", str(feed)])
    assert shown.exit_code == 0, shown.output
    claims = json.loads(shown.output)["claims"]
    headline = [c for c in claims if c["in_headline"]]
    assert headline, claims
    assert any(count["low"] == 12 for claim in headline for count in claim["counts"])
    for claim in headline:
        assert claim["claimant"]["statement_id"] is None
        for count in claim["counts"]:
            assert title[count["start"] : count["end"]] == count["as_written"]
    assert not any(c["in_headline"] for c in claims if c not in headline)
    assert len({c["id"] for c in claims}) == len(claims)


@pytest.mark.slow
def test_headline_claims_survive_the_store(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"Car bomb kills 12 in northern market town\n\n{BODY}\n", encoding="utf-8")
    assert _ingest(tmp_path, str(path)).exit_code == 0
    from counterclaim import Store

    with Store(tmp_path / "store.db") as store:
        assert any(claim.in_headline for claim in store.claims())
