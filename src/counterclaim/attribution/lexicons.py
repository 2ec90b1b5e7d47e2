"""Stage 3: data — the word lists attribution reads (cue verbs, ranks, titles, group and organisation nouns).

Why plain text files: a monitor extends them without touching code, and every rule that
names a word names it here, never in the rule. Files live in ``attribution/data/``; one entry
a line, ``#`` starts a comment.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["phrases", "words"]

_DATA = resources.files("counterclaim.attribution") / "data"


def _lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``, case-folded, for membership tests on single words."""
    return frozenset(line.casefold() for line in _lines(f"{name}.txt"))


@cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of ``data/<name>.txt`` as case-folded word tuples, longest first (longest match wins)."""
    split = {tuple(line.casefold().split()) for line in _lines(f"{name}.txt")}
    return tuple(sorted(split, key=len, reverse=True))
