"""The ``counterclaim`` command: thin click commands over the library.

Exit codes scripts can trust: 0 all good; 1 some documents failed (the rest were still
processed and stored); 2 usage error (click's own). Data goes to stdout, progress and
summaries to stderr, so ``counterclaim extract x.html --format json | jq`` works.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from counterclaim import __version__, render
from counterclaim.batch import IngestSummary, Outcome, ingest_paths
from counterclaim.errors import CounterclaimError
from counterclaim.ingest import DEFAULT_MAX_BYTES, read_documents
from counterclaim.models import Claim, Document, Extraction, Failure, Statement
from counterclaim.pipeline import process_documents
from counterclaim.store import Store

EXIT_OK, EXIT_SOME_FAILED = 0, 1
R = TypeVar("R", Statement, Claim)
FORMATS = click.Choice(["json", "table", "csv"])

stderr = Console(stderr=True)


def _stdout() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)


def _open_store(db: str | None) -> Store:
    try:
        return Store(db)
    except CounterclaimError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="counterclaim")
@click.option(
    "--db",
    envvar="COUNTERCLAIM_DB",
    default=None,
    metavar="PATH|URL",
    help="Store: a SQLite file path or an SQLAlchemy URL. [env: COUNTERCLAIM_DB; default: ./counterclaim.db]",
)
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """counterclaim — who says what about armed conflict, who disputes it, and how sure anyone can be.

    Read reports (text, HTML, JSON Lines; files, directories, globs or - for stdin), extract
    attributed statements, event claims and contradictions, and store them.
    """
    ctx.obj = {"db": db}


# ---- ingest -------------------------------------------------------------------------------------


def _print_summary(summary: IngestSummary) -> None:
    stderr.print(
        f"[bold]{summary.stored}[/] stored, [bold]{summary.duplicates}[/] duplicate(s), "
        f"[bold {'red' if summary.failed else 'green'}]{summary.failed}[/] failed"
    )
    for failure in summary.failures:
        stderr.print(f"  [red]failed[/] {failure.source}: {failure.reason}", markup=True, highlight=False)


def _run_ingest(db: str | None, paths: Sequence[str], quiet: bool, **options: Any) -> IngestSummary:
    with _open_store(db) as store:
        columns = (SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[last]}", style="dim"), TimeElapsedColumn())
        with Progress(*columns, console=stderr, disable=quiet, transient=True) as progress:
            task = progress.add_task("ingest", total=None, last="")

            def advance(outcome: Outcome) -> None:
                progress.update(task, advance=1, last=f"{outcome.status}: {outcome.source}"[-60:])

            summary = ingest_paths(store, list(paths), on_outcome=advance, **options)
    return summary


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--batch-size", default=32, show_default=True, help="Documents per spaCy batch.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Skip (and record) larger files.")
@click.option("--reprocess", is_flag=True, help="Extract again documents already in the store.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], batch_size: int, max_bytes: int, reprocess: bool,
           quiet: bool) -> None:
    """Read PATHS (files, directories, globs, - for stdin), extract, and store.

    Documents already stored are skipped, so a re-run resumes an interrupted one.
    Failed documents are listed with their reason and kept in the store's failures table.
    """
    summary = _run_ingest(ctx.obj["db"], paths, quiet, batch_size=batch_size, max_bytes=max_bytes,
                          reprocess=reprocess)
    _print_summary(summary)
    ctx.exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


# ---- extract (no store) -------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse larger files.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, max_bytes: int) -> None:
    """Extract statements, claims and contradictions from PATHS without storing them.

    JSON: one object for a single document, JSON Lines (one object per line, input order)
    when the input holds several; a failed document prints an object with an "error" field.
    """
    results = _extract_all(paths, max_bytes)
    console = _stdout()
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
        elif fmt == "json":
            click.echo(render.extraction_json(result, indent=None if several else 2))
        else:
            render.print_extraction(console, result)
    ctx.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _extract_all(paths: Sequence[str], max_bytes: int) -> list[Extraction | Failure]:
    """Every input document's Extraction or Failure, in input order."""
    ordered: list[Extraction | Failure | None] = []
    positions: dict[int, int] = {}
    documents: list[Document] = []
    for item in read_documents(list(paths), max_bytes=max_bytes):
        if isinstance(item, Failure):
            ordered.append(item)
        else:
            positions[len(documents)] = len(ordered)
            ordered.append(None)
            documents.append(item)
    for index, result in enumerate(process_documents(documents)):
        ordered[positions[index]] = result
    return [r for r in ordered if r is not None]


# ---- queries over the store ---------------------------------------------------------------------


def _emit(
    records: Sequence[R],
    fmt: str,
    to_rows: Callable[[Sequence[R]], list[dict[str, Any]]],
    to_table: Callable[..., Table],
    noun: str,
) -> None:
    """Print stored records as JSON Lines, CSV or a readable table."""
    if fmt == "json":
        for record in records:
            click.echo(json.dumps(record.as_dict(), ensure_ascii=False))
    elif fmt == "csv":
        render.write_csv(to_rows(records), sys.stdout)
    else:
        _stdout().print(to_table(records, title=f"{len(records)} {noun}(s)"))


@cli.command()
@click.option("--speaker", help="Only statements whose speaker name contains this (any case).")
@click.option("--document", "document_id", help="Only statements from this document id.")
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def statements(ctx: click.Context, speaker: str | None, document_id: str | None, fmt: str) -> None:
    """List stored statements: who said what."""
    with _open_store(ctx.obj["db"]) as store:
        found = store.statements(speaker=speaker, document_id=document_id)
    _emit(found, fmt, render.statement_rows, render.statements_table, "statement")


