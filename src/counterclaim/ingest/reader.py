"""Stage 1: ingest — paths (files, folders, globs, ``-``) → Documents and Failures, in input order.

The format comes from the file name where it is certain (``.jsonl``/``.ndjson``, gzipped or not:
JSON Lines; ``.json``: one record or an array of records, the same fields;
``.warc``/``.warc.gz``: web archive; ``.html``/``.htm``: HTML), else from the content:
an RSS or Atom feed, an HTML page, or plain text. Standard input is JSON Lines when its first line is a
JSON object, else sniffed like a file.

Every input ends as exactly one outcome per document it holds: a ``Document``, or a ``Failure``
with a one-line reason. Nothing a bad input does stops the batch: read errors (``OSError``) and
ingest errors become Failures, and so, as a last resort that is logged with its traceback, does
any other exception, because one odd page must not cost a user the other thousand.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from counterclaim.errors import IngestError
from counterclaim.ingest.decode import DEFAULT_MAX_BYTES, check_size, decode_bytes, read_limited
from counterclaim.ingest.document import build_document
from counterclaim.ingest.feeds import documents_from_feed, looks_like_feed
from counterclaim.ingest.json_records import documents_from_json, is_json_name
from counterclaim.ingest.jsonl import (
    documents_from_lines,
    is_jsonl_name,
    numbered_lines,
    open_jsonl,
    starts_like_jsonl,
)
from counterclaim.ingest.published import DateOrder
from counterclaim.ingest.sources import STDIN_LABEL, Input, expand_sources
from counterclaim.ingest.warc import documents_from_warc, is_warc_name
from counterclaim.models import Document, Failure

__all__ = ["HTML_SUFFIXES", "read_documents"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
"""Plain-text files, whose first line is taken as the title when it reads as a headline."""

_log = logging.getLogger(__name__)


def read_documents(
    paths: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    date_order: DateOrder | None = None,
) -> Iterator[Document | Failure]:
    """Every document under ``paths`` in input order; an input that cannot be read yields a Failure.

    ``max_bytes`` limits each file (each line of a JSON Lines file); ``stdin`` is read for ``-``
    (default: the process's standard input); ``date_order`` ("DMY", "MDY") reads numeric
    publication dates, which are otherwise unknown when ambiguous.
    """
    if isinstance(paths, str | os.PathLike):  # one path, not a sequence of one-letter paths
        paths = [os.fspath(paths)]
    for item in expand_sources(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from _read_input(item, _Options(max_bytes, date_order), stdin=stdin)


@dataclass(frozen=True)
class _Options:
    max_bytes: int
    date_order: DateOrder | None = None


def _read_input(item: Input, options: _Options, *, stdin: BinaryIO | None) -> Iterator[Document | Failure]:
    max_bytes = options.max_bytes
    try:
        if item.path is None:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
        elif is_jsonl_name(item.path.name):
            yield from _read_jsonl_file(item, options)
        elif is_json_name(item.path.name):
            yield from documents_from_json(_read_file(item.path, max_bytes), item.label, options.date_order)
        elif is_warc_name(item.path.name):
            yield from _read_warc_file(item, max_bytes)
        else:
            suffix = item.path.suffix.lower()
            is_html = True if suffix in HTML_SUFFIXES else None
            data = _read_file(item.path, max_bytes)
            yield from _documents_from_bytes(data, item.label, is_html=is_html, options=options,
                                             headline_first_line=suffix in TEXT_SUFFIXES)
    except IngestError as error:
        yield Failure(item.label, str(error))
    except OSError as error:
        yield Failure(item.label, _read_error_reason(error))
    except Exception as error:  # last resort, see the module docstring
        _log.exception("unexpected error while ingesting %s", item.label)
        yield Failure(item.label, f"unexpected error while reading ({type(error).__name__}: {error}); please report it")


def _read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; a regular file over the limit is refused from its size alone, unread."""
    with path.open("rb") as file:
        status = os.fstat(file.fileno())
        if stat.S_ISREG(status.st_mode):
            check_size(status.st_size, max_bytes)
        return read_limited(file, max_bytes)


def _read_jsonl_file(item: Input, options: _Options) -> Iterator[Document | Failure]:
    assert item.path is not None
    with item.path.open("rb") as file, open_jsonl(file) as stream:
        lines = numbered_lines(stream, options.max_bytes)
        yield from documents_from_lines(lines, item.label, options.max_bytes, date_order=options.date_order)


def _read_warc_file(item: Input, max_bytes: int) -> Iterator[Document | Failure]:
    assert item.path is not None
    with item.path.open("rb") as file:
        yield from documents_from_warc(file, item.label, max_bytes)


def _read_stdin(stream: BinaryIO, options: _Options) -> Iterator[Document | Failure]:
    """Standard input is JSON Lines when its first line is a JSON object, else one document."""
    max_bytes = options.max_bytes
    first = stream.readline(max_bytes + 1)
    if len(first) <= max_bytes and starts_like_jsonl(first):
        lines = chain([(1, first)], numbered_lines(stream, max_bytes, first_number=2))
        yield from documents_from_lines(lines, STDIN_LABEL, max_bytes, date_order=options.date_order)
    else:
        data = read_limited(stream, max_bytes, already=first)
        yield from _documents_from_bytes(data, STDIN_LABEL, is_html=None, options=options)


def _documents_from_bytes(
    data: bytes, label: str, *, is_html: bool | None, options: _Options, headline_first_line: bool = False
) -> Iterator[Document | Failure]:
    """A feed's entries, or the one document the bytes hold (feeds are sniffed before HTML, which
    their <title> and <link> tags would otherwise pass for)."""
    text = decode_bytes(data)
    if is_html is None and looks_like_feed(text):
        yield from documents_from_feed(text, label)
    else:
        yield build_document(text, is_html=is_html, source=label, date_order=options.date_order,
                             headline_first_line=headline_first_line)


def _read_error_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: cannot read this file"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, IsADirectoryError):
        return "is a directory, not a file"
    return f"cannot read: {error.strerror or error}"
