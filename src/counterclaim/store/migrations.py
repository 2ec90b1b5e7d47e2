"""Versioned schema migrations, applied in order, each exactly once, inside a transaction.

Why not ``metadata.create_all``: a store written by an older counterclaim must be brought up
to date without losing data, and a store written by a *newer* one must be refused rather than
silently misread. Each migration names the tables it creates or the columns it adds; the
``schema_migrations`` table records what has run. To change the schema, append a migration;
never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, insert, inspect, select

from counterclaim.errors import StoreError
from counterclaim.store import schema


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _create(*tables: Table) -> Callable[[Connection], None]:
    def apply(connection: Connection) -> None:
        for table in tables:
            table.create(connection, checkfirst=True)

    return apply


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, statements and failed documents",
              _create(schema.documents, schema.statements, schema.failures)),
    Migration(2, "claims with actor and place indexes, contradictions",
              _create(schema.claims, schema.claim_actors, schema.claim_places, schema.contradictions)),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(connection: Connection) -> int:
    """The highest migration applied to this database (0 for a new one)."""
    if not inspect(connection).has_table(schema.schema_migrations.name):
        return 0
    versions = connection.execute(select(schema.schema_migrations.c.version)).scalars().all()
    return max(versions, default=0)


def migrate(connection: Connection) -> list[int]:
    """Apply every pending migration; returns the versions applied. Refuses a newer database."""
    schema.schema_migrations.create(connection, checkfirst=True)
    version = current_version(connection)
    if version > LATEST_VERSION:
        raise StoreError(
            f"the store is at schema version {version}, newer than this counterclaim knows ({LATEST_VERSION}); "
            "upgrade counterclaim"
        )
    applied = []
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        migration.apply(connection)
        connection.execute(
            insert(schema.schema_migrations).values(
                version=migration.version, description=migration.description, applied_at=datetime.now(UTC)
            )
        )
        applied.append(migration.version)
    return applied
