"""Reading the lexicons and tables that ship as data files beside the code: the one registry of word lists.

Why one reader: every stage keeps its rules as data ("a rule for 'says' is fine"), in one
format — one entry a line, tab-separated cells, ``#`` at the start of a line is a comment and
``  # note`` after an entry says why the entry is there; blank lines are ignored — so users can
read and extend them. This module is that format's only parser, and the only way a rule module
gets a word list: a rule names a class of words (``words("counterclaim.claims", "toll_nouns")``),
never the words themselves.

Where lists live: a list used by one stage sits in that stage's ``data/`` folder; a linguistic
class used by several stages (verbs of saying, report nouns, honorifics, months, intent nouns)
sits once in ``counterclaim/lexicon/data/`` (package ``counterclaim.lexicon``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["SHARED", "mapping", "packaged_text", "phrases", "table_lines", "table_rows", "words"]

SHARED = "counterclaim.lexicon"
"""The package whose ``data/`` holds the word classes that several stages share."""

_NOTE = "  #"


def packaged_text(package: str, name: str) -> str:
    """The text of ``<package>/data/<name>``, read through importlib.resources (works from wheels and zips)."""
    return (resources.files(package) / "data" / name).read_text(encoding="utf-8")


def _without_note(line: str) -> str:
    """The entry of a line, less a trailing ``  # why`` note (two spaces before the ``#`` keep '#' usable in data)."""
    at = line.find(_NOTE)
    return line[:at] if at >= 0 else line


def table_lines(text: str) -> list[str]:
    """The entries of a data file: stripped lines that are neither blank nor comments, notes removed."""
    lines = (_without_note(line).strip() for line in text.splitlines() if not line.lstrip().startswith("#"))
    return [line for line in lines if line]


def table_rows(text: str) -> list[list[str]]:
    """The entries of a tab-separated data file, each split into stripped cells."""
    return [[cell.strip() for cell in line.split("\t")] for line in table_lines(text)]


def _file(name: str) -> str:
    return name if "." in name else f"{name}.txt"


@cache
def words(package: str, name: str) -> frozenset[str]:
    """The entries of ``<package>/data/<name>.txt``, case-folded, for membership tests on words or lemmas."""
    return frozenset(line.casefold() for line in table_lines(packaged_text(package, _file(name))))


@cache
def phrases(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of ``<package>/data/<name>.txt`` as case-folded word tuples, longest first (longest match wins)."""
    split = {tuple(line.casefold().split()) for line in table_lines(packaged_text(package, _file(name)))}
    return tuple(sorted(split, key=lambda p: (-len(p), p)))


@cache
def mapping(package: str, name: str) -> dict[str, str]:
    """A two-column table ``<package>/data/<name>.tsv`` as a dict from the case-folded first cell to the second."""
    file = name if "." in name else f"{name}.tsv"
    return {row[0].casefold(): row[1] for row in table_rows(packaged_text(package, file)) if len(row) >= 2}
