"""Stage 1 for RSS/Atom feeds and WARC archives: one Document (or Failure) per entry or archived page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from counterclaim.ingest import read_documents
from counterclaim.models import Document, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
BLOG = FIXTURES / "blog_voa_russia_syria.html"


def read(*paths: str | Path, **options: object) -> list[Document | Failure]:
    return list(read_documents([str(path) for path in paths], **options))  # type: ignore[arg-type]


# ---- feeds -------------------------------------------------------------------------------------


def test_rss_entries_become_documents_in_feed_order() -> None:
    items = read(FIXTURES / "feed_rss2.xml")
    assert [type(item).__name__ for item in items] == ["Document", "Failure", "Document"]
    first, empty, last = items
    assert isinstance(first, Document) and isinstance(empty, Failure) and isinstance(last, Document)
    assert first.title == "Russia Launches Airstrikes in Syria"
    assert first.url == "https://worlddesk.example.com/2015/09/30/russia-launches-airstrikes-in-syria/"
    assert first.source == first.url
    assert first.published == "2015-09-30T18:42:00+00:00"
    assert first.author == "Henry Ridgwell"
    assert first.site == "World Desk Daily"
    assert first.text.split("\n\n")[0] == "There have been reports of at least 36 civilian casualties."
    assert "appeared first on" not in first.text
    assert empty.source == "https://worlddesk.example.com/2015/10/02/gallery/"
    assert "no text" in empty.reason
    assert last.text.startswith("More than 4,000 refugees")


def test_atom_entry() -> None:
    [document] = read(FIXTURES / "feed_atom.xml")
    assert isinstance(document, Document)
    assert document.url == "https://monitor.example.org/aleppo-shelling"
    assert document.published == "2015-10-01T11:30:00+00:00"
    assert document.text == (
        "Activists said shelling hit two districts of eastern Aleppo on Thursday.\n\n"
        "The government denied targeting residential areas."
    )


def test_feed_on_stdin() -> None:
    [document] = read("-", stdin=io.BytesIO((FIXTURES / "feed_atom.xml").read_bytes()))
    assert isinstance(document, Document)
    assert document.site == "Conflict Monitor"


def test_feed_without_entries(tmp_path: Path) -> None:
    feed = tmp_path / "empty.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>')
    [failure] = read(feed)
    assert isinstance(failure, Failure)
    assert failure.reason == "feed has no entries"


# ---- WARC --------------------------------------------------------------------------------------


def write_warc(path: Path, pages: list[tuple[str, str, str, bytes]]) -> Path:
    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=path.name.endswith(".gz"))
        for uri, status, content_type, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            # A known length lets warcio hash the seekable payload in place, not via a temp file.
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(record)
    return path


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_documents(tmp_path: Path, name: str) -> None:
    article = "https://worlddesk.example.com/2015/09/30/russia-launches-airstrikes-in-syria/"
    archive = write_warc(
        tmp_path / name,
        [
            (article, "200 OK", "text/html; charset=utf-8", BLOG.read_bytes()),
            ("https://worlddesk.example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://worlddesk.example.com/old", "301 Moved Permanently", "text/html", b""),
            ("https://worlddesk.example.com/", "200 OK", "text/html", b"<html><body><nav>Home</nav></body></html>"),
        ],
    )
    document, failure = read(archive)
    assert isinstance(document, Document)
    assert document.url == document.source == article
    assert document.title == "Russia Launches Airstrikes in Syria"
    assert isinstance(failure, Failure)
    assert failure.source == "https://worlddesk.example.com/"
    assert failure.reason == "HTML page has no article text"


def test_warc_page_over_the_limit(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "big.warc.gz", [("https://x.example/a", "200 OK", "text/html", BLOG.read_bytes())])
    [failure] = read(archive, max_bytes=1000)
    assert isinstance(failure, Failure)
    assert failure.source == "https://x.example/a"
    assert failure.reason.startswith("input too large")


def test_not_a_warc(tmp_path: Path) -> None:
    fake = tmp_path / "fake.warc"
    fake.write_text("this is not an archive")
    [failure] = read(fake)
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("not a readable WARC archive")


def test_warc_without_html_pages(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "assets.warc.gz", [("https://x.example/a.png", "200 OK", "image/png", b"\x89PNG")])
    [failure] = read(archive)
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("WARC archive has no HTML page")
