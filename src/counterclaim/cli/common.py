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

if TYPE_CHECKING:
    from rich.table import Table

    from counterclaim.models import Claim, Statement
    from counterclaim.store import Store

EXIT_OK, EXIT_SOME_FAILED = 0, 1
FORMATS = click.Choice(["json", "table", "csv"])
R = TypeVar("R", "Statement", "Claim")

stderr = Console(stderr=True)


def stdout_console() -> Console:
    """Standard output; wide and unwrapped when piped, so a table survives ``| less``."""
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)


def open_store(db: str | None) -> Store:
    """The store at ``db`` (path or URL), with library errors turned into one clean CLI line."""
    from counterclaim.errors import CounterclaimError
    from counterclaim.store import Store

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
