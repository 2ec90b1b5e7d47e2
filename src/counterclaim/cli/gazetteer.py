"""``counterclaim gazetteer add|list|remove``: the user's own gazetteers."""

from __future__ import annotations

import click

from counterclaim.cli.common import stderr


@click.group("gazetteer")
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
    from counterclaim.errors import CounterclaimError
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
    from counterclaim.errors import CounterclaimError
    from counterclaim.gazetteers import remove_gazetteer

    try:
        removed = remove_gazetteer(name, ctx.obj["gazetteer_dir"])
    except CounterclaimError as exc:
        raise click.ClickException(str(exc)) from exc
    stderr.print(f"removed {removed}", highlight=False)
