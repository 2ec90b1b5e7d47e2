"""Stage 1: ingest — an RSS or Atom feed → one Document (or Failure) per entry, through feedparser.

An entry's text is its full content where the feed carries it (``content:encoded``, Atom
``content``), else its summary; its link, title, author and date become the Document's metadata
and the feed's title its site. Entries are read as HTML fragments (``html.fragment_text``), not
through trafilatura: a feed entry is the article already, with no page around it to remove.
A failing entry's source is ``LABEL#N`` (its 1-based position) unless it has a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from time import struct_time
from typing import Any

import feedparser  # type: ignore[import-untyped]

from counterclaim.errors import EmptyDocumentError, IngestError, InvalidRecordError
from counterclaim.ingest.document import build_document
from counterclaim.ingest.html import fragment_text
from counterclaim.models import Document, Failure

__all__ = ["FEED_SUFFIXES", "documents_from_feed", "looks_like_feed"]

FEED_SUFFIXES = frozenset({".rss", ".atom"})

_FEED_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def looks_like_feed(content: str) -> bool:
    """True when ``content`` opens as an RSS, Atom or RSS 1.0 (RDF) document."""
    return _FEED_START.match(content[:4096]) is not None


def documents_from_feed(content: str, label: str) -> Iterator[Document | Failure]:
    """One Document or Failure per entry of the feed in ``content``, in feed order."""
    parsed = feedparser.parse(content, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        reason = "feed has no entries"
        if parsed.bozo:
            reason = f"not a readable feed: {parsed.get('bozo_exception')}"
        raise InvalidRecordError(reason)
    site = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        link = _text(entry.get("link"))
        try:
            yield _document_from_entry(entry, link=link, site=site)
        except IngestError as error:
            yield Failure(link or f"{label}#{number}", str(error))


def _document_from_entry(entry: Any, *, link: str | None, site: str | None) -> Document:
    body, kind = _entry_body(entry)
    if not body.strip():
        raise EmptyDocumentError("feed entry has no text (neither content nor summary)")
    text = fragment_text(body) if kind in _HTML_TYPES else body
    return build_document(
        text,
        is_html=False,
        source=link,
        url=link,
        title=_text(entry.get("title")),
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        author=_text(entry.get("author")),
        site=site,
    )


def _entry_body(entry: Any) -> tuple[str, str]:
    """The longest of the entry's content parts and its summary, with its MIME type."""
    parts = [*entry.get("content", []), entry.get("summary_detail") or {}]
    best = max(parts, key=lambda part: len(part.get("value") or ""))
    return str(best.get("value") or ""), str(best.get("type") or "text/html")


def _iso(moment: struct_time | None) -> str | None:
    """feedparser gives dates as UTC ``struct_time``s."""
    if moment is None:
        return None
    return datetime(*moment[:6], tzinfo=UTC).isoformat()


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
