"""Exports for the tools analysts load: ACLED-style CSV, GeoJSON, JSON Lines, Parquet and flat CSV.

Why a package of its own: the CLI's ``export`` command and a notebook user call the same
functions, and each format is a small module over one flat row per claim (``flat``) and one
provenance per claim (``provenance``: the claim's own, else built from its stored document).

    flat.py        claim → flat row (FLAT_COLUMNS)     provenance.py  document metadata + evidence sentence
    acled_csv.py   ACLED's columns (claims; incidents hook)   geojson.py  one Point per located claim-place
    jsonl.py       flat rows as JSON Lines              parquet.py     flat rows, typed schema (pyarrow)
    spreadsheet.py CSV with formula-looking text neutralised

``export_claims`` writes one format; the column derivations are documented in docs/exports.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from counterclaim.export import acled_csv, geojson, jsonl, parquet
from counterclaim.export.flat import FLAT_COLUMNS, flat_row, flat_rows
from counterclaim.export.provenance import DocumentLookup, ProvenanceResolver, evidence_sentence
from counterclaim.export.spreadsheet import neutralise, write_csv
from counterclaim.models import Claim

__all__ = [
    "BINARY_FORMATS",
    "FLAT_COLUMNS",
    "FORMATS",
    "ExportSummary",
    "ProvenanceResolver",
    "evidence_sentence",
    "export_claims",
    "flat_row",
    "flat_rows",
    "neutralise",
]

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet", "csv")
BINARY_FORMATS = frozenset({"parquet"})


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: ``written`` rows or features, and ``left_out`` claims with the reason."""

    written: int
    left_out: int = 0
    reason: str = ""


def export_claims(
    claims: Sequence[Claim],
    fmt: str,
    *,
    text_out: TextIO | None = None,
    binary_out: BinaryIO | None = None,
    documents: DocumentLookup | None = None,
    raw: bool = False,
) -> ExportSummary:
    """Write ``claims`` in ``fmt`` (one of ``FORMATS``): Parquet to ``binary_out``, the others to ``text_out``.

    ``documents`` (``Store.document``) supplies the provenance of claims that do not carry their own;
    ``raw`` writes CSV text cells as they are instead of neutralising formula-like ones.
    """
    provenance_of = ProvenanceResolver(documents)
    if fmt == "parquet":
        if binary_out is None:
            raise ValueError("Parquet needs a binary output")
        return ExportSummary(parquet.write_parquet(flat_rows(claims, provenance_of), binary_out))
    if text_out is None:
        raise ValueError(f"{fmt} needs a text output")
    if fmt == "acled-csv":
        made = acled_csv.acled_rows(claims, lambda claim: acled_csv.claim_row(claim, provenance_of(claim)))
        written = acled_csv.write_acled_csv(made.rows, text_out, raw=raw)
        return ExportSummary(written, made.skipped, "no ACLED event type")
    if fmt == "geojson":
        result = geojson.feature_collection(claims, provenance_of)
        return ExportSummary(geojson.write_geojson(result, text_out), result.unlocated_claims, "no coordinates")
    if fmt == "jsonl":
        return ExportSummary(jsonl.write_jsonl(flat_rows(claims, provenance_of), text_out))
    if fmt == "csv":
        return ExportSummary(write_csv(flat_rows(claims, provenance_of), list(FLAT_COLUMNS), text_out, raw=raw))
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
