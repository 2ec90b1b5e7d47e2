"""Filters that understand names: one implementation for the CLI and for ``Store``.

Why not SQL ``LIKE``: a report writes "Daesh", the store keeps "Islamic State"; a gazetteer keeps
"Khān Shaykhūn", the analyst types "Khan Sheikhoun"; ``LIKE '%IS%'`` matches "crisis". A name query
is therefore expanded through the project's own reference data — every alias, acronym and demonym of
the actor it names (``counterclaim.actors``), every spelling and admin1/country of the place it names
(``claims/gazetteer.py``: its folding, transliteration skeletons and admin-unit keys, reused here) — and
compared with stored names as whole words, without case or accents. The store narrows rows with SQL
first (the distinct names of a column, then ``IN`` with bound values) and asks these matchers which
names qualify.

Dates are ISO days (``YYYY-MM-DD``), validated: "2016-13-01" and "yesterday" are errors, not empty
results. Event types are PLOVER's 16 (``lexicon/data/plover_event_types.txt``).

Imports of the lexicon and gazetteer happen on first use, so that ``counterclaim --help`` stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from functools import cache

from counterclaim.datafiles import SHARED, packaged_text, table_lines

__all__ = ["EVENT_TYPES", "NameQuery", "PlaceQuery", "event_type", "iso_day"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NON_WORD = re.compile(r"[^\w]+")


@cache
def event_types() -> tuple[str, ...]:
    """PLOVER's event types, in the manual's order."""
    return tuple(table_lines(packaged_text(SHARED, "plover_event_types.txt")))


EVENT_TYPES = event_types()


def event_type(text: str) -> str:
    """The PLOVER type ``text`` names, any case ("assault" → "ASSAULT"); ValueError listing the types otherwise."""
    upper = text.strip().upper()
    if upper not in EVENT_TYPES:
        raise ValueError(f"unknown event type {text!r}; PLOVER types: {', '.join(EVENT_TYPES)}")
    return upper


def iso_day(text: str) -> str:
    """``text`` as an ISO day ``YYYY-MM-DD``, checked to exist; ValueError with the reason otherwise."""
    value = text.strip()
    if not _ISO_DAY.fullmatch(value):
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD (e.g. 2016-04-04)")
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a valid date: {exc}") from exc


def fold_words(text: str) -> str:
    """Words without accents or case, punctuation as single spaces: "Khān Shaykhūn" → "khan shaykhun"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(_NON_WORD.sub(" ", plain.replace("_", " ")).split())


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(_NON_WORD.sub(" ", "".join(ch for ch in decomposed if not unicodedata.combining(ch))).split())


def _whole_words(variants: Iterable[str], *, flags: int = 0) -> re.Pattern[str] | None:
    kept = sorted({v for v in variants if v}, key=len, reverse=True)
    if not kept:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in kept) + r")(?!\w)", flags)


def _is_acronym(name: str) -> bool:
    """The lexicon's rule: a short all-capital alias ("IS", "US") is matched in its own case only."""
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters)


class NameQuery:
    """A person, group, state or organisation as a user names it, with every name the lexicon gives it.

    ``--actor Daesh`` is Islamic State under all its names ("IS", "ISIL", "Daesh", ...); a name the
    lexicon does not know ("kerry") is itself. A stored name matches when it is that actor, or when one
    of these names is among its words and it is no other actor the lexicon knows: "kerry" finds "John
    Kerry", "IS" never finds "crisis" or "this", "Islamic State" not "Islamic State West Africa
    Province". Acronyms are compared in capitals ("IS" finds "IS fighters", not "is"), as the lexicon
    matches them in text.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.canonical = _canonical_actor(text)
        names = _lexicon_names(self.canonical) if self.canonical else [text]
        self._folded = _whole_words(fold_words(n) for n in names if not _is_acronym(n))
        self._acronyms = _whole_words(_unaccented(n) for n in names if _is_acronym(n))

    def matches(self, name: str | None) -> bool:
        if not name:
            return False
        if self.canonical is not None:
            other = _canonical_actor(name, loosely=False)
            if other is not None:
                return other == self.canonical
        if self._folded is not None and self._folded.search(fold_words(name)):
            return True
        return self._acronyms is not None and bool(self._acronyms.search(_unaccented(name)))


def _canonical_actor(text: str, *, loosely: bool = True) -> str | None:
    """The lexicon actor a name is: as written, without accents, and (``loosely``, for what a user types)
    in capitals ("sdf" → Syrian Democratic Forces)."""
    from counterclaim.actors import lexicon

    actors = lexicon()
    stripped = text.strip()
    forms = (stripped, _unaccented(stripped), stripped.upper()) if loosely else (stripped, _unaccented(stripped))
    for form in forms:
        found = actors.canonical(form)
        if found:
            return found
    return None


def _lexicon_names(canonical: str) -> list[str]:
    from counterclaim.actors import lexicon

    return lexicon().names_of(canonical)


class PlaceQuery:
    """A place as a user names it: its spellings, the places the gazetteer knows by that name, its region.

    A stored location matches when its name is the place under any spelling (accents, transliteration
    skeleton: "Khan Sheikhoun" finds "Khān Shaykhūn"), contains the name as whole words ("Aleppo" finds
    "eastern Aleppo"), or when its admin1 or country is the place named ("Idlib" finds every claim in
    Idlib province, "Syria" every claim in Syria).
    """

    def __init__(self, text: str) -> None:
        from counterclaim.claims.gazetteer import MIN_SKELETON, gazetteer, skeleton
        from counterclaim.gazetteers.names import admin_keys

        self.text = text
        gaz = gazetteer()
        cities = gaz.city_candidates(text) + gaz.admin2_candidates(text)
        regions = gaz.admin1_candidates(text)
        names = [text, *(p.name for p in cities)]
        self._words = _whole_words(fold_words(n) for n in names)
        self._skeletons = {s for s in (skeleton(n, drop_y=True) for n in names) if len(s) >= MIN_SKELETON}
        self._region_keys = {k for n in [text, *(p.name for p in regions)] for k in admin_keys(n)}
        self._country = gaz.country_code(text)
        self._gaz = gaz

    def matches_name(self, name: str | None) -> bool:
        """A location's name is the place: a spelling of it, or it among its words ("eastern Aleppo")."""
        from counterclaim.claims.gazetteer import skeleton
        from counterclaim.gazetteers.names import admin_keys

        if not name:
            return False
        if self._words is not None and self._words.search(fold_words(name)):
            return True
        return skeleton(name, drop_y=True) in self._skeletons or bool(self._region_keys.intersection(admin_keys(name)))

    def matches_admin1(self, admin1: str | None) -> bool:
        from counterclaim.gazetteers.names import admin_keys

        return bool(admin1 and self._region_keys.intersection(admin_keys(admin1)))

    def matches_country(self, country: str | None) -> bool:
        return bool(country and self._country and self._gaz.country_code_of(country) == self._country)

    def matches(self, name: str | None, admin1: str | None = None, country: str | None = None) -> bool:
        """Whether a stored location (its name, admin1 and country names) is in the place asked for."""
        return self.matches_name(name) or self.matches_admin1(admin1) or self.matches_country(country)
