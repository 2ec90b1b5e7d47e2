"""Stage 1: ingest — a WARC web archive → one Document (or Failure) per archived HTML page, via warcio.

A crawl archives everything a page loaded: only ``response`` records with status 200 and an HTML
content type are reports; requests, metadata, redirects, error pages, images, scripts and style
sheets are not documents and are passed over. Archives are large (often gigabytes), so records
are streamed, and the size limit applies to each page, not to the archive. The record's target
URI is the Document's url and source; a failing page's source is that URI too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

from counterclaim.errors import EmptyDocumentError, IngestError, InvalidRecordError
from counterclaim.ingest.decode import decode_bytes, read_limited
from counterclaim.ingest.document import build_document
from counterclaim.models import Document, Failure

__all__ = ["WARC_SUFFIXES", "documents_from_warc", "is_warc_name"]

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_WARC_MAGIC = b"WARC/"
_GZIP_MAGIC = b"\x1f\x8b"


def is_warc_name(name: str) -> bool:
    """True for ``*.warc`` and ``*.warc.gz`` file names."""
    return name.lower().endswith(WARC_SUFFIXES)


def documents_from_warc(stream: BinaryIO, label: str, max_bytes: int) -> Iterator[Document | Failure]:
    """One Document or Failure per archived HTML page, in archive order.

    ``stream`` must be seekable (a file): its first bytes are checked, because warcio reads
    almost any text line as the header of the older ARC format.
    """
    head = stream.read(len(_WARC_MAGIC))
    stream.seek(0)
    if not head.startswith((_WARC_MAGIC, _GZIP_MAGIC)):
        raise InvalidRecordError("not a readable WARC archive: it does not start with 'WARC/' (nor is it gzipped)")
    number = pages = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if not _is_html_page(record):
                continue
            pages += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{label}#{number}"
            try:
                yield _document_from_record(record, uri, max_bytes)
            except IngestError as error:
                yield Failure(uri, str(error))
    except ArchiveLoadFailed as error:
        where = "" if number == 0 else f" after record {number}"
        raise InvalidRecordError(f"not a readable WARC archive{where}: {error.msg}") from error
    if pages == 0:
        raise EmptyDocumentError(f"WARC archive has no HTML page with status 200 ({number} records read)")


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return record.http_headers.get_statuscode() == "200" and content_type.startswith(_HTML_TYPES)


def _document_from_record(record: Any, uri: str, max_bytes: int) -> Document:
    payload = read_limited(record.content_stream(), max_bytes)
    return build_document(_decode_page(payload, record), is_html=True, source=uri, url=uri)


def _decode_page(payload: bytes, record: Any) -> str:
    """The page's text, in the charset its HTTP header names, else as any other input is decoded."""
    charset = _charset(record.http_headers.get_header("Content-Type") or "")
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # headers lie often enough: fall back to detection
    return decode_bytes(payload)


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
