"""Commands that read the store: ``statements``, ``claims``, ``failures``."""

from __future__ import annotations

import json

import click

from counterclaim.cli.common import FORMATS, emit, open_store


@click.command()
@click.option("--speaker", help="Only statements whose speaker name contains this (any case).")
@click.option("--document", "document_id", help="Only statements from this document id.")
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def statements(ctx: click.Context, speaker: str | None, document_id: str | None, fmt: str) -> None:
    """List stored statements: who said what."""
    from counterclaim import render

    with open_store(ctx.obj["db"]) as store:
        found = store.statements(speaker=speaker, document_id=document_id)
    emit(found, fmt, render.statement_rows, render.statements_table, "statement")


@click.command()
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
    from counterclaim import render

    with open_store(ctx.obj["db"]) as store:
        found = store.claims(event_type=event_type, actor=actor, place=place, since=since, until=until,
                             negated=negated, text_dates_only=text_dates_only)
    emit(found, fmt, render.claim_rows, render.claims_table, "claim")


@click.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@click.pass_context
def failures(ctx: click.Context, fmt: str) -> None:
    """List documents that failed, with the reason — nothing is lost silently."""
    with open_store(ctx.obj["db"]) as store:
        found = store.failures()
    for failure in found:
        if fmt == "json":
            click.echo(json.dumps(failure.as_dict(), ensure_ascii=False))
        else:
            click.echo(f"{failure.source}\t{failure.stage}\t{failure.reason}")
