"""Commands over stored reports: ``documents`` (the list, with counts) and ``document ID`` (one, highlighted).

Why: every row of ``statements``, ``claims`` and ``contradictions`` names its document; an analyst
needs to find reports by outlet and day, and to read one with what was found in it marked.
"""

from __future__ import annotations

import json
from typing import Any

import click

from counterclaim.cli.common import DAY, FORMATS, claim_filters, db_of, db_option, name_filter_options, open_store


@click.command()
@click.option("--source", help="The outlet: a name among the words of the report's source, site or URL.")
@click.option("--since", type=DAY, help="Reports published on or after this day.")
@click.option("--until", type=DAY, help="Reports published on or before this day.")
@name_filter_options
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@db_option
@click.pass_context
def documents(
    ctx: click.Context, /, source: str | None, since: str | None, until: str | None, fmt: str, **filters: Any
) -> None:
    """List stored reports: id, published, outlet, title, url and how many statements, claims and
    contradictions each holds. --type/--actor/--claimant/--place keep reports holding such a claim."""
    from counterclaim import render

    wanted = claim_filters(**filters) if any(filters.values()) else None
    with open_store(db_of(ctx), must_exist=True) as store:
        found = store.document_summaries(source=source, since=since, until=until, claims=wanted)
    if fmt == "json":
        for summary in found:
            click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
    elif fmt == "csv":
        import sys

        render.write_csv(render.document_rows(found), sys.stdout)
    else:
        from counterclaim.cli.common import stdout_console

        stdout_console().print(render.documents_table(found, title=f"{len(found)} document(s)"))


@click.command()
@click.argument("document_id", metavar="ID")
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True,
              help="table: the text with statements, speakers, cues and claims highlighted; json: everything stored.")
@db_option
@click.pass_context
def document(ctx: click.Context, document_id: str, fmt: str) -> None:
    """Show one stored report (ID, or its first characters): its text with what was found in it
    highlighted, its counts, and who says what."""
    from counterclaim import render
    from counterclaim.cli.common import stdout_console

    with open_store(db_of(ctx), must_exist=True) as store:
        extraction = store.extraction(document_id)
    if extraction is None:
        raise click.BadParameter(f"no stored document has the id {document_id!r} (see: counterclaim documents)",
                                 param_hint="ID")
    if fmt == "json":
        click.echo(render.extraction_json(extraction, indent=2))
    else:
        render.print_document(stdout_console(), extraction)
