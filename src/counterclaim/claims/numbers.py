"""Numbers as reports write them: "36", "1,200", "twenty-five", "two hundred", "a dozen", "dozens".

Why a module of its own: counts need the value of a number *and* whether it is vague. A vague
word ("dozens", "hundreds", "scores") is an interval, so ``parse_number`` returns (low, high);
an exact number has low == high.

Vague words, each interval documented (the low end is the smallest reading, the high end the
largest before a bigger word would be used):

- "dozens", "several dozen": 24..99 (two dozen up to just under a hundred)
- "scores": 40..99 (two score up to just under a hundred)
- "tens": 20..99
- "hundreds", "several hundred": 200..999
- "thousands", "several thousand": 2,000..9,999
- "tens of thousands": 20,000..99,999;  "hundreds of thousands": 200,000..999,999
- "a dozen": 12;  "a score": 20;  "a hundred": 100;  "a thousand": 1,000 (exact)
- "half a million": 500,000, half of what follows "half" (exact)
"""

from __future__ import annotations

import re

from counterclaim.datafiles import mapping, packaged_text, table_rows

__all__ = ["VAGUE", "WORD_VALUES", "parse_number"]

_DATA = "counterclaim.claims"
UNITS = {word: int(value) for word, value in mapping(_DATA, "number_units").items()}
ARTICLES = {"a": 1, "an": 1}  # "a dozen", "a hundred": one of the multiplier that follows
TENS = {word: int(value) for word, value in mapping(_DATA, "number_tens").items()}
SCALES = {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
WORD_VALUES = {**UNITS, **ARTICLES, **TENS, **SCALES}

VAGUE: dict[str, tuple[int, int]] = {
    row[0].casefold(): (int(row[1]), int(row[2])) for row in table_rows(packaged_text(_DATA, "vague_numbers.tsv"))
}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DIGITS_SCALE = re.compile(r"^(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)$")


def _words_value(words: list[str]) -> int | None:
    """Value of number words: "two hundred and five" → 205; None when a word is not a number word."""
    total, current, seen = 0, 0, False
    for word in words:
        if word == "and" and seen:
            continue
        if word in ARTICLES:
            pass
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1_000:
                total += current
                current = 0
        elif _DIGITS.match(word):
            current += int(word.replace(",", ""))
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> tuple[int, int] | None:
    """(low, high) for a number as written; None when ``text`` is not a number.

    >>> parse_number("1,200")
    (1200, 1200)
    >>> parse_number("twenty-five")
    (25, 25)
    >>> parse_number("dozens")
    (24, 99)
    """
    cleaned = " ".join(text.lower().replace("-", " ").split())
    if cleaned in VAGUE:
        return VAGUE[cleaned]
    if _DIGITS.match(cleaned):
        value = int(cleaned.replace(",", ""))
        return value, value
    scaled = _DIGITS_SCALE.match(cleaned)
    if scaled:
        value = round(float(scaled.group(1)) * SCALES[scaled.group(2)])
        return value, value
    words = cleaned.split()
    if len(words) > 2 and words[0] == "half":  # "half a million": 500,000
        whole = _words_value(words[1:])
        return None if whole is None else (whole // 2, whole // 2)
    if words and words[0] in {"a", "an"} and len(words) == 1:
        return None
    total = _words_value(words)
    return None if total is None else (total, total)
