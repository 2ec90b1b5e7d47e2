"""Stage 1: ingest — the first line of a plain-text report as its title, when it reads as a headline.

Why: a scraped or saved article often begins with its headline, and headlines carry claims
("Suicide bomber kills 16 in Hasakah"). Taken out of the text, the headline is the document's title
(extracted from like any title, its claims flagged ``in_headline``) and no longer runs into the
first sentence. A first line is a headline when it is short (3 to 20 words), stands alone (a
blank line or the end of a line after it, more text below), does not end as a sentence does
(a period, comma, colon or semicolon), and is cased as a title is (it starts with a capital, and
is not a byline or a dateline such as "By ..." or "BEIRUT (Reuters) -").
"""

from __future__ import annotations

import re

__all__ = ["split_headline"]

_MIN_WORDS, _MAX_WORDS, _MAX_CHARS = 3, 20, 160
_SENTENCE_END = (".", ",", ":", ";", "-", "–", "—")
_NOT_HEADLINE = re.compile(r"^(?:by|from|posted|updated|published|photo|image|video)\b|\(\w[^)]*\)\s*[-–—]", re.I)


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline, the rest of the text) when the first non-blank line is a headline, else (None, text)."""
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    line = first.strip()
    if not newline or not rest.strip() or not _reads_as_headline(line):
        return None, text
    return line, rest


def _reads_as_headline(line: str) -> bool:
    words = line.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or len(line) > _MAX_CHARS:
        return False
    if line.endswith(_SENTENCE_END) or _NOT_HEADLINE.search(line):
        return False
    first_letter = next((c for c in line if c.isalpha()), "")
    return first_letter.isupper() and not line.startswith(('"', "“", "'", "‘"))
