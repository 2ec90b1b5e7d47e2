"""Stage 1: ingest — one report's text (plain or HTML) plus what the caller knows → a ``Document``.

The order: HTML goes through trafilatura first (article text and page metadata), then every text,
plain or extracted, goes through the same cleaning, so one report ingested as a .txt file, as an
HTML page or as a JSON Lines record gets the same cleaned text and therefore the same id. Metadata
given by the caller wins over metadata read off the page: the caller knows where a file came from.
"""

from __future__ import annotations

import re

from counterclaim.errors import EmptyDocumentError
from counterclaim.ingest.clean import clean_text
from counterclaim.ingest.headlines import split_headline
from counterclaim.ingest.html import HtmlArticle, extract_article, fragment_text, looks_like_html
from counterclaim.ingest.language import require_english
from counterclaim.ingest.published import DateOrder, read_published
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
    date_order: DateOrder | None = None,
    headline_first_line: bool = False,
) -> Document:
    """``document_from_text`` with the format known (``is_html``; None = detect) and more metadata.

    ``date_order`` reads numeric publication dates ("05/04/2017"); ``headline_first_line`` takes the
    first line of a plain-text file as its title when it reads as a headline (see ``headlines``).
    """
    url = _blank_to_none(url)
    page = HtmlArticle(text=content)
    # Named as HTML (by a .html suffix or an "html" field) but without a single tag: a text file.
    from_html = looks_like_html(content) if is_html is None else is_html and _ANY_TAG.search(content) is not None
    if from_html:
        page = _article_or_short_text(content, url)
    elif headline_first_line and title is None:
        headline, rest = split_headline(content)
        if headline is not None:
            page = HtmlArticle(text=rest, title=headline)
    text = clean_text(page.text)
    if from_html and not _has_prose(text):
        raise EmptyDocumentError("HTML page has no article text")
    if not text:
        raise EmptyDocumentError("empty document: no text left after removing page furniture")
    language = require_english(text)
    url = url or page.url
    # The caller's date wins; one it gives that cannot be read is unknown (and said), not replaced.
    dated = read_published(_blank_to_none(published) or page.published, date_order)
    return Document(
        id=document_id(text),
        text=text,
        source=_blank_to_none(source) or url,
        title=_blank_to_none(title) or page.title,
        published=dated.iso,
        author=_blank_to_none(author) or page.author,
        site=_blank_to_none(site) or page.site,
        url=url,
        language=language,
        warnings=(dated.warning,) if dated.warning else (),
    )


def _article_or_short_text(content: str, url: str | None) -> HtmlArticle:
    """The article trafilatura finds; for a short fragment it finds none in (a wire item of a paragraph
    or two, a feed summary), the fragment's own text. A long page without an article still fails."""
    try:
        page = extract_article(content, url=url)
    except EmptyDocumentError:
        page = None
    if page is not None and _has_prose(clean_text(page.text)):
        return page
    fallback = fragment_text(content)
    if len(fallback) <= _SHORT_HTML_CHARS and _has_prose(clean_text(fallback)):
        return HtmlArticle(text=fallback)
    if page is None:
        raise EmptyDocumentError("HTML page has no article text")
    return page


_SHORT_HTML_CHARS = 3000
"""Text of a fragment short enough to be the article itself (a few paragraphs); above it, a page
whose article trafilatura cannot find is mostly furniture, and its text would be menus and links."""

_ANY_TAG = re.compile(r"<[A-Za-z!/]")

_MIN_PROSE_WORDS = 4
"""On a page with no article, trafilatura's fallbacks return menu and link labels ("Home",
"World"); an article has at least one paragraph of four or more words."""


def _has_prose(text: str) -> bool:
    return any(len(paragraph.split()) >= _MIN_PROSE_WORDS for paragraph in text.split("\n\n"))


def normalise_published(value: str | None, date_order: DateOrder | None = None) -> str | None:
    """An ISO 8601 date (or datetime) for a publication date, or None when it cannot be read surely
    (see ``counterclaim.ingest.published``; ``read_published`` also says why)."""
    return read_published(_blank_to_none(value), date_order).iso


def _blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
