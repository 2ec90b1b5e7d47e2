"""The offline gazetteer: GeoNames places, admin1 regions and countries, looked up by name.

Why shipped tables and not a geocoding service: the project runs offline and must give the same
answer every time. The tables in ``claims/data/places_*`` are derived from GeoNames (CC BY 4.0)
by ``tools/build_gazetteer.py`` (not installed): every place of 500+ inhabitants with its Latin-script alternate
names, the admin1 regions (provinces, states) with their names and the spellings reports use
("Rif Dimashq", "Rural Damascus", ISO 3166-2's "Dayr az Zawr"), the countries with the
canonical names the actor lexicon uses ("Syria", "United States"), and the districts (admin2).
Places carry a ``feature`` code where one is known (capitals and admin seats) and an
``importance`` that does not hang on GeoNames' population alone. A user's own gazetteers
(``counterclaim.gazetteers``) are consulted beside these tables, first.

Loading takes about a second and happens once per process, on the first lookup. The loose
index (``skeleton`` keys, for transliteration variants) is shipped prebuilt in
``places_loose_index.tsv.gz``: building it takes seconds, reading it a fraction of one, and it
is read on the first loose lookup only. A test checks it equals what the tool builds from the
shipped tables, so a table rebuilt without the index fails.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Protocol

from counterclaim.datafiles import table_rows

# the runtime API; the build tool also uses read_gazetteer, skeletons, MIN_SKELETON and LOOSE_INDEX_FILE
__all__ = ["Gazetteer", "LooseIndex", "Place", "fold", "gazetteer", "skeleton"]

_DATA = resources.files("counterclaim.claims") / "data"
LOOSE_INDEX_FILE = "places_loose_index.tsv.gz"
_PUNCT = re.compile(r"[\-‐‑–—'’‘`ʼ.,()]+")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the ")
# Arabic articles as transliterations write them: "As Sawiyah" is also written "Sawiyah"
_ARABIC_ARTICLE = re.compile(r"\n(?:al|el|as|an|ad|ar|at|az|ash|ath|ed|en|es|et|ez|ech|ej|er) ")
_REPEATS = re.compile(r"(.)\1+")
# An article glued to the name ("Aljfara", "Elbouni"): "al"/"el" before a consonant, the rest a name of its own
_GLUED_ARTICLE = re.compile(r"^(?:al|el)(?=[^aeiou\s]\w{3})")
_NO_VOWELS = str.maketrans("", "", "aeiou ")
_NO_VOWELS_Y = str.maketrans("", "", "aeiouy ")
# A user gazetteer stores loose keys beside the folded names, marked so no folded name can equal one
LOOSE_PREFIX = "~"
MIN_SKELETON = 4  # shorter skeletons ("bs" for "Bosaso") meet too many names to mean anything


def skeletons(keys: list[str], *, drop_y: bool = False) -> list[str]:
    """``skeleton`` of many folded keys at once (one pass over a joined string: ~1 s for 600,000)."""
    blob = _ARABIC_ARTICLE.sub("\n", "\n" + "\n".join(keys))
    for vowel in "aeiouy" if drop_y else "aeiou":  # a first vowel stays: "Ain Oussara" is not "Nassir"
        blob = blob.replace("\n" + vowel, "\n" + vowel.upper())
    blob = _REPEATS.sub(r"\1", blob.translate(_NO_VOWELS_Y if drop_y else _NO_VOWELS))
    return blob[1:].split("\n")


def skeleton(name: str, *, drop_y: bool = False) -> str:
    """A loose key for transliteration variants: the folded name without a leading Arabic article,
    spaces, inner vowels or doubled letters (and with ``drop_y``, without "y" either).

    "Qalqiliyah" and "Qalqilyah", "Naushehro Feroze" and "Naushahro Firoz", "Mirpurkhas" and
    "Mirpur Khas", "Janzour" and "Janzur", "Sawiyah" and "As Sawiyah" share a skeleton; with
    ``drop_y``, "Nabatiyeh" and "Nabatieh", "Sangareddy" and "Sangareddi" do too.
    """
    return skeletons([fold(name)], drop_y=drop_y)[0]


def article_readings(name: str) -> list[str]:
    """``name`` folded, and with a glued Arabic article set apart ("Aljfara" is also "al jfara"), so that the
    skeleton drops the article as it drops a written-apart one."""
    folded = fold(name)
    glued = _GLUED_ARTICLE.match(folded)
    return [folded] if glued is None else [folded, f"{folded[:2]} {folded[2:]}"]


def _ta_marbuta_variants(folded: str) -> list[str]:
    """The final ta marbuta written and not: "jafara" / "jafarah"."""
    if folded.endswith("h"):
        return [folded, folded[:-1]]
    return [folded, folded + "h"] if folded.endswith(("a", "e")) else [folded]


def fold(name: str) -> str:
    """The lookup key of a name: no accents, no case, hyphens and apostrophes as spaces, no "the".

    "Bir Al-Abd" and "Bir al Abd" share a key, as do "Côte d'Ivoire" and "Cote d’Ivoire".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = _SPACES.sub(" ", _PUNCT.sub(" ", plain)).strip()
    return _LEADING_ARTICLE.sub("", plain)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``kind`` is "city", "admin2" (a district), "admin1" or "country"."""

    name: str
    kind: str
    cc: str
    admin1_code: str | None
    lat: float
    lon: float
    population: int
    geonameid: int | None
    exact: bool  # the name looked up is the entry's main name, not an alternate
    # The GeoNames feature code where known: "PPLC" a capital, "PPLA" an admin1 seat, "PPLA2" a
    # district seat (the shipped table derives these: cities500 carries no codes); a user
    # gazetteer's own code ("PPL", "WAD", "CMPRF"...); "" when unknown.
    feature: str = ""
    source: str = ""  # "" for the shipped tables; the name of the user gazetteer the entry comes from

    @property
    def importance(self) -> int:
        """The population, raised to a floor for administrative seats (``places_seat_importance.tsv``).

        Why: many Syrian and Yemeni governorate and district seats carry population 0 in
        GeoNames, so ranking by population alone lets any foreign namesake win. A geocoder
        should rank by this wherever it ranks by ``population``.
        """
        return max(self.population, seat_importance().get(self.feature, 0))


@cache
def seat_importance() -> dict[str, int]:
    """Feature code → the population an entry of that kind counts as at least."""
    text = (_DATA / "places_seat_importance.tsv").read_text(encoding="utf-8")
    return {row[0]: int(row[1]) for row in table_rows(text) if len(row) >= 2}


class PlaceSource(Protocol):
    """Extra places consulted beside the shipped tables (``counterclaim.gazetteers``: the user's own)."""

    def candidates(self, key: str, kinds: frozenset[str]) -> list[Place]:
        """Entries of one of ``kinds`` under the folded lookup ``key``."""
        ...


class LooseIndex:
    """Loose skeleton → line numbers of the cities table, read from the shipped, prebuilt file.

    The file holds one ``skeleton<TAB>line,line`` row per key, sorted; a lookup bisects the rows
    (a tab sorts before any letter, so row order is key order). Reading is one split of the
    text, with no dictionary of 300,000 keys to build.
    """

    def __init__(self, text: str) -> None:
        rows = text.split("\n")
        start = 1 if rows and rows[0].startswith("#") else 0  # the header; a key may start with anything
        self._rows = rows[start:-1] if rows and not rows[-1] else rows[start:]

    def get(self, key: str) -> tuple[int, ...]:
        probe = key + "\t"
        at = bisect_left(self._rows, probe)
        if at < len(self._rows) and self._rows[at].startswith(probe):
            return tuple(int(line) for line in self._rows[at][len(probe) :].split(","))
        return ()

    def __len__(self) -> int:
        return len(self._rows)


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


_CITY = frozenset({"city"})
_ADMIN1 = frozenset({"admin1"})
_ADMIN2 = frozenset({"admin2"})


class Gazetteer:
    """Name → candidate places; country and admin1 names by code.

    ``extra`` (by default the user's installed gazetteers) is consulted on every lookup, and its
    places come first: they are the more specific source, and a caller that keeps the first of
    equal scores lets them win ties.
    """

    extra: PlaceSource | None = None

    def __init__(
        self,
        cities: str,
        admin1: str,
        countries: str,
        country_aliases: str,
        admin2: str = "",
        loose: str = "",
        admin1_spellings: str = "",
    ) -> None:
        self.country_names: dict[str, str] = {}
        self._countries: dict[str, list[str]] = {}
        self._country_keys: dict[str, str] = {}
        self._country_exact: dict[str, str] = {}
        for row in _rows(countries):
            cc, name = row[0], row[1]
            self.country_names[cc] = name
            self._countries[cc] = row
            self._country_keys[fold(name)] = cc
        for row in _rows(country_aliases):
            alias, cc = row[0], row[1]
            if alias.replace(".", "").isupper() and len(alias) <= 5:
                self._country_exact[alias] = cc  # "US", "CAR": never the words "us", "car"
            else:
                self._country_keys[fold(alias)] = cc
        self.admin1_names: dict[tuple[str, str], str] = {}
        self._admin1: dict[tuple[str, str], list[str]] = {}
        self._admin1_keys: dict[str, list[tuple[str, str]]] = {}
        for row in _rows(admin1):
            code = (row[0], row[1])
            self.admin1_names[code] = row[2]
            self._admin1[code] = row
            keys = [fold(row[2]), *(row[5].split("|") if len(row) > 5 and row[5] else [])]
            for key in dict.fromkeys(keys):  # the name and its spellings ("rural damascus", "rif dimashq")
                self._admin1_keys.setdefault(key, []).append(code)
        self._add_admin1_spellings(admin1_spellings)
        self._compass: dict[tuple[str, str], list[tuple[str, str]]] | None = None
        self._admin1_loose: dict[str, list[tuple[str, str]]] | None = None
        admin1_by_name = {(code[0], name): code[1] for code, name in self.admin1_names.items()}
        self._admin2_keys: dict[str, list[Place]] = {}
        for row in _rows(admin2):
            cc, admin1_name, name = row[0], row[1], row[2]
            place = Place(name, "admin2", cc, admin1_by_name.get((cc, admin1_name)), float(row[3]), float(row[4]),
                          0, None, True)  # fmt: skip
            keys = [fold(name), *(row[5].split("|") if len(row) > 5 and row[5] else [])]
            for key in dict.fromkeys(keys):  # the name and its spellings ("al mukalla city", "mukalla")
                self._admin2_keys.setdefault(key, []).append(place)
        # Lines stay unsplit until looked up, and a key holds one line number or a tuple of
        # them: this keeps the load under a second and ~100 MB for 235,000 places.
        self._loose_text = loose
        self._loose: LooseIndex | None = None
        self._cities = cities.split("\n")
        self._city_keys: dict[str, int | tuple[int, ...]] = {}
        for index, line in enumerate(self._cities):
            if not line or line.startswith("#"):
                continue
            for key in line.split("\t", 3)[2].split("|"):
                found = self._city_keys.get(key)
                if found is None:
                    self._city_keys[key] = index
                elif isinstance(found, int):
                    self._city_keys[key] = (found, index)
                else:
                    self._city_keys[key] = (*found, index)

    def _add_admin1_spellings(self, text: str) -> None:
        """Spellings of admin1 units from ``places_admin1_spellings.tsv`` ("Ninewa", "Thi-Qar"); "-key" removes one."""
        for row in table_rows(text):
            code, spelling = (row[0], row[1]), row[2]
            if code not in self.admin1_names:
                continue
            key = fold(spelling.removeprefix("-"))
            codes = self._admin1_keys.setdefault(key, [])
            if spelling.startswith("-"):
                codes[:] = [c for c in codes if c != code]
            elif code not in codes:
                codes.append(code)

    def country_code(self, name: str) -> str | None:
        """The ISO code of a country name or alias ("Syrian Arab Republic" → "SY"), or None."""
        stripped = name.strip()
        if stripped.startswith("the "):
            stripped = stripped[4:]
        return self._country_exact.get(stripped) or self._country_keys.get(fold(stripped))

    def country_code_of(self, country_name: str | None) -> str | None:
        """The code of a canonical country name as the actor lexicon writes it."""
        return None if country_name is None else self._country_keys.get(fold(country_name))

    def country(self, cc: str) -> Place | None:
        row = self._countries.get(cc)
        if row is None:
            return None
        return Place(row[1], "country", cc, None, float(row[2]), float(row[3]), 0, int(row[4]), True)

    def admin1(self, code: tuple[str, str]) -> Place | None:
        row = self._admin1.get(code)
        if row is None:
            return None
        return Place(row[2], "admin1", row[0], row[1], float(row[3]), float(row[4]), 0, None, True)

    def admin1_candidates(self, name: str) -> list[Place]:
        """Provinces/states called ``name`` or one of its spellings (any country)."""
        key = fold(name)
        codes = self._admin1_keys.get(key, [])
        compass = _compass_key(key) if not codes else None
        if compass is not None:  # "North Sinai" is "Shamal Sina'", "South Darfur" is "Southern Darfur"
            codes = self._compass_index().get(compass, [])
        places = [p for p in (self.admin1(code) for code in codes) if p is not None]
        # A province called by its own name first: callers keep the first of equal scores, and "Lagos
        # State" is Nigeria's Lagos before Chile's Los Lagos, which the key reaches without its article.
        places.sort(key=lambda p: fold(p.name) != key)
        return self._extra(key, _ADMIN1) + places

    def loose_admin1_candidates(self, name: str) -> list[Place]:
        """Provinces whose name shares a skeleton with a reading of ``name`` (``article_readings``), the final
        ta marbuta written or not: "Aljfara" / "Al Jafarah", "Al Jabl al Gharbi" / "Al Jabal al Gharbi".
        Any country: the caller keeps those in play and written alike."""
        if self._admin1_loose is None:
            self._admin1_loose = {}
            keys = list(self._admin1_keys)
            for key, loose in zip(keys, skeletons(keys), strict=True):
                found = self._admin1_loose.setdefault(loose, [])
                found.extend(c for c in self._admin1_keys[key] if c not in found)
        wanted = {skeleton(v) for reading in article_readings(name) for v in _ta_marbuta_variants(reading)}
        codes = dict.fromkeys(c for k in wanted if len(k) >= MIN_SKELETON for c in self._admin1_loose.get(k, []))
        return [p for p in (self.admin1(code) for code in codes) if p is not None]

    def _compass_index(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """Provinces whose name opens with a compass word, by (direction, skeleton of the rest); built on first use."""
        if self._compass is None:
            self._compass = {}
            for key, codes in self._admin1_keys.items():
                compass = _compass_key(key)
                if compass is not None:
                    found = self._compass.setdefault(compass, [])
                    found.extend(c for c in codes if c not in found)
        return self._compass

    def admin2_candidates(self, name: str) -> list[Place]:
        """Districts called ``name`` (any country), at the centre of their towns."""
        key = fold(name)
        return self._extra(key, _ADMIN2) + list(self._admin2_keys.get(key, []))

    def _extra(self, key: str, kinds: frozenset[str]) -> list[Place]:
        return [] if self.extra is None or not key else self.extra.candidates(key, kinds)

    def loose_city_candidates(self, name: str) -> list[Place]:
        """Populated places whose name has the same ``skeleton`` as ``name`` (never ``exact``).

        For spellings the table lacks ("Qalqiliyah"); callers should trust a match only inside
        a country in play. Places that keep the "y" ("Qalqilyah" for "Qalqiliyah") come first
        and alone; others only when none does ("Nabatieh" for "Nabatiyeh"). The skeleton index
        is read on the first call. A user gazetteer's towns (indexed with loose keys) come first.
        """
        strict = skeleton(name)
        if len(strict) < MIN_SKELETON:
            return []
        loose = skeleton(name, drop_y=True)
        user = [replace(p, exact=False) for p in self._extra(LOOSE_PREFIX + loose, _CITY)] if loose else []
        lines = list(dict.fromkeys(self._loose_index().get(loose)))
        kept = [i for i in lines if strict in skeletons(self._cities[i].split("\t", 3)[2].split("|"))]
        return user + [self._city(i, "") for i in kept or lines]

    def loose_city_names(self, name: str) -> dict[int, list[str]]:
        """GeoNames id → the folded names (main or alternate) of each shipped town whose skeleton is ``name``'s:
        the spellings that made a loose match, so a caller can judge how alike the written one is."""
        loose = skeleton(name, drop_y=True)
        if len(skeleton(name)) < MIN_SKELETON or not loose:
            return {}
        found: dict[int, list[str]] = {}
        for i in dict.fromkeys(self._loose_index().get(loose)):
            row = self._cities[i].split("\t", 3)
            found[int(row[0])] = [k for k in row[2].split("|") if skeleton(k, drop_y=True) == loose]
        return found

    def _loose_index(self) -> LooseIndex:
        if self._loose is None:
            self._loose, self._loose_text = LooseIndex(self._loose_text), ""
        return self._loose

    def city_key_lines(self) -> Iterator[tuple[str, tuple[int, ...]]]:
        """Every folded lookup key with the lines of the places it names (the loose index's input)."""
        for key, found in self._city_keys.items():
            yield key, (found,) if isinstance(found, int) else found

    def _city(self, index: int, key: str) -> Place:
        row = self._cities[index].split("\t")
        return Place(
            name=row[1],
            kind="city",
            cc=row[3],
            admin1_code=row[4],
            lat=float(row[5]),
            lon=float(row[6]),
            population=int(row[7]),
            geonameid=int(row[0]),
            exact=fold(row[1]) == key,
            feature=row[8] if len(row) > 8 else "",
        )

    def city_candidates(self, name: str) -> list[Place]:
        """Populated places called ``name`` by their main or an alternate name (any country);
        a user gazetteer's places first."""
        key = fold(name)
        found = self._city_keys.get(key, ())
        shipped = [self._city(index, key) for index in ((found,) if isinstance(found, int) else found)]
        return self._extra(key, _CITY) + shipped


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first use, with the user's own gazetteers beside it
    (``counterclaim gazetteer add``; read afresh whenever their folder changes)."""
    from counterclaim.gazetteers import UserGazetteers  # the user store builds on this module

    shared = read_gazetteer()
    shared.extra = UserGazetteers()
    return shared


@cache
def _compass_words() -> dict[str, str]:
    """Compass words that open province names, by direction (``compass_words.tsv``: "shamal" → "north")."""
    return {row[0]: row[1] for row in table_rows(_optional_text(_DATA / "compass_words.tsv"))}


def _compass_key(key: str) -> tuple[str, str] | None:
    """(direction, skeleton of the rest) of a folded name that opens with a compass word, else None.

    The skeleton lets the rest differ as transliterations do ("Sina'" / "Sinai", "Kurdufan" / "Kordofan").
    """
    first, _, rest = key.partition(" ")
    direction = _compass_words().get(first)
    if direction is None or not rest:
        return None
    return direction, skeleton(rest)


def read_gazetteer(data: Traversable = _DATA, *, with_loose_index: bool = True) -> Gazetteer:
    """A gazetteer from the tables in ``data`` (the build tool reads freshly built ones, without an index)."""
    return Gazetteer(
        cities=_read_gzip(data / "places_gazetteer.tsv.gz"),
        admin1=(data / "places_admin1.tsv").read_text(encoding="utf-8"),
        countries=(data / "places_countries.tsv").read_text(encoding="utf-8"),
        country_aliases=(data / "places_country_aliases.tsv").read_text(encoding="utf-8"),
        admin2=(data / "places_admin2.tsv").read_text(encoding="utf-8"),
        loose=_read_gzip(data / LOOSE_INDEX_FILE) if with_loose_index else "",
        admin1_spellings=_optional_text(data / "places_admin1_spellings.tsv"),
    )


def _optional_text(path: Traversable) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _read_gzip(path: Traversable) -> str:
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return handle.read()
