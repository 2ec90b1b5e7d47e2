"""Commands over incidents: ``incidents`` (list), ``incident ID`` (who says what), ``regroup`` (rebuild)."""

from __future__ import annotations

import json
import sys

import click

from counterclaim.cli.common import FORMATS, open_store, stderr, stdout_console


@click.command()
@click.option("--contested", is_flag=True, default=None, help="Only incidents whose sources contradict each other.")
@click.option("--grade", type=click.Choice(["confirmed", "fair", "weak", "contested", "discounted"]),
              help="Only incidents of this grade.")
@click.option("--since", metavar="YYYY-MM-DD", help="Incidents on or after this day (their date, else first report).")
@click.option("--until", metavar="YYYY-MM-DD", help="Incidents on or before this day (their date, else first report).")
@click.option("--place", help="Incidents with a claim placed in a place, province or country containing this.")
@click.option("--actor", help="Incidents with a claim whose actor or target contains this.")
@click.option("--type", "event_type", help="PLOVER event type, e.g. ASSAULT.")
@click.option("-f", "--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def incidents(ctx: click.Context, contested: bool | None, grade: str | None, since: str | None, until: str | None,
              place: str | None, actor: str | None, event_type: str | None, fmt: str) -> None:
    """List incidents: one per real event, with its sources, tolls and grade.

    --format json prints one JSON array of incident records (the documented contract).
    """
    from counterclaim import render
    from counterclaim.incidents.render import incident_rows, incidents_table

    with open_store(ctx.obj["db"]) as store:
        found = store.incidents(grade=grade, contested=contested, since=since, until=until, place=place,
                                actor=actor, event_type=event_type)
    if fmt == "json":
        click.echo(json.dumps([incident.as_dict() for incident in found], ensure_ascii=False))
    elif fmt == "csv":
        render.write_csv(incident_rows(found), sys.stdout)
    else:
        stdout_console().print(incidents_table(found, title=f"{len(found)} incident(s)"))


@click.command()
@click.argument("incident_id")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def incident(ctx: click.Context, incident_id: str, fmt: str) -> None:
    """Show one incident (by its id or an id merged into it): who says what, side by side."""
    from counterclaim.incidents.render import incident_view

    with open_store(ctx.obj["db"]) as store:
        found = store.incident(incident_id)
    if found is None:
        raise click.ClickException(f"no incident {incident_id}")
    if fmt == "json":
        click.echo(json.dumps(found.as_dict(), ensure_ascii=False, indent=2))
    else:
        stdout_console().print(incident_view(found))


@click.command()
@click.pass_context
def regroup(ctx: click.Context) -> None:
    """Rebuild every incident from the stored claims; ids handed out before stay resolvable."""
    from counterclaim.incidents.service import regroup_store

    with open_store(ctx.obj["db"]) as store:
        found = regroup_store(store)
    stderr.print(f"{len(found)} incident(s) from {sum(len(i.claims) for i in found)} claim(s)")
