"""Why a coded ACLED point is missed: the geocoded-within-25-km misses of one half, by class.

Why: the places gate gives one share; a rule has to aim at one class of miss. Each row that the
gate scores for ``geocoded_25km_any`` (geo_precision 1) and misses is put in the first class
that fits, in this order:

- ``no place``: the claims carry no place at all;
- ``named, unresolved``: a found place writes the coded name but has no coordinates;
- ``named, abroad``: it writes the coded name and is resolved in another country;
- ``named, coarse``: written so, resolved in the country at precision 3 (a province or country);
- ``named, far``: written so, resolved in the country at a town more than 25 km away;
- ``not named, known``: no found place writes the name, though the gazetteer has a place of
  that name in the row's country within 25 km (the name was not read, or read as something else);
- ``not named, unknown``: the gazetteer has no such place (a village, a quarter, a feature).

Run: ``python bench/place_misses.py [tune|check] [--group mena|other] [--show N]``. Only read the
``tune`` errors (the README's rule); ``check`` prints the class sizes alone.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import extract_all, half, ingested
from bench.quality_attributes import _acled_rows, _haversine_km, _locations
from bench.quality_places import acled_group, country_code, gold_name_parts, regions_by_country, same_place_name
from counterclaim.claims.gazetteer import gazetteer
from counterclaim.models import Location

NEAR_KM = 25.0


def _writes(gold: str, location: Location) -> bool:
    names = [x for x in (location.name, location.as_written or "") if x]
    return any(same_place_name(g, f) for g in gold_name_parts(gold) for f in names)


def _known_nearby(gold: str, cc: str | None, lat: float, lon: float) -> bool:
    """The gazetteer has a place written as the coded name, in the row's country, within 25 km."""
    table = gazetteer()
    for part in gold_name_parts(gold):
        found = table.city_candidates(part) + table.admin2_candidates(part) + table.loose_city_candidates(part)
        if any(p.cc == cc and _haversine_km(lat, lon, p.lat, p.lon) <= NEAR_KM for p in found):
            return True
    return False


def classify(row: dict[str, str], locations: list[Location]) -> str | None:
    """The class of a missed row, or None when the row is a hit."""
    lat, lon = float(row["latitude"]), float(row["longitude"])
    resolved = [loc for loc in locations if loc.lat is not None and loc.lon is not None]
    if any(_haversine_km(lat, lon, loc.lat, loc.lon) <= NEAR_KM for loc in resolved):  # type: ignore[arg-type]
        return None
    if not locations:
        return "no place"
    cc = country_code(row["country"])
    written = [loc for loc in locations if _writes(row["location"], loc)]
    if written:
        if all(loc.lat is None for loc in written):
            return "named, unresolved"
        placed = [loc for loc in written if loc.lat is not None]
        if all(country_code(loc.country) != cc for loc in placed):
            return "named, abroad"
        if all((loc.precision or 3) == 3 for loc in placed):
            return "named, coarse"
        return "named, far"
    return "not named, known" if _known_nearby(row["location"], cc, lat, lon) else "not named, unknown"


def _describe(location: Location) -> str:
    where = f"{location.country}/{location.admin1} p{location.precision}" if location.lat is not None else "unresolved"
    return f"{location.as_written or location.name!r}→{location.name} ({where})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=("tune", "check"), nargs="?", default="tune")
    parser.add_argument("--group", choices=("mena", "other"), default="mena")
    parser.add_argument("--show", type=int, default=12, help="examples per class (tune only)")
    args = parser.parse_args(argv)
    rows = _acled_rows()
    regions = regions_by_country(rows)
    rows = [
        r
        for r in rows
        if acled_group(r, regions) == args.group
        and half(r["event_id_cnty"]) == args.which
        and r["geo_precision"].strip() == "1"
        and r["latitude"]
        and r["longitude"]
    ]
    classes: dict[str, list[str]] = defaultdict(list)
    documents = [ingested(r["notes"], r["event_id_cnty"]) for r in rows]
    for row, extraction in zip(rows, extract_all(documents), strict=True):
        locations = _locations(extraction)
        found = classify(row, locations)
        if found is not None:
            places = "; ".join(_describe(loc) for loc in locations) or "-"
            classes[found].append(f"{row['event_id_cnty']} {row['country']} gold={row['location']!r}: {places}")
    sizes = Counter({k: len(v) for k, v in classes.items()})
    print(f"{args.which} {args.group}: {len(rows)} rows, {sum(sizes.values())} missed")
    for name, size in sizes.most_common():
        print(f"  {name:20s} {size}")
        if args.which == "tune":
            for line in classes[name][: args.show]:
                print(f"      {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
