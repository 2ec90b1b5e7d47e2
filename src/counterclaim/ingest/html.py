"""Stage 1: ingest — an HTML page → its article text and metadata, through trafilatura.

trafilatura does the hard part (finding the article among navigation, sidebars, comments and
footers, and reading title, author, date and site name from meta tags, JSON-LD and the page);
this module only decides whether a string is HTML at all and turns trafilatura's result into
plain values. Each line of trafilatura's text output is one block element of the page (a
paragraph, heading or list item), so lines become paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.html  # type: ignore[import-untyped]
import trafilatura
from lxml.etree import ParserError  # type: ignore[import-untyped]

from counterclaim.errors import EmptyDocumentError, IngestError

__all__ = ["HtmlArticle", "extract_article", "fragment_text", "looks_like_html"]

_SNIFF_CHARS = 4096
_DOCUMENT_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_COMMON_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|article|section|main|header|footer|nav|ul|ol|li|table|tr|td|img|meta|"
    r"script|style|strong|em|b|i|blockquote|figure|link|title)\b[^<>]*>",
    re.I,
)
_MIN_TAGS_FOR_FRAGMENT = 3
"""A fragment with no <html> needs three or more real tags to count as HTML: one stray "<b>" in a
text file must not send plain text through an HTML extractor that may drop it."""


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What trafilatura found on a page; every field but ``text`` may be None."""

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None


def looks_like_html(content: str) -> bool:
    """True when ``content`` is an HTML page or an HTML fragment rather than plain text."""
    head = content[:_SNIFF_CHARS]
    if _DOCUMENT_START.match(head):
        return True
    tags = _COMMON_TAG.findall(head)
    return len(tags) >= _MIN_TAGS_FOR_FRAGMENT and any(tag.startswith("</") for tag in tags)


def extract_article(html: str, *, url: str | None = None) -> HtmlArticle:
    """The article on an HTML page; raises EmptyDocumentError when the page has no article text."""
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
        )
    except Exception as error:  # trafilatura and lxml raise many types on malformed pages
        raise IngestError(f"HTML page could not be parsed: {type(error).__name__}: {error}") from error
    text = _text_of(result)
    if not text.strip():
        raise EmptyDocumentError("HTML page has no article text")
    return HtmlArticle(
        # One block element a line: make each its own paragraph before the shared cleaning.
        text=text.replace("\n", "\n\n"),
        title=_field(result, "title"),
        author=_field(result, "author"),
        published=_field(result, "date"),
        site=_field(result, "sitename"),
        url=_field(result, "url"),
    )


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "hr", "li", "ul", "ol", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure", "figcaption"}
)
_DROPPED_TAGS = ("script", "style", "noscript", "template")


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment that is already the article (a feed entry's content), with
    block elements as paragraphs. Not trafilatura: it looks for an article *inside* a page and
    rightly finds none in a two-paragraph summary."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    return str(root.text_content())


def _text_of(result: Any) -> str:
    text = getattr(result, "text", None) if result is not None else None
    return text if isinstance(text, str) else ""


def _field(result: Any, name: str) -> str | None:
    value = getattr(result, name, None)
    return value.strip() or None if isinstance(value, str) else None
