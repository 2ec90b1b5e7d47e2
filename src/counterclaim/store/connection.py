"""Where the store lives and how to open it: a path or SQLAlchemy URL → a migrated Engine.

Why its own module: choosing the database (argument, ``$COUNTERCLAIM_DB``, or
``./counterclaim.db``) and the SQLite connection settings are the same for every caller, and
keeping them apart from the queries lets a PostgreSQL user read one short file to see what
differs (nothing but the URL).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from counterclaim.errors import StoreError
from counterclaim.store.migrations import migrate

__all__ = ["DEFAULT_DB", "database_url", "open_engine", "shown", "sqlite_path"]

DEFAULT_DB = "counterclaim.db"


# The drivers counterclaim installs as extras; a URL without its driver names the extra to install.
_DRIVER_EXTRAS = {"postgresql": "pip install 'counterclaim[postgres]'"}
# A bare PostgreSQL URL means the driver the 'postgres' extra installs (psycopg 3), not SQLAlchemy's
# default (psycopg2), so that ``postgresql://host/db`` works once the extra is installed.
_BARE_POSTGRES = re.compile(r"^postgres(?:ql)?://")


def database_url(target: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL for a path or URL; None means ``$COUNTERCLAIM_DB`` or ``./counterclaim.db``."""
    if target == ":memory:":
        return "sqlite://"
    value = os.fspath(target) if target is not None else os.environ.get("COUNTERCLAIM_DB", DEFAULT_DB)
    if "://" in value:
        return _BARE_POSTGRES.sub("postgresql+psycopg://", value)
    return f"sqlite:///{Path(value).expanduser()}"


def sqlite_path(url: str) -> Path | None:
    """The file a SQLite URL names; None for any other database and for an in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def shown(url: str) -> str:
    """The URL as messages print it: any password masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


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
    except ImportError as exc:  # the URL's driver is not installed: say which package brings it
        backend = make_url(url).get_backend_name()
        install = _DRIVER_EXTRAS.get(backend, f"install a {backend} driver for SQLAlchemy")
        missing = f"its driver ({exc.name}) is not installed"
        raise StoreError(f"cannot open store {shown(url)}: {missing}; {install}") from exc
    except SQLAlchemyError as exc:
        reason = str(exc).splitlines()[0]  # SQLAlchemy appends a "Background on this error" line
        raise StoreError(f"cannot open store {shown(url)}: {exc.__class__.__name__}: {reason}") from exc
    return engine
