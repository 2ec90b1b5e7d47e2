"""Reading a user's gazetteer file: a GeoNames country dump or a CSV, into uniform place rows.

GeoNames dumps (``SY.txt``, ``allCountries.txt``) have 19 tab-separated columns and no header:
geonameid, name, asciiname, alternatenames (comma-separated), latitude, longitude, feature
class, feature code, country code, cc2, admin1, admin2, admin3, admin4, population,
elevation, dem, timezone, modification date. Only the feature classes and codes listed in
``data/geonames_features.txt`` are kept (settlements, districts, terrain, camps), and only the
Latin-script alternate names (English reports write names so).

A CSV needs a header with ``name``, ``lat``, ``lon``, ``country`` (ISO code or name) and may
have ``admin1`` (GeoNames code or name), ``population``, ``feature`` and ``alternatenames``
(``|`` or ``;`` separated).
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from counterclaim.claims.gazetteer import Gazetteer, fold
from counterclaim.datafiles import packaged_text, table_lines
from counterclaim.errors import CounterclaimError
from counterclaim.gazetteers.names import admin_keys

GEONAMES_COLUMNS = 19
_ADMIN_KINDS = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2"}  # a subdistrict is coded at district precision


class GazetteerError(CounterclaimError):
    """A user gazetteer file cannot be read, or a name given for one is not usable."""


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One place of a user gazetteer, with every folded key it is looked up by."""

    name: str
    kind: str  # "city" (any locality), "admin1" or "admin2", as ``claims.gazetteer.Place.kind``
    cc: str
    admin1: str | None
    lat: float
    lon: float
    population: int
    feature: str
    geonameid: int | None
    keys: tuple[str, ...]


@cache
def kept_features() -> tuple[str, ...]:
    """The feature classes ("P") and class.code prefixes ("H.WAD") a GeoNames dump is filtered to."""
    return tuple(table_lines(packaged_text("counterclaim.gazetteers", "geonames_features.txt")))


def _is_kept(feature_class: str, code: str) -> bool:
    full = f"{feature_class}.{code}"
    return any(full.startswith(entry) if "." in entry else feature_class == entry for entry in kept_features())


def _is_latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def lookup_keys(name: str, alternates: list[str]) -> tuple[str, ...]:
    """The folded keys of a place: its name and its Latin-script alternates (no codes, no digits)."""
    keep = [name]
    for alt in (a.strip() for a in alternates):
        if len(alt) < 3 or any(ch.isdigit() for ch in alt) or (alt.isupper() and len(alt) <= 5):
            continue  # "SY", "DEZ", postcodes: codes, not names
        if _is_latin(alt):
            keep.append(alt)
    return tuple(k for k in dict.fromkeys(fold(n) for n in keep) if k)


def _geonames_row(cells: list[str]) -> PlaceRow | None:
    if len(cells) < GEONAMES_COLUMNS - 4 or not _is_kept(cells[6], cells[7]):
        return None
    try:
        lat, lon = float(cells[4]), float(cells[5])
        population = int(cells[14] or 0)
        geonameid = int(cells[0])
    except ValueError:
        return None
    alternates = [cells[2], *cells[3].split(",")] if cells[3] else [cells[2]]
    kind = _ADMIN_KINDS.get(cells[7], "city") if cells[6] == "A" else "city"
    keys = lookup_keys(cells[1], alternates)
    if kind != "city":  # "Mintaqat X": also "X", as reports write a district
        keys = tuple(dict.fromkeys([*keys, *(k for n in (cells[1], cells[2]) for k in admin_keys(n, kind))]))
    return PlaceRow(
        name=cells[1],
        kind=kind,
        cc=cells[8],
        admin1=cells[10] or None,
        lat=lat,
        lon=lon,
        population=population,
        feature=cells[7],
        geonameid=geonameid,
        keys=keys,
    )


def read_geonames(path: Path) -> Iterator[PlaceRow]:
    """The kept places of a GeoNames dump (rows of other features, or malformed, are skipped)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            row = _geonames_row(line.rstrip("\n").split("\t"))
            if row is not None:
                yield row


def _country(gaz: Gazetteer, value: str) -> str | None:
    value = value.strip()
    if len(value) == 2 and value.isalpha() and value.upper() in gaz.country_names:
        return value.upper()
    return gaz.country_code(value)


def _admin1(gaz: Gazetteer, cc: str, value: str) -> str | None:
    """A GeoNames admin1 code as given ("09"), or the code of the named unit of that country."""
    value = value.strip()
    if not value:
        return None
    if (cc, value) in gaz.admin1_names:
        return value
    codes = [p.admin1_code for p in gaz.admin1_candidates(value) if p.cc == cc and p.source == ""]
    return codes[0] if codes else None


def _csv_row(gaz: Gazetteer, record: dict[str, str]) -> PlaceRow | None:
    name = (record.get("name") or "").strip()
    cc = _country(gaz, record.get("country") or "")
    try:
        lat, lon = float(record.get("lat") or ""), float(record.get("lon") or "")
        population = int(float(record.get("population") or 0))
    except ValueError:
        return None
    if not name or cc is None:
        return None
    alternates = (record.get("alternatenames") or "").replace(";", "|").split("|")
    feature = (record.get("feature") or "").strip().upper()
    return PlaceRow(name, _ADMIN_KINDS.get(feature, "city"), cc, _admin1(gaz, cc, record.get("admin1") or ""),
                    lat, lon, population, feature, None, lookup_keys(name, alternates))  # fmt: skip


def read_csv(path: Path, gaz: Gazetteer) -> Iterator[PlaceRow]:
    """The places of a CSV with a name, lat, lon, country[, admin1] header (rows it cannot place are skipped)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(handle, dialect=dialect)
        header = {(field or "").strip().casefold() for field in reader.fieldnames or []}
        missing = {"name", "lat", "lon", "country"} - header
        if missing:
            raise GazetteerError(f"{path}: the CSV header lacks {', '.join(sorted(missing))}")
        for record in reader:
            row = _csv_row(gaz, {(k or "").strip().casefold(): v or "" for k, v in record.items()})
            if row is not None:
                yield row


def _looks_like_geonames(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                return len(line.split("\t")) >= GEONAMES_COLUMNS - 4
    return False


def read_places(path: Path, gaz: Gazetteer) -> Iterator[PlaceRow]:
    """The places of ``path``: a GeoNames dump (19 tab-separated columns) or a CSV with a header."""
    if not path.is_file():
        raise GazetteerError(f"{path}: no such file")
    return read_geonames(path) if _looks_like_geonames(path) else read_csv(path, gaz)
