"""Stage 1: ingest — a JSON Lines dump → one Document (or Failure) per line.

Each line is one JSON object with the article as ``text`` (plain or HTML, detected) or ``html``
(always HTML), and optionally ``url``, ``title``, ``published``, ``source``, ``author``, ``site``.
A dump can hold thousands of articles, so it is streamed line by line (through gzip when it is
compressed) and the size limit applies to each line, not to the whole file. A bad line is a
Failure whose source is ``path:LINE``, and the lines after it are still read.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, BinaryIO, cast

from counterclaim.errors import IngestError, InvalidRecordError
from counterclaim.ingest.decode import refuse_binary
from counterclaim.ingest.document import build_document
from counterclaim.ingest.published import DateOrder
from counterclaim.models import Document, Failure

__all__ = [
    "JSONL_SUFFIXES",
    "NumberedLine",
    "document_from_record",
    "documents_from_lines",
    "is_jsonl_name",
    "numbered_lines",
    "open_jsonl",
    "starts_like_jsonl",
]

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})

NumberedLine = tuple[int, bytes | None]
"""(1-based line number, the line's bytes, or None when the line is over the size limit)."""

_METADATA_FIELDS = ("url", "title", "published", "source", "author", "site")
_CHUNK = 1024 * 1024
_SNIFF_BYTES = 8192
_GZIP_MAGIC = b"\x1f\x8b"

_log = logging.getLogger(__name__)


def numbered_lines(stream: BinaryIO, max_bytes: int, *, first_number: int = 1) -> Iterator[NumberedLine]:
    """The lines of ``stream``, numbered; a line over ``max_bytes`` comes as None and is skipped
    in chunks, so one giant line costs no more memory than the limit."""
    number = first_number
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
        else:
            yield number, line
        number += 1


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


def starts_like_jsonl(first_line: bytes) -> bool:
    """True when a stream's first line is a JSON object: standard input is then read as JSON Lines."""
    stripped = first_line.strip().removeprefix(b"\xef\xbb\xbf")
    if not stripped.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except ValueError:
        return False


def is_jsonl_name(name: str) -> bool:
    """True for ``*.jsonl``, ``*.ndjson``, ``*.jsonlines``, and the same gzipped (``*.jsonl.gz``)."""
    lowered = name.lower().removesuffix(".gz")
    return any(lowered.endswith(suffix) for suffix in JSONL_SUFFIXES)


def open_jsonl(file: BinaryIO) -> BinaryIO:
    """The JSON Lines stream in ``file``: unzipped when gzipped (dumps often are), refused when
    binary, so that an archive named .jsonl gives one clear Failure, not one per "line"."""
    head = file.read(_SNIFF_BYTES)
    file.seek(0)
    if head.startswith(_GZIP_MAGIC):
        return cast(BinaryIO, gzip.GzipFile(fileobj=file, mode="rb"))
    refuse_binary(head)
    return file


def documents_from_lines(
    lines: Iterable[NumberedLine], label: str, max_bytes: int, *, date_order: DateOrder | None = None
) -> Iterator[Document | Failure]:
    """One Document or Failure per non-blank line, in order; a Failure for the whole input when it
    has no record at all, so an empty dump is reported rather than passed over."""
    records = 0
    for number, line in lines:
        where = f"{label}:{number}"
        if line is None:
            records += 1
            yield Failure(where, f"line too long: over the {max_bytes}-byte limit (raise --max-bytes to allow it)")
            continue
        if not line.strip():
            continue
        records += 1
        yield record_outcome(partial(_parse_record, line, first=number == 1), where, date_order)
    if records == 0:
        yield Failure(label, "empty document: the JSON Lines input has no records")


def record_outcome(
    parse: Callable[[], dict[str, Any]], where: str, date_order: DateOrder | None = None
) -> Document | Failure:
    """One record's Document, or its Failure with the reason (``where`` names it: ``path:LINE``, ``path[INDEX]``).

    Why one function for JSON Lines and ``.json`` arrays: a bad record must cost only itself, with the
    same reasons and the same last resort for an error nobody foresaw (logged, reported, never fatal).
    """
    try:
        return document_from_record(parse(), default_source=where, date_order=date_order)
    except IngestError as error:
        return Failure(where, str(error))
    except Exception as error:  # last resort, as in reader.py: one odd record must not end the input
        _log.exception("unexpected error while ingesting %s", where)
        return Failure(where, f"unexpected error ({type(error).__name__}: {error}); please report it")


def _parse_record(line: bytes, *, first: bool) -> dict[str, Any]:
    try:
        text = line.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as error:
        raise InvalidRecordError(f"line is not valid UTF-8 (bad byte at column {error.start + 1})") from error
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidRecordError(f"invalid JSON: {error.msg} at column {error.colno}") from error
    if not isinstance(record, dict):
        raise InvalidRecordError(f"record is a JSON {type(record).__name__}, not an object with a 'text' field")
    return record


def document_from_record(
    record: dict[str, Any], *, default_source: str, date_order: DateOrder | None = None
) -> Document:
    """One record's Document: ``text`` or ``html``, and the metadata fields (the JSON and JSON Lines shape)."""
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        content, is_html = html, True
    elif isinstance(text, str) and text.strip():
        content, is_html = text, None
    else:
        raise InvalidRecordError("record has no 'text' or 'html' field with text in it")
    fields = {name: _as_text(record.get(name)) for name in _METADATA_FIELDS}
    fields["source"] = fields["source"] or fields["url"] or default_source
    return build_document(
        content, is_html=is_html, date_order=date_order, url=fields["url"], title=fields["title"],
        published=fields["published"], source=fields["source"], author=fields["author"], site=fields["site"],
    )


def _as_text(value: Any) -> str | None:
    """A metadata value as a string; numbers are kept (an id, a year), lists and objects are not."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None
