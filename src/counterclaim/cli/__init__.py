"""The ``counterclaim`` command: thin click commands over the library, one module per family.

Exit codes scripts can trust: 0 all good; 1 some documents failed (the rest were still
processed and stored); 2 usage error (click's own). Data goes to stdout, progress and
summaries to stderr, so ``counterclaim extract x.html --format json | jq`` works.

Commands live in ``run`` (ingest, extract, example), ``query`` (statements, claims,
failures), ``incidents`` (incidents, incident, regroup) and ``gazetteer``; each module
imports the heavy parts of the library inside its commands, so ``counterclaim --help``
stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from counterclaim import __version__
from counterclaim.cli import gazetteer, incidents, query, run
from counterclaim.cli.common import EXIT_SOME_FAILED, stderr


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


for _command in (run.ingest, run.extract, run.example, query.statements, query.claims, query.failures,
                 gazetteer.gazetteer_group, incidents.incidents, incidents.incident, incidents.regroup):
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point; library errors become one clean line and exit 1."""
    from counterclaim.errors import CounterclaimError

    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="counterclaim")
    except CounterclaimError as exc:
        stderr.print(f"[red]error:[/] {exc}", highlight=False)
        sys.exit(EXIT_SOME_FAILED)


__all__ = ["cli", "main"]
