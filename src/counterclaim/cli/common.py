"""What every command shares: the consoles, exit codes, opening the store, printing records.

Heavy modules (spaCy, the store, the pipeline) are imported inside the functions that need
them, so ``counterclaim --help`` answers without loading them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console

from counterclaim.filters import EVENT_TYPES

if TYPE_CHECKING:
    from rich.table import Table

    from counterclaim.models import Claim, Contradiction, Statement
    from counterclaim.store import ClaimFilters, Store

EXIT_OK, EXIT_SOME_FAILED = 0, 1
FORMATS = click.Choice(["json", "table", "csv"])
R = TypeVar("R", "Statement", "Claim", "Contradiction")

stderr = Console(stderr=True)


def stdout_console() -> Console:
    """Standard output; wide and unwrapped when piped, so a table survives ``| less``."""
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)


class MissingStoreError(click.ClickException):
    """A read command pointed at a store file that does not exist: a usage error (exit 2), not an empty store."""

    exit_code = 2


def _remember_db(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.ensure_object(dict)["db"] = value


F = TypeVar("F", bound=Callable[..., Any])


def db_option(command: F) -> F:
    """``--db`` on a store command, so that it may follow the subcommand too; it overrides the group's."""
    option = click.option(
        "--db",
        default=None,
        metavar="PATH|URL",
        expose_value=False,
        is_eager=True,
        callback=_remember_db,
        help="Store: a SQLite file path or an SQLAlchemy URL (also accepted before the command).",
    )
    return option(command)


def db_of(ctx: click.Context) -> str | None:
    """The store the user chose: ``--db`` after the command, else before it, else ``$COUNTERCLAIM_DB``."""
    return (ctx.obj or {}).get("db") if isinstance(ctx.obj, dict) else None


def open_store(db: str | None, *, must_exist: bool = False) -> Store:
    """The store at ``db`` (path or URL), with library errors turned into one clean CLI line.

    ``must_exist`` (read commands): a SQLite file that is not there is an error naming the path,
    exit 2, instead of a new empty store that answers every query with nothing.
    """
    from counterclaim.errors import CounterclaimError
    from counterclaim.store import Store, database_url
    from counterclaim.store.connection import sqlite_path

    path = sqlite_path(database_url(db))
    if must_exist and path is not None and not path.exists():
        raise MissingStoreError(
            f"no store at {path} (ingest creates one; choose another with --db PATH or $COUNTERCLAIM_DB)"
        )
    try:
        return Store(db)
    except CounterclaimError as exc:
        raise click.ClickException(str(exc)) from exc


def emit(
    records: Sequence[R],
    fmt: str,
    to_rows: Callable[[Sequence[R]], list[dict[str, Any]]],
    to_table: Callable[..., Table],
    noun: str,
) -> None:
    """Print stored records as JSON Lines, CSV or a readable table."""
    from counterclaim import render

    if fmt == "json":
        for record in records:
            click.echo(json.dumps(record.as_dict(), ensure_ascii=False))
    elif fmt == "csv":
        render.write_csv(to_rows(records), sys.stdout)
    else:
        stdout_console().print(to_table(records, title=f"{len(records)} {noun}(s)"))


class IsoDay(click.ParamType[str, Any]):
    """A day written YYYY-MM-DD that exists: "2016-13-01" and "yesterday" are usage errors (exit 2)."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from counterclaim.filters import iso_day

        try:
            return iso_day(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class EventTypeChoice(click.Choice[str]):
    """PLOVER's types, any case on the command line, listed in capitals in ``--help`` and in errors."""

    def __init__(self) -> None:
        super().__init__(EVENT_TYPES, case_sensitive=False)

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return f"{value!r} is not a PLOVER event type; choose one of: {', '.join(EVENT_TYPES)}."


DAY = IsoDay()
EVENT_TYPE = EventTypeChoice()


def _options(*options: Callable[[F], F]) -> Callable[[F], F]:
    def apply(command: F) -> F:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


# Who and where, shared by every command that filters claims (claims, contradictions, documents).
name_filter_options = _options(
    click.option("--type", "event_type", type=EVENT_TYPE, metavar="TYPE",
                 help=f"PLOVER event type, any case: {', '.join(EVENT_TYPES)}."),
    click.option("--actor", help="An actor or target, by name, alias or acronym (Daesh, ISIL, SDF): whole words."),
    click.option("--claimant", help="Who voices the claim (or the body they speak for), by name, alias or acronym."),
    click.option("--place", help="A place by any spelling (accents ignored), or a province or country."),
)

claim_date_options = _options(
    click.option("--since", type=DAY, help="Claims dated on or after this day (their own date, else the day their "
                 "report was published)."),
    click.option("--until", type=DAY, help="Claims dated on or before this day (their own date, else the day their "
                 "report was published)."),
    click.option("--text-dates-only", is_flag=True,
                 help="Only claims whose own words date them; --since/--until then ignore the reported day."),
)


def claim_filters(**given: Any) -> ClaimFilters:
    """The store's claim filters from the options of a command (those it does not have stay unset)."""
    from counterclaim.store import ClaimFilters

    names = ("event_type", "actor", "claimant", "place", "since", "until", "negated", "document_id", "text_dates_only")
    return ClaimFilters(**{name: given[name] for name in names if given.get(name) is not None})
