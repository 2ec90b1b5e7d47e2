"""One flat row per claim: scalar columns only, the same columns in CSV, JSON Lines and Parquet.

Why flat: spreadsheets, pandas, polars and QGIS read scalar columns without options; JSON inside a
cell has to be parsed by hand. So each count category that people tabulate gets its own low/high
columns, the first place its own name/lat/lon/country/admin1 columns, lists are joined with "; ",
and every row carries its provenance (document, url, outlet, title, published, evidence sentence).
The column set is a contract (``FLAT_COLUMNS``, with a type each for Parquet): a new column is
added at the end of its group, never renamed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Literal

from counterclaim.models import Claim, Count, Location, Provenance

__all__ = [
    "COUNT_COLUMNS",
    "FLAT_COLUMNS",
    "ColumnKind",
    "flat_row",
    "flat_rows",
    "headline_count",
    "located",
    "stated_figure",
]

ColumnKind = Literal["str", "int", "float", "bool"]

LIST_SEPARATOR = "; "

COUNT_COLUMNS = ("killed", "injured", "casualties", "abducted", "arrested", "displaced")
"""Count categories with their own ``<category>_low``/``<category>_high`` columns: the tolls of people
(the counts' person events, and "casualties", killed and injured together). Others go to ``other_counts``."""

_CLAIM_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    ("id", "str"), ("document_id", "str"), ("event_type", "str"), ("mode", "str"),
    ("acled_event_type", "str"), ("acled_sub_event_type", "str"), ("trigger", "str"),
    ("actors", "str"), ("targets", "str"), ("target_categories", "str"),
    ("claimant", "str"), ("claimant_kind", "str"), ("claimant_on_behalf_of", "str"),
    ("negated", "bool"), ("hedged", "bool"), ("modality", "str"), ("in_headline", "bool"),
    ("date_start", "str"), ("date_end", "str"), ("date_precision", "str"), ("date_reported", "str"),
    ("date_basis", "str"),
)
_COUNT_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    *((f"{category}_{bound}", "int") for category in COUNT_COLUMNS for bound in ("low", "high")),
    ("other_counts", "str"),
)
_PLACE_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    ("locations", "str"), ("place", "str"), ("place_lat", "float"), ("place_lon", "float"),
    ("place_country", "str"), ("place_admin1", "str"), ("place_precision", "int"), ("place_geonameid", "int"),
    ("place_as_written", "str"), ("place_inherited", "bool"),
)
_PROVENANCE_COLUMNS: tuple[tuple[str, ColumnKind], ...] = (
    ("url", "str"), ("source", "str"), ("outlet", "str"), ("title", "str"), ("published", "str"), ("evidence", "str"),
    ("start", "int"), ("end", "int"),
)

FLAT_COLUMNS: dict[str, ColumnKind] = dict(_CLAIM_COLUMNS + _COUNT_COLUMNS + _PLACE_COLUMNS + _PROVENANCE_COLUMNS)
"""Every column of a flat claim row, in order, with its type."""


def _headline_key(indexed: tuple[int, Count]) -> tuple[bool, int, int]:
    index, count = indexed
    return (count.low is None, -(count.low or 0), index)


def headline_count(counts: Iterable[Count], category: str) -> Count | None:
    """The count of ``category`` that stands for the claim's figure: the one with the highest known low bound.

    Why not a sum: a claim's counts of one category are mostly a whole and its parts ("four killed,
    including two children"); the largest figure is the whole. Ties go to the earliest in the text. The
    store's ``claims_view`` picks the same count (migration 8).
    """
    found = [(i, c) for i, c in enumerate(counts) if c.category == category]
    return min(found, key=_headline_key)[1] if found else None


def stated_figure(count: Count | None) -> int | None:
    """The lowest figure a count allows (ACLED codes the lowest): its low bound, else its high bound."""
    if count is None:
        return None
    return count.low if count.low is not None else count.high


def _count_cells(counts: list[Count]) -> dict[str, Any]:
    cells: dict[str, Any] = {}
    for category in COUNT_COLUMNS:
        count = headline_count(counts, category)
        cells[f"{category}_low"] = count.low if count else None
        cells[f"{category}_high"] = count.high if count else None
    others = [c for c in counts if c.category not in COUNT_COLUMNS]
    cells["other_counts"] = LIST_SEPARATOR.join(f"{c.category}: {c.as_written}" for c in others) or None
    return cells


def located(location: Location) -> bool:
    """Whether a place has coordinates within WGS 84's ranges."""
    return (
        location.lat is not None and location.lon is not None
        and -90.0 <= location.lat <= 90.0 and -180.0 <= location.lon <= 180.0
    )


def _place_cells(locations: list[Location]) -> dict[str, Any]:
    first = locations[0] if locations else None
    return {
        "locations": LIST_SEPARATOR.join(loc.name for loc in locations),
        "place": first.name if first else None,
        "place_lat": first.lat if first else None,
        "place_lon": first.lon if first else None,
        "place_country": first.country if first else None,
        "place_admin1": first.admin1 if first else None,
        "place_precision": first.precision if first else None,
        "place_geonameid": first.geonameid if first else None,
        "place_as_written": first.as_written if first else None,
        "place_inherited": first.inherited if first else None,
    }


def flat_row(claim: Claim, provenance: Provenance | None = None) -> dict[str, Any]:
    """The claim as one flat row (``FLAT_COLUMNS``, in order); ``provenance`` defaults to the claim's own."""
    provenance = provenance or claim.provenance
    row: dict[str, Any] = {
        "id": claim.id,
        "document_id": claim.document_id,
        "event_type": claim.event_type,
        "mode": claim.mode,
        "acled_event_type": claim.acled.event_type if claim.acled else None,
        "acled_sub_event_type": claim.acled.sub_event_type if claim.acled else None,
        "trigger": claim.trigger,
        "actors": LIST_SEPARATOR.join(claim.actors),
        "targets": LIST_SEPARATOR.join(claim.targets),
        "target_categories": LIST_SEPARATOR.join(claim.target_categories),
        "claimant": claim.claimant.name,
        "claimant_kind": claim.claimant.kind,
        "claimant_on_behalf_of": claim.claimant.on_behalf_of,
        "negated": claim.negated,
        "hedged": claim.hedged,
        "modality": claim.modality,
        "in_headline": claim.in_headline,
        "date_start": claim.date.start,
        "date_end": claim.date.end,
        "date_precision": claim.date.precision,
        "date_reported": claim.date.reported,
        "date_basis": claim.date.date_basis,
        **_count_cells(claim.counts),
        **_place_cells(claim.locations),
        **_provenance_cells(provenance),
        "start": claim.start,
        "end": claim.end,
    }
    return row


def _provenance_cells(provenance: Provenance | None) -> dict[str, Any]:
    """The provenance columns, named and filled as for statements and contradictions (one definition, in render)."""
    from counterclaim.render import provenance_columns

    return provenance_columns(provenance)


def flat_rows(
    claims: Iterable[Claim], provenance_of: Callable[[Claim], Provenance | None] | None = None
) -> list[dict[str, Any]]:
    """Flat rows for many claims; ``provenance_of`` supplies each claim's provenance (its own when None)."""
    return [flat_row(claim, provenance_of(claim) if provenance_of else None) for claim in claims]
