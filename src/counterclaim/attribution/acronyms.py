"""Acronyms a text defines: "the Syrian Observatory for Human Rights (SOHR)" makes a later "SOHR" that body.

Read by the speaker resolver (``resolver.py``); the rule is in ``docs/speakers.md``.
"""

from __future__ import annotations

import re

from counterclaim.datafiles import words

__all__ = ["acronyms_in"]

_HERE = "counterclaim.attribution"


def acronyms_in(text: str) -> dict[str, str]:
    """ "the Syrian Observatory for Human Rights (SOHR)" → {"SOHR": "Syrian Observatory for Human Rights"}.

    An acronym in brackets stands for the words before it whose initials spell it (small words such
    as "for", "of", "the" may be skipped, an Arabic particle's word counts by its own letter:
    "Hayat Tahrir al-Sham (HTS)").
    """
    found: dict[str, str] = {}
    for match in _BRACKETED_ACRONYM.finditer(text):
        acronym = match.group(1)
        words_before = _words_running_to(text, match.start())
        if len(words_before) < 2:
            continue
        for size in range(len(acronym), min(len(words_before), 2 * len(acronym) + 2) + 1):
            candidate = words_before[-size:]
            if candidate[0][:1].isupper() and _spells(candidate, acronym.rstrip("s")):
                found.setdefault(acronym, " ".join(candidate))
                break
    return found


# " (SOHR)": the acronym and the one space before its bracket; the words it may stand for are read backwards
# from there (a pattern that tried every start position for the words was a fifth of the stage's time).
_BRACKETED_ACRONYM = re.compile(r"(?<=[\w'’.-]) \(([A-Z][A-Z0-9]{1,7}s?)\)")
_WORD_CHAR = re.compile(r"[\w'’.-]")
# The most words before the bracket an expansion may take.
_EXPANSION_WORDS = 13


def _words_running_to(text: str, end: int) -> list[str]:
    """The words (letters, digits, ' ’ . -) joined by single spaces that end at ``end``, at most
    ``_EXPANSION_WORDS`` of them: a comma, a bracket, a line break or a double space ends the run."""
    found: list[str] = []
    while len(found) < _EXPANSION_WORDS:
        start = end
        while start > 0 and _WORD_CHAR.match(text, start - 1):
            start -= 1
        found.append(text[start:end])
        if start < 2 or text[start - 1] != " " or not _WORD_CHAR.match(text, start - 2):
            break
        end = start - 1
    return found[::-1]


def _spells(words_: list[str], acronym: str) -> bool:
    """Whether the capitalised words' initials spell ``acronym`` (small lowercase words may be skipped)."""
    letters = "".join(_initial(w) for w in words_ if _initial(w))
    return letters.casefold() == acronym.casefold()


def _initial(word: str) -> str:
    """ "Observatory" → "O", "al-Sham" → "S", "for" → "" (a small word adds no letter)."""
    if "-" in word and word.split("-", 1)[0].casefold() in words(_HERE, "name_particles"):
        word = word.split("-", 1)[1]
    return word[:1] if word[:1].isupper() else ""
