"""Quality gate for the claim attributes: counts, places, dates (``claims/counts.py``, ``places.py``, ``dates.py``).

Run: ``python bench/quality_attributes.py [--raise-floors]``. Takes about a minute on 2 cores.

Data (read from ``../shared/eval``, never copied): ACLED ``notes`` (2020 sample, all 4,288
rows, and the 2016 Africa sample, 500 rows) and re3d (entity rows with confidence >= 0.5).

Scoring rules — each figure is a share in [0, 1]:

- ``acled_fatalities_exact``: rows whose coded ``fatalities`` F > 0 is *asserted by the notes
  text*: the notes write F as a number (digits or words) and do not say the figure was coded,
  split or spread ("coded as", "split", "spread", "unclear", "unknown"; ACLED then departs
  from the text). A row matches when F equals one killed count's stated figure or the sum of
  the killed counts found in the notes (the notes often add up several reports: "1 civilian
  was killed ... 4 children were killed", F = 5). A count's stated figure is the number as
  written: low for exact/"at least"/vague/"between", the written n for "more than"/"about"/
  "up to" (ACLED codes the conservative end, so "between 1 and 4" is scored as 1).
- ``acled_fatalities_no_false_killed``: rows with F = 0 whose notes report no casualties:
  share where no killed count is found (guards the exact-match figure against over-counting).
- ``acled_location_named``: ACLED ``location`` is among the names (resolved name or as written)
  of the places found; names compare folded (case, accents, hyphens); an ACLED name written
  "City-District" or "Place (Region)" matches on either part.
- ``acled_geocoded_25km_any`` / ``_first``: rows with geo_precision 1: some resolved place /
  the first resolved town-level place (precision 1-2, else the first resolved) lies within
  25 km of ACLED's coordinates.
- ``acled_date_day``: rows with time_precision 1: the first date in the notes resolves (no
  publication date given) to ACLED's event_date.
- ``re3d_quantity_recall``: gold Quantity spans overlapped by a count's character span.
- ``re3d_location_recall``: gold Location spans whose folded text contains a found place's
  folded ``as_written`` (re3d also marks generic places such as "hospitals" and "the area",
  which this extractor does not aim at, so recall stays well below 1).
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import eval_dir, run_gate
from counterclaim import nlp
from counterclaim.claims.counts import find_counts
from counterclaim.claims.dates import resolve_date
from counterclaim.claims.gazetteer import fold
from counterclaim.claims.numbers import WORD_VALUES
from counterclaim.claims.places import document_country, find_locations
from counterclaim.models import Count, Location

ACLED_FILES = (
    "acled_2020-04-27_to_2020-05-09_outside_syria_iraq_yemen.csv",
    "acled_2016-06-17_to_2016-07-02_africa.csv",
)
CODED = re.compile(r"coded as|split|spread|unclear|unknown|unspecified|different reports", re.IGNORECASE)
NO_CASUALTIES = re.compile(r"no (?:casualties|fatalities|injuries)|no reports? of (?:casualties|fatalities)", re.I)
NUMBER_WORDS = {v: k for k, v in WORD_VALUES.items() if k not in {"a", "an", "single", "dozen", "score"}}


def _stated_figure(count: Count) -> int | None:
    """The number as the text writes it, from the range ``counts`` made of it (see its table)."""
    if count.low is not None and count.high is not None and count.qualifier in {"about"}:
        return (count.low + count.high) // 2
    if count.qualifier == "more than" and count.low is not None:
        return count.low - 1
    if count.qualifier == "less than" and count.high is not None:
        return count.high + 1
    return count.low if count.low is not None else count.high


def _text_asserts(notes: str, value: int) -> bool:
    if re.search(rf"(?<![\d,.]){value}(?![\d,])", notes) or re.search(rf"(?<![\d,.]){value:,}(?![\d,])", notes):
        return True
    word = NUMBER_WORDS.get(value)
    return word is not None and re.search(rf"\b{word}\b", notes, re.IGNORECASE) is not None


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _acled_date(raw: str) -> str | None:
    for fmt in ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(raw.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _name_matches(gold: str, locations: list[Location]) -> bool:
    # ACLED writes "City-District" and "Place (Region)": either part names the place
    parts = [gold, *re.split(r"\s*-\s*|\s*[()]\s*", gold)]
    wanted = {fold(part) for part in parts if part.strip()}
    found = {fold(x) for loc in locations for x in (loc.name, loc.as_written or "")}
    return bool(wanted & found)


def _acled_rows() -> list[dict[str, str]]:
    base = eval_dir("acled")
    rows: list[dict[str, str]] = []
    for name in ACLED_FILES:
        path = base / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                rows.extend(csv.DictReader(handle))
    return rows


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def score_acled(rows: list[dict[str, str]]) -> dict[str, float]:
    language = nlp.load()
    keys = "fat_n fat_hit zero_n zero_hit loc_n loc_hit geo_n geo_any geo_first date_n date_hit"
    tallies = dict.fromkeys(keys.split(), 0)
    docs = language.pipe((r["notes"] for r in rows), batch_size=256)
    for row, doc in zip(rows, docs, strict=True):
        notes = row["notes"]
        killed = [c for c in find_counts(doc[:]) if c.category == "killed"]
        figures = [f for f in (_stated_figure(c) for c in killed) if f is not None]
        fatalities = int(row["fatalities"]) if row["fatalities"].strip().isdigit() else None
        if fatalities and not CODED.search(notes) and _text_asserts(notes, fatalities):
            tallies["fat_n"] += 1
            tallies["fat_hit"] += fatalities in figures or fatalities == sum(figures)
        if fatalities == 0 and NO_CASUALTIES.search(notes):
            tallies["zero_n"] += 1
            tallies["zero_hit"] += not figures
        locations = find_locations(doc[:], document_country(doc))
        if row["location"].strip():
            tallies["loc_n"] += 1
            tallies["loc_hit"] += _name_matches(row["location"], locations)
        if row["geo_precision"].strip() == "1" and row["latitude"] and row["longitude"]:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            resolved = [loc for loc in locations if loc.lat is not None and loc.lon is not None]
            near = [_haversine_km(lat, lon, loc.lat, loc.lon) <= 25 for loc in resolved]  # type: ignore[arg-type]
            town = [loc for loc in resolved if (loc.precision or 3) <= 2] or resolved
            tallies["geo_n"] += 1
            tallies["geo_any"] += any(near)
            tallies["geo_first"] += bool(town) and _haversine_km(lat, lon, town[0].lat, town[0].lon) <= 25  # type: ignore[arg-type]
        gold_date = _acled_date(row["event_date"])
        if row.get("time_precision", "").strip() == "1" and gold_date:
            tallies["date_n"] += 1
            tallies["date_hit"] += resolve_date(doc[:], None).start == gold_date
    print(
        f"ACLED rows {len(rows)}: fatalities scored on {tallies['fat_n']}, no-casualty rows {tallies['zero_n']}, "
        f"locations {tallies['loc_n']}, geo_precision-1 rows {tallies['geo_n']}, dated rows {tallies['date_n']}"
    )
    return {
        "acled_fatalities_exact": _ratio(tallies["fat_hit"], tallies["fat_n"]),
        "acled_fatalities_no_false_killed": _ratio(tallies["zero_hit"], tallies["zero_n"]),
        "acled_location_named": _ratio(tallies["loc_hit"], tallies["loc_n"]),
        "acled_geocoded_25km_any": _ratio(tallies["geo_any"], tallies["geo_n"]),
        "acled_geocoded_25km_first": _ratio(tallies["geo_first"], tallies["geo_n"]),
        "acled_date_day": _ratio(tallies["date_hit"], tallies["date_n"]),
    }


def _jsonl(path: Path) -> Iterable[dict[str, object]]:
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def score_re3d() -> dict[str, float]:
    base = eval_dir("re3d")
    texts: dict[str, str] = {}
    gold: dict[str, dict[tuple[int, int], tuple[str, str]]] = {}
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        for record in _jsonl(folder / "documents.json"):
            texts[str(record["_id"])] = str(record["text"])
        for ent in _jsonl(folder / "entities.json"):
            if ent["type"] in {"Quantity", "Location"} and float(ent["confidence"]) >= 0.5:  # type: ignore[arg-type]
                key = (int(ent["begin"]), int(ent["end"]))  # type: ignore[call-overload]
                gold.setdefault(str(ent["documentId"]), {})[key] = (str(ent["type"]), str(ent["value"]))
    language = nlp.load()
    ids = sorted(i for i in gold if i in texts)
    hits = {"Quantity": 0, "Location": 0}
    totals = {"Quantity": 0, "Location": 0}
    for doc_id, doc in zip(ids, language.pipe(texts[i] for i in ids), strict=True):
        counts = find_counts(doc[:])
        country = document_country(doc)
        places = {fold(loc.as_written or loc.name) for sent in doc.sents for loc in find_locations(sent, country)}
        places.discard("")
        for (begin, end), (kind, value) in gold[doc_id].items():
            totals[kind] += 1
            if kind == "Quantity":
                spans = [(c.start, c.end) for c in counts if c.start is not None and c.end is not None]
                hits[kind] += any(start < end and begin < stop for start, stop in spans)
            else:
                folded = fold(value)
                hits[kind] += any(p == folded or f" {p} " in f" {folded} " for p in places)
    print(f"re3d documents {len(ids)}: gold Quantity {totals['Quantity']}, Location {totals['Location']}")
    return {
        "re3d_quantity_recall": _ratio(hits["Quantity"], totals["Quantity"]),
        "re3d_location_recall": _ratio(hits["Location"], totals["Location"]),
    }


def score() -> dict[str, float]:
    started = time.perf_counter()
    figures = {**score_acled(_acled_rows()), **score_re3d()}
    print(f"scored in {time.perf_counter() - started:.0f} s")
    return figures


def main(argv: list[str] | None = None) -> int:
    return run_gate("attributes", score, argv)


if __name__ == "__main__":
    raise SystemExit(main())
