"""The offline gazetteer: GeoNames places, admin1 regions and countries, looked up by name.

Why shipped tables and not a geocoding service: the project runs offline and must give the same
answer every time. The tables in ``claims/data/places_*`` are derived from GeoNames (CC BY 4.0)
by ``gazetteer_build.py``: every place of 500+ inhabitants with its Latin-script alternate
names, the admin1 regions (provinces, states) with their names, and the countries with the
canonical names the actor lexicon uses ("Syria", "United States"), and the districts (admin2).

Loading takes about a second and happens once per process, on the first lookup. The loose
index (``skeleton`` keys, for transliteration variants) is built on the first loose lookup, in
about one to two seconds more.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Gazetteer", "Place", "fold", "gazetteer", "skeleton"]

_DATA = resources.files("counterclaim.claims") / "data"
_PUNCT = re.compile(r"[\-‐‑–—'’‘`ʼ.,()]+")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the ")
# Arabic articles as transliterations write them: "As Sawiyah" is also written "Sawiyah"
_ARABIC_ARTICLE = re.compile(r"\n(?:al|el|as|an|ad|ar|at|az|ash|ath|ed|en|es|et|ez|ech|ej|er) ")
_REPEATS = re.compile(r"(.)\1+")
_NO_VOWELS = str.maketrans("", "", "aeiou ")
_NO_VOWELS_Y = str.maketrans("", "", "aeiouy ")
_MIN_SKELETON = 4  # shorter skeletons ("bs" for "Bosaso") meet too many names to mean anything


def _skeletons(keys: list[str], *, drop_y: bool = False) -> list[str]:
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
    return _skeletons([fold(name)], drop_y=drop_y)[0]


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


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


class Gazetteer:
    """Name → candidate places; country and admin1 names by code."""

    def __init__(self, cities: str, admin1: str, countries: str, country_aliases: str, admin2: str = "") -> None:
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
            self._admin1_keys.setdefault(fold(row[2]), []).append(code)
        admin1_by_name = {(code[0], name): code[1] for code, name in self.admin1_names.items()}
        self._admin2_keys: dict[str, list[Place]] = {}
        for row in _rows(admin2):
            cc, admin1_name, name = row[0], row[1], row[2]
            place = Place(name, "admin2", cc, admin1_by_name.get((cc, admin1_name)), float(row[3]), float(row[4]),
                          0, None, True)  # fmt: skip
            self._admin2_keys.setdefault(fold(name), []).append(place)
        # Lines stay unsplit until looked up, and a key holds one line number or a tuple of
        # them: this keeps the load under a second and ~100 MB for 235,000 places.
        self._loose: dict[str, int | tuple[int, ...]] | None = None
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
        """Provinces/states called ``name`` (any country)."""
        places = (self.admin1(code) for code in self._admin1_keys.get(fold(name), []))
        return [p for p in places if p is not None]

    def admin2_candidates(self, name: str) -> list[Place]:
        """Districts called ``name`` (any country), at the centre of their towns."""
        return list(self._admin2_keys.get(fold(name), []))

    def loose_city_candidates(self, name: str) -> list[Place]:
        """Populated places whose name has the same ``skeleton`` as ``name`` (never ``exact``).

        For spellings the table lacks ("Qalqiliyah"); callers should trust a match only inside
        a country in play. Places that keep the "y" ("Qalqilyah" for "Qalqiliyah") come first
        and alone; others only when none does ("Nabatieh" for "Nabatiyeh"). The skeleton index
        is built on the first call (a second or two).
        """
        strict = skeleton(name)
        if len(strict) < _MIN_SKELETON:
            return []
        found = self._loose_index().get(skeleton(name, drop_y=True), ())
        lines = list(dict.fromkeys((found,) if isinstance(found, int) else found))
        keep_y = [i for i in lines if strict in _skeletons(self._cities[i].split("\t", 3)[2].split("|"))]
        return [self._city(i, "") for i in keep_y or lines]

    def _loose_index(self) -> dict[str, int | tuple[int, ...]]:
        if self._loose is None:
            keys = list(self._city_keys)
            self._loose = {}
            strict = _skeletons(keys)
            # dropping "y" from a skeleton is the skeleton without "y": no second pass over the names
            blob = "\n" + "\n".join(strict)
            blob = _REPEATS.sub(r"\1", blob.replace("\ny", "\nY").replace("y", ""))
            for loose, long_enough, key in zip(blob[1:].split("\n"), strict, keys, strict=True):
                if len(long_enough) < _MIN_SKELETON:
                    continue
                found = self._city_keys[key]
                lines = (found,) if isinstance(found, int) else found
                have = self._loose.get(loose)
                if have is None and len(lines) == 1:
                    self._loose[loose] = lines[0]
                else:
                    before = () if have is None else (have,) if isinstance(have, int) else have
                    self._loose[loose] = (*before, *lines)
        return self._loose

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
        )

    def city_candidates(self, name: str) -> list[Place]:
        """Populated places called ``name`` by their main or an alternate name (any country)."""
        key = fold(name)
        found = self._city_keys.get(key, ())
        return [self._city(index, key) for index in ((found,) if isinstance(found, int) else found)]


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first use."""
    with gzip.open(str(_DATA / "places_gazetteer.tsv.gz"), "rt", encoding="utf-8") as handle:
        cities = handle.read()
    return Gazetteer(
        cities=cities,
        admin1=(_DATA / "places_admin1.tsv").read_text(encoding="utf-8"),
        countries=(_DATA / "places_countries.tsv").read_text(encoding="utf-8"),
        country_aliases=(_DATA / "places_country_aliases.tsv").read_text(encoding="utf-8"),
        admin2=(_DATA / "places_admin2.tsv").read_text(encoding="utf-8"),
    )
