"""Quality gate for the claim attributes: counts, places, dates, read off the finished ``Claim`` records.

Every text goes through the public pipeline (``bench.common.extract_all``: ingest, then
``process_documents``); a count, place or date the pipeline finds but attaches to no claim does
not count. Each gold set is split into ``tune`` / ``check`` by a hash of the document id (ACLED
``event_id_cnty``, re3d document ``_id``); both halves are scored and floored, each figure with a
95% bootstrap interval over documents.

Run: ``python bench/quality_attributes.py [--raise-floors]``. Takes about a minute on 2 cores.

Data (read from ``../shared/eval``, never copied): ACLED ``notes`` (2020 sample, all 4,288
rows, and the 2016 Africa sample, 500 rows; ingested like any report) and re3d (verbatim, so
that gold character offsets hold) (entity rows with confidence >= 0.5).

Scoring rules — each figure is a share in [0, 1]:

- ``acled.fatalities_exact``: rows whose coded ``fatalities`` F > 0 is *asserted by the notes
  text*: the notes write F as a number (digits or words) and do not say the figure was coded,
  split or spread ("coded as", "split", "spread", "unclear", "unknown"; ACLED then departs
  from the text). A row matches when F equals one killed count's stated figure or the sum of
  the killed counts found in the notes (the notes often add up several reports: "1 civilian
  was killed ... 4 children were killed", F = 5). A count's stated figure is the number as
  written: low for exact/"at least"/vague/"between", the written n for "more than"/"about"/
  "up to" (ACLED codes the conservative end, so "between 1 and 4" is scored as 1).
- ``acled.fatalities_no_false_killed``: rows with F = 0 whose notes report no casualties:
  share where no killed count is found (guards the exact-match figure against over-counting).
- ``acled.location_named``: ACLED ``location`` is among the names (resolved name or as written)
  of the places found; names compare folded (case, accents, hyphens); an ACLED name written
  "City-District" or "Place (Region)" matches on either part.
- ``acled.geocoded_25km_any`` / ``_first``: rows with geo_precision 1: some resolved place /
  the first resolved town-level place (precision 1-2, else the first resolved) lies within
  25 km of ACLED's coordinates.
- ``acled.date_day``: rows with time_precision 1: the date of the first dated claim (no
  publication date given) starts on ACLED's event_date.
- ``re3d.quantity_recall``: gold Quantity spans overlapped by a claim's count's character span.
- ``re3d.location_recall``: gold Location spans whose folded text contains a found place's
  folded ``as_written`` (of a claim's place; re3d also marks generic places such as "hospitals" and "the area",
  which this extractor does not aim at, so recall stays well below 1).
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

if __package__ in {None, ""}:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import GateOutcome, Scored, eval_dir, extract_all, ingested, ratio, run_gate, verbatim
from counterclaim.claims.gazetteer import fold
from counterclaim.claims.numbers import WORD_VALUES
from counterclaim.models import Count, Extraction, Location

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


ACLED_FORMULAS = {
    "fatalities_exact": ratio("fat_hit", "fat_n"),
    "fatalities_no_false_killed": ratio("zero_hit", "zero_n"),
    "location_named": ratio("loc_hit", "loc_n"),
    "geocoded_25km_any": ratio("geo_any", "geo_n"),
    "geocoded_25km_first": ratio("geo_first", "geo_n"),
    "date_day": ratio("date_hit", "date_n"),
}


def _counts(extraction: Extraction) -> list[Count]:
    """Every count the finished claims carry, once each (two claims can share one count)."""
    unique = {(c.start, c.end, c.as_written, c.category): c for claim in extraction.claims for c in claim.counts}
    return list(unique.values())


def _locations(extraction: Extraction) -> list[Location]:
    """Every place the finished claims carry, once each, in the order of the claims."""
    unique = {(loc.name, loc.as_written): loc for claim in extraction.claims for loc in claim.locations}
    return list(unique.values())


def _first_date(extraction: Extraction) -> str | None:
    """The start date of the first claim (in text order) that has one."""
    dated = [c for c in sorted(extraction.claims, key=lambda c: c.start) if c.date.start]
    return dated[0].date.start if dated else None


def _fatality_counts(row: dict[str, str], extraction: Extraction) -> dict[str, float]:
    notes = row["notes"]
    figures = [f for f in (_stated_figure(c) for c in _counts(extraction) if c.category == "killed") if f is not None]
    fatalities = int(row["fatalities"]) if row["fatalities"].strip().isdigit() else None
    counts: dict[str, float] = {}
    if fatalities and not CODED.search(notes) and _text_asserts(notes, fatalities):
        counts = {"fat_n": 1, "fat_hit": fatalities in figures or fatalities == sum(figures)}
    if fatalities == 0 and NO_CASUALTIES.search(notes):
        counts |= {"zero_n": 1, "zero_hit": not figures}
    return counts


def _place_counts(row: dict[str, str], extraction: Extraction) -> dict[str, float]:
    locations = _locations(extraction)
    counts: dict[str, float] = {}
    if row["location"].strip():
        counts |= {"loc_n": 1, "loc_hit": _name_matches(row["location"], locations)}
    if row["geo_precision"].strip() == "1" and row["latitude"] and row["longitude"]:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        resolved = [loc for loc in locations if loc.lat is not None and loc.lon is not None]
        near = [_haversine_km(lat, lon, loc.lat, loc.lon) <= 25 for loc in resolved]  # type: ignore[arg-type]
        town = [loc for loc in resolved if (loc.precision or 3) <= 2] or resolved
        first = bool(town) and _haversine_km(lat, lon, town[0].lat, town[0].lon) <= 25  # type: ignore[arg-type]
        counts |= {"geo_n": 1, "geo_any": any(near), "geo_first": first}
    return counts


def score_acled(rows: list[dict[str, str]]) -> Scored:
    scored = Scored("acled", ACLED_FORMULAS)
    documents = [ingested(r["notes"], r["event_id_cnty"]) for r in rows]
    for row, extraction in zip(rows, extract_all(documents), strict=True):
        counts = _fatality_counts(row, extraction) | _place_counts(row, extraction)
        gold_date = _acled_date(row["event_date"])
        if row.get("time_precision", "").strip() == "1" and gold_date:
            counts |= {"date_n": 1, "date_hit": _first_date(extraction) == gold_date}
        scored.add(row["event_id_cnty"], counts)
    tallies = {k: sum(c.get(k, 0.0) for _, c in scored.rows) for k in ("fat_n", "zero_n", "loc_n", "geo_n", "date_n")}
    print(
        f"ACLED rows {len(rows)} (both halves): fatalities scored on {tallies['fat_n']:.0f}, no-casualty rows "
        f"{tallies['zero_n']:.0f}, locations {tallies['loc_n']:.0f}, geo_precision-1 rows {tallies['geo_n']:.0f}, "
        f"dated rows {tallies['date_n']:.0f}"
    )
    return scored


def _jsonl(path: Path) -> Iterable[dict[str, object]]:
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


RE3D_FORMULAS = {
    "quantity_recall": ratio("Quantity_hit", "Quantity"),
    "location_recall": ratio("Location_hit", "Location"),
}


def _re3d_gold(base: Path) -> tuple[dict[str, str], dict[str, dict[tuple[int, int], tuple[str, str]]]]:
    """Texts by document id, and the gold Quantity / Location spans (confidence >= 0.5) by document id."""
    texts: dict[str, str] = {}
    gold: dict[str, dict[tuple[int, int], tuple[str, str]]] = {}
    for folder in sorted(p for p in base.iterdir() if p.is_dir()):
        for record in _jsonl(folder / "documents.json"):
            texts[str(record["_id"])] = str(record["text"])
        for ent in _jsonl(folder / "entities.json"):
            if ent["type"] in {"Quantity", "Location"} and float(ent["confidence"]) >= 0.5:  # type: ignore[arg-type]
                key = (int(ent["begin"]), int(ent["end"]))  # type: ignore[call-overload]
                gold.setdefault(str(ent["documentId"]), {})[key] = (str(ent["type"]), str(ent["value"]))
    return texts, gold


def _re3d_counts(spans: dict[tuple[int, int], tuple[str, str]], extraction: Extraction) -> dict[str, float]:
    """One document: gold spans overlapped by a claim's count, gold places containing a claim's place."""
    counts = [(c.start, c.end) for c in _counts(extraction) if c.start is not None and c.end is not None]
    places = {fold(loc.as_written or loc.name) for loc in _locations(extraction)} - {""}
    tally: dict[str, float] = {"Quantity": 0, "Location": 0, "Quantity_hit": 0, "Location_hit": 0}
    for (begin, end), (kind, value) in spans.items():
        tally[kind] += 1
        if kind == "Quantity":
            tally["Quantity_hit"] += any(start < end and begin < stop for start, stop in counts)
        else:
            folded = fold(value)
            tally["Location_hit"] += any(p == folded or f" {p} " in f" {folded} " for p in places)
    return tally


def score_re3d() -> Scored:
    texts, gold = _re3d_gold(eval_dir("re3d"))
    ids = sorted(i for i in gold if i in texts)
    # Verbatim: the gold spans are character offsets into exactly this text.
    documents = [verbatim(texts[i], i) for i in ids]
    scored = Scored("re3d", RE3D_FORMULAS)
    for doc_id, extraction in zip(ids, extract_all(documents), strict=True):
        scored.add(doc_id, _re3d_counts(gold[doc_id], extraction))
    print(f"re3d documents {len(ids)} (both halves)")
    return scored


def score() -> list[Scored]:
    started = time.perf_counter()
    scored = [score_acled(_acled_rows()), score_re3d()]
    print(f"scored in {time.perf_counter() - started:.0f} s")
    return scored


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/attributes.json."""
    return run_gate("attributes", score, argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
