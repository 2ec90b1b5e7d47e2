"""Stage 1: ingest — raw article text → the cleaned text that every later offset points into.

1. characters: Unicode NFC, one kind of line break, NBSP and the other Unicode spaces → " ",
   invisible characters (zero-width space, soft hyphen, BOM) and control characters dropped;
2. paragraphs: blank lines separate paragraphs; a block of hard-wrapped lines is joined into one
   paragraph, any other multi-line block gives one paragraph per line (scraped text often puts
   each paragraph on its own line); spaces inside a line collapse to one;
3. furniture: standalone lines that match the rules in ``data/furniture.tsv`` go (see there);
4. quotes: every double-quote style → ``"``, every single-quote/apostrophe style → ``'``, so quote
   detection later needs to know two characters, not twenty. Dashes are kept: they carry meaning.

The result has paragraphs separated by exactly one blank line and no other line breaks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from counterclaim.ingest.quotes import undouble_quotes

__all__ = ["FurnitureRule", "clean_text", "furniture_rules", "normalise_quotes", "split_paragraphs"]

Scope = Literal["edge", "end", "any", "tail", "inline", "caption", "span"]
_SCOPES = ("edge", "end", "any", "tail", "inline", "caption", "span")

_DOUBLE_QUOTES = "“”„‟«»″‶〝〞〟＂❝❞❠⹂"
_SINGLE_QUOTES = "‘’‚‛′‵‹›＇❛❜❟"
_QUOTE_TABLE = str.maketrans({**dict.fromkeys(_DOUBLE_QUOTES, '"'), **dict.fromkeys(_SINGLE_QUOTES, "'")})

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff\u180e"), None)
"""Soft hyphen, zero-width space, word joiner, BOM, Mongolian vowel separator: no visible text.

Zero-width (non-)joiners are kept: they change how some scripts and emoji render.
"""

_SPACES = re.compile(r"[^\S\n]+")
"""Runs of any whitespace but a newline (tab, NBSP, thin space, ideographic space…)."""

_BLANK_LINE = re.compile(r"\n\s*\n")
_SENTENCE_END = (".", "!", "?", '"', "'", ":", "”", "’", ")")

MAX_FURNITURE_CHARS = 250
"""Furniture is short: a longer paragraph is prose, whatever words it contains."""

_WRAP_MIN_WIDTH = 30
_WRAP_MAX_WIDTH = 100
_WRAP_MIN_FILL = 0.6
"""A hard-wrapped block has lines between 30 and 100 characters (wire text wraps at 60–80) and
every line but the last fills at least 60% of the longest one; shorter or ragged lines are
separate paragraphs or list items, so they stay apart."""

_SHORT_LINE = 100
"""Lines up to 100 characters after a tail marker may be link titles; a longer one may be prose."""


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """One line of ``data/furniture.tsv``: where it applies, and the whole-line pattern."""

    scope: Scope
    pattern: re.Pattern[str]

    def matches(self, paragraph: str) -> bool:
        return len(paragraph) <= MAX_FURNITURE_CHARS and self.pattern.fullmatch(paragraph) is not None

    def inside(self, paragraph: str) -> list[re.Match[str]]:
        """Where an ``inline`` or ``caption`` marker stands inside a paragraph (scraped text lost its lines)."""
        return list(self.pattern.finditer(paragraph))


@cache
def furniture_rules() -> tuple[FurnitureRule, ...]:
    """The rules from ``data/furniture.tsv``, compiled once."""
    source = resources.files("counterclaim.ingest").joinpath("data/furniture.tsv").read_text(encoding="utf-8")
    rules = []
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        scope, _, pattern = line.partition("\t")
        if scope not in _SCOPES or not pattern:
            raise ValueError(f"furniture.tsv line {number}: expected '{'|'.join(_SCOPES)}<TAB>pattern', got {line!r}")
        rules.append(FurnitureRule(scope, re.compile(pattern.strip(), re.IGNORECASE)))  # type: ignore[arg-type]
    return tuple(rules)


def clean_text(text: str) -> str:
    """The cleaned form of an article's text (see the module docstring); "" when nothing is left."""
    paragraphs = split_paragraphs(normalise_characters(text))
    paragraphs = remove_furniture(paragraphs)
    return undouble_quotes(normalise_quotes("\n\n".join(paragraphs)))  # ingest/quotes.py: CSV-escaped ""marks""


