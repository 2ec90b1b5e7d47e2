"""Commands that read the store: ``statements``, ``claims``, ``contradictions``, ``failures``.

Every one takes ``--db`` before or after its name, and refuses a store file that does not exist
(exit 2) rather than creating an empty one. Names are matched through the actor lexicon and the
gazetteer (``counterclaim.filters``), the same code ``Store`` uses.
"""

from __future__ import annotations

import json
from typing import Any

import click

from counterclaim.cli.common import (
    FORMATS,
    claim_date_options,
    claim_filters,
    db_of,
    db_option,
    emit,
    name_filter_options,
    open_store,
)


@click.command()
@click.option("--speaker", help="A speaker, the body they speak for, or an alias or acronym (SOHR): whole words, "
              "any case, accents ignored.")
@click.option("--document", "document_id", help="Only statements from this document id.")
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@db_option
@click.pass_context
def statements(ctx: click.Context, speaker: str | None, document_id: str | None, fmt: str) -> None:
    """List stored statements: who said what, with the outlet and day of each report."""
    from counterclaim import render

    with open_store(db_of(ctx), must_exist=True) as store:
        found = store.statements(speaker=speaker, document_id=document_id)
    emit(found, fmt, render.statement_rows, render.statements_table, "statement")


@click.command()
@name_filter_options
@claim_date_options
@click.option("--negated/--asserted", default=None, help="Only denials, or only assertions.")
@click.option("--document", "document_id", help="Only claims from this document id.")
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@db_option
@click.pass_context
def claims(ctx: click.Context, /, fmt: str, **filters: Any) -> None:
    """List stored claims: what each source says happened, with the outlet and day of each report.

    A claim's date is the one its words give; a claim they do not date carries the day its report
    was published ("reported"), and the date filters use that day unless --text-dates-only.
    """
    from counterclaim import render

    with open_store(db_of(ctx), must_exist=True) as store:
        found = store.claims(**vars(claim_filters(**filters)))
    emit(found, fmt, render.claim_rows, render.claims_table, "claim")


@click.command()
@name_filter_options
@claim_date_options
@click.option("--document", "document_id", help="Only contradictions within this document id.")
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@db_option
@click.pass_context
def contradictions(ctx: click.Context, /, fmt: str, document_id: str | None, **filters: Any) -> None:
    """List who disputes what: pairs of claims by opposing parties that disagree about one event.

    The filters keep a contradiction when either of its two claims matches them all.
    """
    from counterclaim import render

    with open_store(db_of(ctx), must_exist=True) as store:
        found = store.contradictions(document_id=document_id, filters=claim_filters(**filters))
    emit(found, fmt, render.contradiction_rows, render.contradictions_table, "contradiction")


@click.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True)
@db_option
@click.pass_context
def failures(ctx: click.Context, fmt: str) -> None:
    """List documents that failed, with the reason — nothing is lost silently."""
    with open_store(db_of(ctx), must_exist=True) as store:
        found = store.failures()
    for failure in found:
        if fmt == "json":
            click.echo(json.dumps(failure.as_dict(), ensure_ascii=False))
        else:
            click.echo(f"{failure.source}\t{failure.stage}\t{failure.reason}")