@cli.command()
@click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--actor", help="Claims whose actor or target contains this.")
@click.option("--place", help="Claims located in a place, admin1 or country containing this.")
@click.option("--since", metavar="YYYY-MM-DD",
              help="Claims dated on or after this day (their own date, else the day their report was published).")
@click.option("--until", metavar="YYYY-MM-DD",
              help="Claims dated on or before this day (their own date, else the day their report was published).")
@click.option("--text-dates-only", is_flag=True,
              help="Only claims whose own words date them; --since/--until then ignore the reported day.")
@click.option("--negated/--asserted", default=None, help="Only denials, or only assertions.")
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def claims(ctx: click.Context, event_type: str | None, actor: str | None, place: str | None, since: str | None,
           until: str | None, text_dates_only: bool, negated: bool | None, fmt: str) -> None:
    """List stored claims: what each source says happened.

    A claim's date is the one its words give; a claim they do not date carries the day its report
    was published ("reported"), and the date filters use that day unless --text-dates-only.
    """
    with _open_store(ctx.obj["db"]) as store:
        found = store.claims(event_type=event_type, actor=actor, place=place, since=since, until=until,
                             negated=negated, text_dates_only=text_dates_only)
    _emit(found, fmt, render.claim_rows, render.claims_table, "claim")


@cli.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@click.pass_context
def failures(ctx: click.Context, fmt: str) -> None:
    """List documents that failed, with the reason — nothing is lost silently."""
    with _open_store(ctx.obj["db"]) as store:
        found = store.failures()
    for failure in found:
        if fmt == "json":
            click.echo(json.dumps(failure.as_dict(), ensure_ascii=False))
        else:
            click.echo(f"{failure.source}\t{failure.stage}\t{failure.reason}")


@cli.command()
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def example(ctx: click.Context, quiet: bool) -> None:
    """Ingest the bundled example report into the store and show who says what.

    The example is a Voice of America wire report (public domain, US government work) on the
    first Russian air strikes in Syria, as scraped onto a blog, page furniture and all.
    """
    path = resources.files("counterclaim") / "examples" / "voa_russia_syria_strikes.txt"
    with resources.as_file(path) as example_path:
        summary = _run_ingest(ctx.obj["db"], [str(example_path)], quiet)
    _print_summary(summary)
    with _open_store(ctx.obj["db"]) as store:
        extraction = store.extraction(summary.document_ids[0]) if summary.document_ids else None
        if extraction is None:
            raise click.ClickException("the example was not stored")
        render.print_extraction(_stdout(), extraction)
        stderr.print(f"stored in {store.url}")


# ---- gazetteer -----------------------------------------------------------------------------------


@cli.group("gazetteer")
@click.option(
    "--gazetteer-dir",
    envvar="COUNTERCLAIM_GAZETTEER_DIR",
    default=None,
    metavar="DIR",
    help="Where user gazetteers are kept. [env: COUNTERCLAIM_GAZETTEER_DIR; default: the user data folder]",
)
@click.pass_context
def gazetteer_group(ctx: click.Context, gazetteer_dir: str | None) -> None:
    """Your own gazetteers (GeoNames country dumps, CSV), consulted beside the shipped places.

    A national list gives village-level places: `counterclaim gazetteer add SY.txt`, then
    ingest as usual. Set COUNTERCLAIM_GAZETTEER_DIR for ingest to read a folder other than the default.
    """
    ctx.obj["gazetteer_dir"] = gazetteer_dir


@gazetteer_group.command("add")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--name", help="Name to store it under (default: the file name without extension).")
@click.pass_context
def gazetteer_add(ctx: click.Context, path: str, name: str | None) -> None:
    """Index PATH: a GeoNames dump (XX.txt, 19 columns) or a CSV with name, lat, lon, country[, admin1]."""
    from counterclaim.gazetteers import add_gazetteer

    try:
        info = add_gazetteer(path, name, ctx.obj["gazetteer_dir"])
    except CounterclaimError as exc:
        raise click.ClickException(str(exc)) from exc
    stderr.print(f"[bold]{info.name}[/]: {info.places} places, {info.names} names → {info.path}", highlight=False)


@gazetteer_group.command("list")
@click.pass_context
def gazetteer_list(ctx: click.Context) -> None:
    """The installed gazetteers: name, places, names, source file."""
    from counterclaim.gazetteers import gazetteer_dir, installed_gazetteers

    found = installed_gazetteers(ctx.obj["gazetteer_dir"])
    for info in found:
        click.echo(f"{info.name}\t{info.places}\t{info.names}\t{info.source}")
    if not found:
        stderr.print(f"no gazetteer in {gazetteer_dir(ctx.obj['gazetteer_dir'])}", highlight=False)


@gazetteer_group.command("remove")
@click.argument("name")
@click.pass_context
def gazetteer_remove(ctx: click.Context, name: str) -> None:
    """Remove the gazetteer NAME: its places are no longer looked up."""
    from counterclaim.gazetteers import remove_gazetteer

    try:
        removed = remove_gazetteer(name, ctx.obj["gazetteer_dir"])
    except CounterclaimError as exc:
        raise click.ClickException(str(exc)) from exc
    stderr.print(f"removed {removed}", highlight=False)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point; library errors become one clean line and exit 1."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="counterclaim")
    except CounterclaimError as exc:
        stderr.print(f"[red]error:[/] {exc}", highlight=False)
        sys.exit(EXIT_SOME_FAILED)


if __name__ == "__main__":
    main()
