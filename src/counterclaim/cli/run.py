"""Commands that read reports: ``ingest`` (into the store), ``extract`` (no store), ``example``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any, cast

import click

from counterclaim.cli.common import EXIT_OK, EXIT_SOME_FAILED, db_of, db_option, open_store, stderr, stdout_console

if TYPE_CHECKING:
    from counterclaim.batch import IngestSummary
    from counterclaim.ingest.published import DateOrder
    from counterclaim.models import Extraction, Failure

DEFAULT_MAX_BYTES = 10_000_000  # kept equal to counterclaim.ingest.DEFAULT_MAX_BYTES by a test


def _print_summary(summary: IngestSummary) -> None:
    copies = f"[bold]{summary.copies}[/] kept as copies, " if summary.copies else ""
    stderr.print(
        f"[bold]{summary.stored}[/] stored, [bold]{summary.duplicates}[/] duplicate(s), {copies}"
        f"[bold {'red' if summary.failed else 'green'}]{summary.failed}[/] failed"
    )
    for source, warning in summary.warnings:
        stderr.print(f"  [yellow]warning[/] {source}: {warning}", markup=True, highlight=False)
    for failure in summary.failures:
        stderr.print(f"  [red]failed[/] {failure.source}: {failure.reason}", markup=True, highlight=False)


def _run_ingest(db: str | None, paths: Sequence[str], quiet: bool, **options: Any) -> IngestSummary:
    """Ingest with a progress bar on stderr (unless quiet); the summary says what was stored and what failed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from counterclaim.batch import Outcome, ingest_paths

    with open_store(db) as store:
        columns = (SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[last]}", style="dim"), TimeElapsedColumn())
        with Progress(*columns, console=stderr, disable=quiet, transient=True) as progress:
            task = progress.add_task("ingest", total=None, last="")

            def advance(outcome: Outcome) -> None:
                progress.update(task, advance=1, last=f"{outcome.status}: {outcome.source}"[-60:])

            summary = ingest_paths(store, list(paths), on_outcome=advance, **options)
    return summary


DATE_ORDER = click.option(
    "--date-order", type=click.Choice(["DMY", "MDY"]), default=None,
    help="How to read numeric publication dates such as 05/04/2017 (ambiguous ones are otherwise unknown).",
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--batch-size", default=32, show_default=True, help="Documents per spaCy batch.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Skip (and record) larger files.")
@click.option("--reprocess", is_flag=True, help="Extract again documents already in the store.")
@DATE_ORDER
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@db_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], batch_size: int, max_bytes: int, reprocess: bool,
           date_order: str | None, quiet: bool) -> None:
    """Read PATHS (files, directories, globs, - for stdin), extract, and store.

    Documents already stored are skipped, so a re-run resumes an interrupted one; the same text
    under another url, source or date is kept as a copy of the stored document.
    Failed documents are listed with their reason and kept in the store's failures table.
    """
    summary = _run_ingest(db_of(ctx), paths, quiet, batch_size=batch_size, max_bytes=max_bytes,
                          reprocess=reprocess, date_order=date_order)
    _print_summary(summary)
    ctx.exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger files.")
@DATE_ORDER
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, max_bytes: int, date_order: str | None) -> None:
    """Extract statements, claims and contradictions from PATHS without storing them.

    JSON: one object for a single document, JSON Lines (one object per line, input order)
    when the input holds several; a failed document prints an object with an "error" field.
    """
    from counterclaim import render
    from counterclaim.models import Failure

    results = _extract_all(paths, max_bytes, date_order)
    console = stdout_console()
    several = len(results) > 1
    failed = 0
    for result in results:
        if isinstance(result, Failure):
            failed += 1
            if fmt == "json":
                click.echo(json.dumps({"source": result.source, "error": result.reason, "stage": result.stage},
                                      ensure_ascii=False))
            else:
                stderr.print(f"[red]failed[/] {result.source}: {result.reason}", highlight=False)
        elif fmt == "json":  # the document's warnings are in its "warnings" field
            click.echo(render.extraction_json(result, indent=None if several else 2))
        else:
            for warning in result.document.warnings:
                stderr.print(f"[yellow]warning[/] {result.document.source}: {warning}", highlight=False)
            render.print_extraction(console, result)
    ctx.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _extract_all(paths: Sequence[str], max_bytes: int, date_order: str | None) -> list[Extraction | Failure]:
    """Every input document's Extraction or Failure, in input order."""
    from counterclaim.ingest import read_documents
    from counterclaim.models import Document, Failure
    from counterclaim.pipeline import process_documents

    ordered: list[Extraction | Failure | None] = []
    positions: dict[int, int] = {}
    documents: list[Document] = []
    order = cast("DateOrder | None", date_order)
    for item in read_documents(list(paths), max_bytes=max_bytes, date_order=order):
        if isinstance(item, Failure):
            ordered.append(item)
        else:
            positions[len(documents)] = len(ordered)
            ordered.append(None)
            documents.append(item)
    for index, result in enumerate(process_documents(documents)):
        ordered[positions[index]] = result
    return [r for r in ordered if r is not None]




@click.command()
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@db_option
@click.pass_context
def example(ctx: click.Context, quiet: bool) -> None:
    """Ingest the bundled example report into the store and show who says what.

    The example is a Voice of America wire report (public domain, US government work) on the
    first Russian air strikes in Syria, as scraped onto a blog, page furniture and all.
    """
    from counterclaim import render

    path = resources.files("counterclaim") / "examples" / "voa_russia_syria_strikes.txt"
    with resources.as_file(path) as example_path:
        summary = _run_ingest(db_of(ctx), [str(example_path)], quiet)
    _print_summary(summary)
    with open_store(db_of(ctx)) as store:
        extraction = store.extraction(summary.document_ids[0]) if summary.document_ids else None
        if extraction is None:
            raise click.ClickException("the example was not stored")
        render.print_extraction(stdout_console(), extraction)
        stderr.print(f"stored in {store.url}")
