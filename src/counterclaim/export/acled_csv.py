"""ACLED-style CSV: ACLED's column names and codings, so tools and scripts written for ACLED read it.

One row per claim that maps to an ACLED event type (the claim's ``acled``); claims of other types
(statements of intent, consultations, ...) are not events ACLED codes and are left out, counted.
Every column's derivation is in docs/exports.md.

The hook for incidents: rows are made by a function from one item to one ``AcledRow`` (or None to
leave it out). ``claim_row`` is that function for claims; an incident (several claims about one
event, merged) gets its own ``incident_row`` beside it, and ``write_acled_csv`` takes the rows of
either, or both, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO, TypeVar

from counterclaim.export.flat import LIST_SEPARATOR, headline_count, located, stated_figure
from counterclaim.export.spreadsheet import write_csv
from counterclaim.models import Claim, Location, Provenance

__all__ = ["ACLED_COLUMNS", "EXTRA_COLUMNS", "AcledRows", "acled_rows", "claim_row", "event_place", "write_acled_csv"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
"""ACLED's own column names, in ACLED's order (the columns counterclaim can fill)."""

EXTRA_COLUMNS = (
    "claimant", "claimant_kind", "negated", "hedged", "document_id", "url", "published", "place_inherited",
)
"""counterclaim's columns after ACLED's: who makes the claim, where to read it, and whether the row's place
is one the claim borrowed from the sentence before (``Location.inherited``) rather than one it names."""

# ACLED's time_precision: 1 the day is known, 2 the week, 3 the month (ACLED codes nothing vaguer).
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_REPORTED_DAY_PRECISION = 2  # only the report's day: the event happened by then, within days
_UNKNOWN_PRECISION = 4  # a located place of unknown precision ranks after every known one

T = TypeVar("T")


def _time_precision(claim: Claim) -> int | None:
    if claim.date.start is not None:
        return _TIME_PRECISION.get(claim.date.precision or "", 3)
    return _REPORTED_DAY_PRECISION if claim.date.reported is not None else None


def _fatalities(claim: Claim) -> int:
    """The killed figure as ACLED codes it: the lowest the claim allows, 0 when none is stated or when denied."""
    if claim.negated:
        return 0
    return stated_figure(headline_count(claim.counts, "killed")) or 0


def event_place(claim: Claim) -> Location | None:
    """The place an ACLED row is coded at: the most precise place with coordinates (the earliest on a tie),
    else the claim's first place. Why not simply the first: "in Idlib province, in the town of Salqin" is an
    event in Salqin, and an ACLED row without coordinates cannot be mapped."""
    placed = [loc for loc in claim.locations if located(loc)]
    if placed:
        return min(placed, key=lambda loc: loc.precision if loc.precision is not None else _UNKNOWN_PRECISION)
    return claim.locations[0] if claim.locations else None


def claim_row(claim: Claim, provenance: Provenance | None = None) -> dict[str, Any] | None:
    """The ACLED-style row of one claim, or None when its event is not one ACLED codes."""
    if claim.acled is None:
        return None
    provenance = provenance or claim.provenance
    place = event_place(claim)
    day = claim.date.start or claim.date.reported
    return {
        "event_id_cnty": claim.id,
        "event_date": day,
        "year": int(day[:4]) if day and day[:4].isdigit() else None,
        "time_precision": _time_precision(claim),
        "event_type": claim.acled.event_type,
        "sub_event_type": claim.acled.sub_event_type,
        "actor1": claim.actors[0] if claim.actors else None,
        "assoc_actor_1": LIST_SEPARATOR.join(claim.actors[1:]) or None,
        "actor2": claim.targets[0] if claim.targets else None,
        "assoc_actor_2": LIST_SEPARATOR.join(claim.targets[1:]) or None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "location": place.name if place else None,
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "geo_precision": place.precision if place else None,
        "source": (provenance.outlet or provenance.source) if provenance else None,
        "notes": provenance.evidence if provenance else None,
        "fatalities": _fatalities(claim),
        "claimant": claim.claimant.name,
        "claimant_kind": claim.claimant.kind,
        "negated": claim.negated,
        "hedged": claim.hedged,
        "document_id": claim.document_id,
        "url": provenance.url if provenance else None,
        "published": provenance.published if provenance else None,
        "place_inherited": place.inherited if place else None,
    }


@dataclass
class AcledRows:
    """The rows made from some items, and how many items were left out (no ACLED event type)."""

    rows: Iterator[dict[str, Any]]
    skipped: int = 0


def acled_rows(items: Iterable[T], to_row: Callable[[T], dict[str, Any] | None]) -> AcledRows:
    """Rows of ``items`` made by ``to_row`` (``claim_row`` now, an incident's row later), counting those left out.

    ``skipped`` is final once ``rows`` has been consumed.
    """
    result = AcledRows(rows=iter(()))

    def generate() -> Iterator[dict[str, Any]]:
        for item in items:
            row = to_row(item)
            if row is None:
                result.skipped += 1
            else:
                yield row

    result.rows = generate()
    return result


def write_acled_csv(rows: Iterable[dict[str, Any]], out: TextIO, *, raw: bool = False) -> int:
    """Write ACLED-style rows (ACLED's columns, then counterclaim's) to ``out``; returns the number written."""
    return write_csv(rows, ACLED_COLUMNS + EXTRA_COLUMNS, out, raw=raw)
