"""Per-claim place precision on ACLED notes: does each claim's own place lie at the coded point?

Why: the places gate asks whether *any* claim of a note names the coded place, so a rule that
gives more claims a place (a claim inheriting the place of the sentence before) cannot move it,
and a wrong place on one claim hides behind a right one on another. Every claim of an ACLED note
describes the one coded event, so here each claim is scored on its own: ``placed`` is the share of
claims with a sub-national place (precision 1 or 2), ``precise`` the share of those whose first
such place lies within 25 km of the coded point (rows coded at geo_precision 1 or 2).

``--dump FILE`` writes one JSON line per claim (id, half, place, distance) and ``--compare OLD
NEW`` lists the claims whose place changed between two dumps, with how many moved closer to or
away from the coded point: the precision of a rule that adds places, measured on the claims it
touched. Both halves are printed; read the ``tune`` rows only (the README's rule).

Run: ``python bench/claim_places.py [--group mena|other|all] [--dump FILE]`` or
``python bench/claim_places.py --compare OLD NEW [--show N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import extract_all, half, ingested
from bench.quality_attributes import _acled_rows, _haversine_km
from bench.quality_places import acled_group, regions_by_country
from counterclaim.models import Claim, Location

NEAR_KM = 25.0


def _sub_national(claim: Claim) -> Location | None:
    """The claim's first place finer than a province (precision 1 or 2) with coordinates."""
    for location in claim.locations:
        if location.precision in {1, 2} and location.lat is not None and location.lon is not None:
            return location
    return None


def claim_rows(group: str) -> list[dict[str, object]]:
    """One row per claim of a coded note (geo_precision 1 or 2) in ``group``."""
    rows = [r for r in _acled_rows() if r.get("geo_precision", "").strip() in {"1", "2"}]
    regions = regions_by_country(_acled_rows())
    rows = [r for r in rows if group == "all" or acled_group(r, regions) == group]
    documents = [ingested(r["notes"], r["event_id_cnty"]) for r in rows]
    out: list[dict[str, object]] = []
    for row, extraction in zip(rows, extract_all(documents), strict=True):
        gold = (float(row["latitude"]), float(row["longitude"]))
        for claim in extraction.claims:
            place = _sub_national(claim)
            km = None if place is None else _haversine_km(gold[0], gold[1], place.lat or 0.0, place.lon or 0.0)
            out.append(
                {
                    "id": f"{row['event_id_cnty']}:{claim.start}:{claim.trigger}",
                    "half": half(row["event_id_cnty"]),
                    "group": acled_group(row, regions),
                    "place": None if place is None else place.name,
                    "km": None if km is None else round(km, 1),
                    "sentence": row["notes"][claim.start : claim.end][:160],
                }
            )
    return out


def summary(rows: list[dict[str, object]]) -> None:
    groups = sorted({str(r["group"]) for r in rows})
    for group, which in ((g, w) for g in groups for w in ("tune", "check")):
        part = [r for r in rows if r["half"] == which and r["group"] == group]
        placed = [r for r in part if r["km"] is not None]
        near = [r for r in placed if float(r["km"]) <= NEAR_KM]  # type: ignore[arg-type]
        print(
            f"{group} {which}: claims {len(part)}, placed {len(placed) / max(1, len(part)):.3f}, "
            f"precise {len(near) / max(1, len(placed)):.3f} ({len(near)}/{len(placed)})"
        )


def compare(old_path: Path, new_path: Path, show: int) -> None:
    old = {r["id"]: r for r in map(json.loads, old_path.read_text().splitlines())}
    new = {r["id"]: r for r in map(json.loads, new_path.read_text().splitlines())}
    for which in ("tune", "check"):
        tally: Counter[str] = Counter()
        changed = []
        for key, after in new.items():
            before = old.get(key)
            if before is None or after["half"] != which or before["place"] == after["place"]:
                continue
            near_before = before["km"] is not None and before["km"] <= NEAR_KM
            near_after = after["km"] is not None and after["km"] <= NEAR_KM
            tally[f"{'near' if near_before else 'far/none'} -> {'near' if near_after else 'far/none'}"] += 1
            changed.append((before, after))
        print(f"{which}: {sum(tally.values())} claims changed place: {dict(tally)}")
        if which == "tune":
            for before, after in changed[:show]:
                print(f"  {before['place']}({before['km']}) -> {after['place']}({after['km']}): {after['sentence']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--group", choices=("mena", "other", "all"), default="all")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path)
    parser.add_argument("--show", type=int, default=30)
    args = parser.parse_args(argv)
    if args.compare:
        compare(args.compare[0], args.compare[1], args.show)
        return 0
    rows = claim_rows(args.group)
    summary(rows)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
