"""Where the store lives and how to open it: a path or SQLAlchemy URL → a migrated Engine.

Why its own module: choosing the database (argument, ``$COUNTERCLAIM_DB``, or
``./counterclaim.db``) and the SQLite connection settings are the same for every caller, and
keeping them apart from the queries lets a PostgreSQL user read one short file to see what
differs (nothing but the URL).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from counterclaim.errors import StoreError
from counterclaim.store.migrations import migrate

__all__ = ["DEFAULT_DB", "database_url", "open_engine"]

DEFAULT_DB = "counterclaim.db"


def database_url(target: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL for a path or URL; None means ``$COUNTERCLAIM_DB`` or ``./counterclaim.db``."""
    if target == ":memory:":
        return "sqlite://"
    value = os.fspath(target) if target is not None else os.environ.get("COUNTERCLAIM_DB", DEFAULT_DB)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    """SQLite ignores ON DELETE CASCADE unless asked per connection; WAL lets readers run beside a batch."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def open_engine(url: str) -> Engine:
    """An Engine for ``url`` with the schema brought up to date; any database error becomes a StoreError."""
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _enable_sqlite_foreign_keys)
        with engine.begin() as connection:
            migrate(connection)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open store {url}: {exc.__class__.__name__}: {exc}") from exc
    return engine
