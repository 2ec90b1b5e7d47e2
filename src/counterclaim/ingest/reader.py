"""Stage 1: ingest — paths (files, folders, globs, ``-``) → Documents and Failures, in input order.

The format comes from the file name where it is certain (``.jsonl``/``.ndjson``, gzipped or not:
JSON Lines; ``.warc``/``.warc.gz``: web archive; ``.html``/``.htm``: HTML), else from the content:
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
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from counterclaim.errors import IngestError
from counterclaim.ingest.decode import DEFAULT_MAX_BYTES, check_size, decode_bytes, read_limited
from counterclaim.ingest.document import build_document
from counterclaim.ingest.feeds import documents_from_feed, looks_like_feed
from counterclaim.ingest.jsonl import (
    documents_from_lines,
    is_jsonl_name,
    numbered_lines,
    open_jsonl,
    starts_like_jsonl,
)
from counterclaim.ingest.sources import STDIN_LABEL, Input, expand_sources
from counterclaim.ingest.warc import documents_from_warc, is_warc_name
from counterclaim.models import Document, Failure

__all__ = ["HTML_SUFFIXES", "read_documents"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

_log = logging.getLogger(__name__)


def read_documents(
    paths: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Failure]:
    """Every document under ``paths`` in input order; an input that cannot be read yields a Failure.

    ``max_bytes`` limits each file (each line of a JSON Lines file); ``stdin`` is read for ``-``
    (default: the process's standard input).
    """
    if isinstance(paths, str | os.PathLike):  # one path, not a sequence of one-letter paths
        paths = [os.fspath(paths)]
    for item in expand_sources(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from _read_input(item, max_bytes=max_bytes, stdin=stdin)


def _read_input(item: Input, *, max_bytes: int, stdin: BinaryIO | None) -> Iterator[Document | Failure]:
    try:
        if item.path is None:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        elif is_jsonl_name(item.path.name):
            yield from _read_jsonl_file(item, max_bytes)
        elif is_warc_name(item.path.name):
            yield from _read_warc_file(item, max_bytes)
        else:
            is_html = True if item.path.suffix.lower() in HTML_SUFFIXES else None
            yield from _documents_from_bytes(_read_file(item.path, max_bytes), item.label, is_html=is_html)
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


def _read_jsonl_file(item: Input, max_bytes: int) -> Iterator[Document | Failure]:
    assert item.path is not None
    with item.path.open("rb") as file, open_jsonl(file) as stream:
        yield from documents_from_lines(numbered_lines(stream, max_bytes), item.label, max_bytes)


def _read_warc_file(item: Input, max_bytes: int) -> Iterator[Document | Failure]:
    assert item.path is not None
    with item.path.open("rb") as file:
        yield from documents_from_warc(file, item.label, max_bytes)


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Document | Failure]:
    """Standard input is JSON Lines when its first line is a JSON object, else one document."""
    first = stream.readline(max_bytes + 1)
    if len(first) <= max_bytes and starts_like_jsonl(first):
        lines = chain([(1, first)], numbered_lines(stream, max_bytes, first_number=2))
        yield from documents_from_lines(lines, STDIN_LABEL, max_bytes)
    else:
        data = read_limited(stream, max_bytes, already=first)
        yield from _documents_from_bytes(data, STDIN_LABEL, is_html=None)


def _documents_from_bytes(data: bytes, label: str, *, is_html: bool | None) -> Iterator[Document | Failure]:
    """A feed's entries, or the one document the bytes hold (feeds are sniffed before HTML, which
    their <title> and <link> tags would otherwise pass for)."""
    text = decode_bytes(data)
    if is_html is None and looks_like_feed(text):
        yield from documents_from_feed(text, label)
    else:
        yield build_document(text, is_html=is_html, source=label)


def _read_error_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied: cannot read this file"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, IsADirectoryError):
        return "is a directory, not a file"
    return f"cannot read: {error.strerror or error}"
