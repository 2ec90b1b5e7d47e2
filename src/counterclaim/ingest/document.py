"""Stage 1: ingest — one report's text (plain or HTML) plus what the caller knows → a ``Document``.

The order: HTML goes through trafilatura first (article text and page metadata), then every text,
plain or extracted, goes through the same cleaning, so one report ingested as a .txt file, as an
HTML page or as a JSON Lines record gets the same cleaned text and therefore the same id. Metadata
given by the caller wins over metadata read off the page: the caller knows where a file came from.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from counterclaim.errors import EmptyDocumentError
from counterclaim.ingest.clean import clean_text
from counterclaim.ingest.html import HtmlArticle, extract_article, looks_like_html
from counterclaim.ingest.language import require_english
from counterclaim.models import Document, document_id

__all__ = ["build_document", "document_from_text", "normalise_published"]


def document_from_text(
    content: str,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Document:
    """Clean ``content`` (plain text or HTML, detected) into a Document.

    Raises an IngestError subclass whose message says what is wrong: the page has no article,
    nothing is left after removing page furniture, the text is not English.
    """
    return build_document(content, source=source, url=url, title=title, published=published)


def build_document(
    content: str,
    *,
    is_html: bool | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    author: str | None = None,
    site: str | None = None,
) -> Document:
    """``document_from_text`` with the format known (``is_html``; None = detect) and more metadata."""
    url = _blank_to_none(url)
    page = HtmlArticle(text=content)
    # Named as HTML (by a .html suffix or an "html" field) but without a single tag: a text file.
    from_html = looks_like_html(content) if is_html is None else is_html and _ANY_TAG.search(content) is not None
    if from_html:
        page = extract_article(content, url=url)
    text = clean_text(page.text)
    if from_html and not _has_prose(text):
        raise EmptyDocumentError("HTML page has no article text")
    if not text:
        raise EmptyDocumentError("empty document: no text left after removing page furniture")
    language = require_english(text)
    url = url or page.url
    return Document(
        id=document_id(text),
        text=text,
        source=_blank_to_none(source) or url,
        title=_blank_to_none(title) or page.title,
        published=normalise_published(published) or normalise_published(page.published),
        author=_blank_to_none(author) or page.author,
        site=_blank_to_none(site) or page.site,
        url=url,
        language=language,
    )


_ANY_TAG = re.compile(r"<[A-Za-z!/]")

_MIN_PROSE_WORDS = 4
"""On a page with no article, trafilatura's fallbacks return menu and link labels ("Home",
"World"); an article has at least one paragraph of four or more words."""


def _has_prose(text: str) -> bool:
    return any(len(paragraph.split()) >= _MIN_PROSE_WORDS for paragraph in text.split("\n\n"))


def normalise_published(value: str | None) -> str | None:
    """An ISO 8601 date (or datetime, when a time is given) for a publication date, or None.

    Accepts ISO strings, RSS/e-mail dates ("Wed, 30 Sep 2015 18:42:00 GMT") and written dates
    ("30 September 2015"). A date that cannot be read is dropped rather than kept as free text:
    later stages resolve "on Tuesday" against it and need a real date.
    """
    value = _blank_to_none(value)
    if value is None:
        return None
    for parse in (_parse_iso, _parse_rfc2822, _parse_written):
        parsed = parse(value)
        if parsed is not None:
            return parsed
    return None


def _parse_iso(value: str) -> str | None:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _parse_rfc2822(value: str) -> str | None:
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _parse_written(value: str) -> str | None:
    import dateparser  # imported late: only odd date strings need it

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed is not None else None


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
