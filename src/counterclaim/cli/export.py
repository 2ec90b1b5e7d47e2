"""``counterclaim export``: the stored claims in the formats analysts load (ACLED-style CSV, GeoJSON,
JSON Lines, Parquet, flat CSV), to standard output or a file.

Why the filters are the ``claims`` command's own parameters: ``export`` must select exactly what
``claims`` lists with the same options, now and whenever those options change, so it reuses them
(every option of ``claims`` but its ``--format``) and passes them on to ``Store.claims`` by name.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from counterclaim.cli.common import open_store, stderr
from counterclaim.cli.query import claims as claims_command

if TYPE_CHECKING:
    from counterclaim.export import ExportSummary
    from counterclaim.models import Claim
    from counterclaim.store import Store

# counterclaim.export.FORMATS, written out so that --help does not import the export package
EXPORT_FORMATS = ("acled-csv", "geojson", "jsonl", "parquet", "csv")
_NOT_FILTERS = frozenset({"fmt"})


def _filter_params() -> list[click.Parameter]:
    return [param for param in claims_command.params if param.name not in _NOT_FILTERS]


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


@click.command(params=_filter_params())
@click.option("-f", "--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="acled-csv: ACLED's columns; geojson: one point per located place (QGIS); jsonl, parquet, "
                   "csv: one flat row per claim (pandas, polars, spreadsheets).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--raw", is_flag=True,
              help="CSV: keep text that begins with = + - @ as it is (by default it gets a leading ' so that "
                   "spreadsheets do not run it as a formula).")
@click.pass_context
def export(ctx: click.Context, /, fmt: str, output: Path | None, raw: bool, **filters: Any) -> None:
    """Export stored claims, with the same filters as ``claims``.

    Standard output by default, so `counterclaim export -f jsonl | ...` works; Parquet goes to standard
    output too when it is redirected or piped, never to a terminal. Every row carries its document's
    url, outlet, title, date and the evidence sentence. The columns are described in docs/exports.md.
    """
    if fmt == "parquet" and output is None and stdout_is_terminal():
        raise click.UsageError("Parquet is binary: give --output FILE, or redirect standard output (> claims.parquet)")
    if output is not None and not output.parent.is_dir():
        raise click.BadParameter(f"the folder {output.parent} does not exist", param_hint="--output")
    with open_store(ctx.obj["db"]) as store:
        summary = _write(store, store.claims(**filters), fmt, output, raw)
    noun = "feature" if fmt == "geojson" else "row"
    where = f" to {output}" if output is not None else ""
    message = f"{summary.written} {noun}(s){where}"
    if summary.left_out:
        message += f"; {summary.left_out} claim(s) left out ({summary.reason})"
    stderr.print(message, highlight=False)


def _write(store: Store, found: list[Claim], fmt: str, output: Path | None, raw: bool) -> ExportSummary:
    """Export ``found`` to ``output`` (standard output when None), Parquet as bytes, the rest as UTF-8 text."""
    from counterclaim.export import export_claims

    if output is None and fmt == "parquet":
        return export_claims(found, fmt, binary_out=sys.stdout.buffer, documents=store.document)
    if output is None:
        return export_claims(found, fmt, text_out=sys.stdout, documents=store.document, raw=raw)
    try:
        if fmt == "parquet":
            with output.open("wb") as binary:
                return export_claims(found, fmt, binary_out=binary, documents=store.document)
        with output.open("w", encoding="utf-8", newline="") as text:
            return export_claims(found, fmt, text_out=text, documents=store.document, raw=raw)
    except OSError as exc:
        raise click.FileError(str(output), hint=exc.strerror or str(exc)) from exc