def normalise_characters(text: str) -> str:
    """NFC, ``\\n`` line breaks, no invisible or control characters (tabs become spaces)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_INVISIBLE)
    return "".join(char for char in text if char in "\n\t" or unicodedata.category(char) != "Cc")


def normalise_quotes(text: str) -> str:
    """Every double-quote style → ``"``, every single quote or apostrophe style → ``'``."""
    return text.translate(_QUOTE_TABLE)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of ``text``, each on one line with single spaces (see the module docstring)."""
    paragraphs: list[str] = []
    for block in _BLANK_LINE.split(text):
        lines = [line for line in (_SPACES.sub(" ", raw).strip() for raw in block.split("\n")) if line]
        if not lines:
            continue
        if _looks_hard_wrapped(lines):
            paragraphs.append(_join_wrapped(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _looks_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return True
    widest = max(len(line) for line in lines)
    body = lines[:-1]
    return (
        _WRAP_MIN_WIDTH <= widest <= _WRAP_MAX_WIDTH
        and all(len(line) >= _WRAP_MIN_FILL * widest for line in body)
        and not all(line.endswith(_SENTENCE_END) for line in body)
    )


def _join_wrapped(lines: list[str]) -> str:
    joined = lines[0]
    for line in lines[1:]:
        # "military-to-" + "military" was one word before it was wrapped; "—" alone is a dash.
        glue = "" if re.search(r"\w-$", joined) else " "
        joined += glue + line
    return joined


def remove_furniture(paragraphs: list[str]) -> list[str]:
    """Drop furniture paragraphs: ``tail`` rules and what follows them at the end, ``any``
    rules everywhere, then ``edge`` rules (and ``any``/``tail``) in the runs at the start and the
    end, and ``end`` rules in the run at the end only."""
    rules = furniture_rules()
    paragraphs = [p for p in (_drop_spans(_drop_captions(p, rules), rules) for p in paragraphs) if p]
    paragraphs = _cut_inline_tail(paragraphs, rules)
    # Tail markers first: an "any" rule also matches a bare "Related posts:" heading, and the list
    # of links below it would be left behind without its marker.
    kept = _cut_tail(paragraphs, rules)
    kept = [p for p in kept if not _matches(p, rules, "any")]
    opening_rules = tuple(rule for rule in rules if rule.scope != "end")
    start, end = 0, len(kept)
    while start < end and _matches(kept[start], opening_rules):
        start += 1
    while end > start and _matches(kept[end - 1], rules):
        end -= 1
    return kept[start:end]


_CAPTION_START = re.compile(r"[.!?][\"')\]]*\s+(?=\S)")


def _drop_captions(paragraph: str, rules: tuple[FurnitureRule, ...]) -> str:
    """Drop each photo caption: the sentence that a credit such as "(AFP photo)" closes, with the credit. Scraped
    pages keep the caption inline, often before the dateline ("A man walks past ... (Reuters Photo) BEIRUT ...")."""
    for rule in rules:
        if rule.scope != "caption":
            continue
        for match in reversed(rule.inside(paragraph)):
            before = paragraph[: match.start()].rstrip()
            body = before[:-1] if before.endswith((".", "!", "?")) else before  # the caption's own full stop
            ends = list(_CAPTION_START.finditer(body))
            start = ends[-1].end() if ends else 0
            paragraph = (paragraph[:start] + paragraph[match.end() :].lstrip()).strip()
    return paragraph


def _drop_spans(paragraph: str, rules: tuple[FurnitureRule, ...]) -> str:
    """Drop each ``span`` match inside a paragraph: furniture whose own extent the pattern knows (a share widget's
    "Get short URL" and its counters, an inline tag list that ends where the report's first sentence opens), left
    between the dateline and the first sentence when the scraper lost the line breaks."""
    for rule in rules:
        if rule.scope == "span":
            paragraph = rule.pattern.sub(" ", paragraph)
    return _SPACES.sub(" ", paragraph).strip()


def _cut_inline_tail(paragraphs: list[str], rules: tuple[FurnitureRule, ...]) -> list[str]:
    """Cut at the first ``inline`` marker ("Related News", "Never miss a story") that has at least as much text
    before it as after it: from there to the end is the page's related links and sign-up lines, run into the
    article's last paragraph when the scraper lost the line breaks."""
    total = sum(map(len, paragraphs))
    done = 0
    for index, paragraph in enumerate(paragraphs):
        starts = [m.start() for rule in rules if rule.scope == "inline" for m in rule.inside(paragraph)]
        cuts = [start for start in starts if done + start >= total - (done + start)]
        if cuts:
            head = paragraph[: min(cuts)].rstrip()
            return paragraphs[:index] + ([head] if head else [])
        done += len(paragraph)
    return paragraphs


def _cut_tail(paragraphs: list[str], rules: tuple[FurnitureRule, ...]) -> list[str]:
    for index in range(1, len(paragraphs)):
        if _matches(paragraphs[index], rules, "tail") and _ends_article(paragraphs, index):
            return paragraphs[:index]
    return paragraphs


def _ends_article(paragraphs: list[str], index: int) -> bool:
    """A tail marker ends the article when more article than tail precedes it, or when all that
    follows is short lines (link titles, form labels), which a report's own paragraphs rarely are."""
    before = sum(map(len, paragraphs[:index]))
    after = paragraphs[index + 1 :]
    return before >= sum(map(len, after)) or all(len(p) <= _SHORT_LINE for p in after)


def _matches(paragraph: str, rules: tuple[FurnitureRule, ...], scope: Scope | None = None) -> bool:
    return any(rule.matches(paragraph) for rule in rules if scope is None or rule.scope == scope)
