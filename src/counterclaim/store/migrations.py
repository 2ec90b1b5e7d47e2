"""Versioned schema migrations, applied in order, each exactly once, inside a transaction.

Why not ``metadata.create_all``: a store written by an older counterclaim must be brought up
to date without losing data, and a store written by a *newer* one must be refused rather than
silently misread. The ``schema_migrations`` table records what has run.

Why every migration defines its own tables: a migration is what the schema *was* when it
shipped. Built from the live objects in ``schema.py``, editing the schema would silently
change what an old migration creates, and a store migrated step by step would differ from a
new one. So each migration below holds its DDL as written then (SQLAlchemy Core tables on a
private ``MetaData``, so SQLite and PostgreSQL both get it), and ``schema.py`` is checked
against the result by a test. To change the schema: edit ``schema.py`` *and* append a
migration with the change; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.schema import CreateColumn

from counterclaim.errors import StoreError

__all__ = ["LATEST_VERSION", "MIGRATIONS", "Migration", "current_version", "migrate"]

_LEDGER_NAME = "schema_migrations"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _ledger(metadata: MetaData) -> Table:
    """The bookkeeping table, as it has been since the first release."""
    return Table(
        _LEDGER_NAME,
        metadata,
        Column("version", Integer, primary_key=True),
        Column("description", String(200), nullable=False),
        Column("applied_at", DateTime(timezone=True), nullable=False),
    )


def _v1_documents_statements_failures(connection: Connection) -> None:
    """Version 1 (first release): documents, their statements, and failed inputs."""
    metadata = MetaData()
    Table(
        "documents",
        metadata,
        Column("id", String(64), primary_key=True),
        Column("source", Text),
        Column("url", Text),
        Column("title", Text),
        Column("published", String(40)),
        Column("author", Text),
        Column("site", Text),
        Column("language", String(16)),
        Column("text", Text, nullable=False),
        Column("ingested_at", DateTime(timezone=True), nullable=False),
    )
    Table(
        "statements",
        metadata,
        Column("id", String(80), primary_key=True),
        Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("speaker_name", Text),
        Column("speaker_as_written", Text, nullable=False),
        Column("speaker_kind", String(20), nullable=False),
        Column("speaker_title", Text),
        Column("speaker_rank", Text),
        Column("speaker_affiliation", Text),
        Column("speaker_country", Text),
        Column("quote", Text, nullable=False),
        Column("direct", Boolean, nullable=False),
        Column("cue", Text),
        Column("start_offset", Integer, nullable=False),
        Column("end_offset", Integer, nullable=False),
        Column("speaker_start", Integer),
        Column("speaker_end", Integer),
        Column("cue_start", Integer),
        Column("cue_end", Integer),
        Index("ix_statements_document", "document_id"),
        Index("ix_statements_speaker", "speaker_name"),
    )
    Table(
        "failures",
        metadata,
        Column("source", Text, primary_key=True),
        Column("reason", Text, nullable=False),
        Column("stage", String(20), nullable=False),
        Column("failed_at", DateTime(timezone=True), nullable=False),
    )
    metadata.create_all(connection, checkfirst=True)


def _v2_claims_and_contradictions(connection: Connection) -> None:
    """Version 2 (first release): claims with actor and place side tables, and contradictions."""
    metadata = MetaData()
    Table("documents", metadata, Column("id", String(64), primary_key=True))  # referenced only; exists since v1
    Table(
        "claims",
        metadata,
        Column("id", String(80), primary_key=True),
        Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("event_type", String(20), nullable=False),
        Column("mode", String(40)),
        Column("acled_event_type", String(60)),
        Column("acled_sub_event_type", String(80)),
        Column("actors", Text, nullable=False),
        Column("targets", Text, nullable=False),
        Column("target_categories", Text, nullable=False),
        Column("locations", Text, nullable=False),
        Column("date_start", String(40)),
        Column("date_end", String(40)),
        Column("date_as_written", Text),
        Column("date_precision", String(10)),
        Column("counts", Text, nullable=False),
        Column("claimant_name", Text),
        Column("claimant_kind", String(20), nullable=False),
        Column("claimant_statement_id", String(80)),
        Column("negated", Boolean, nullable=False),
        Column("hedged", Boolean, nullable=False),
        Column("modality", String(20), nullable=False),
        Column("trigger", Text),
        Column("start_offset", Integer, nullable=False),
        Column("end_offset", Integer, nullable=False),
        Index("ix_claims_document", "document_id"),
        Index("ix_claims_type", "event_type"),
        Index("ix_claims_date", "date_start"),
    )
    Table(
        "claim_actors",
        metadata,
        Column("claim_id", String(80), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        Column("role", String(10), nullable=False),
        Column("actor", Text, nullable=False),
        Index("ix_claim_actors_actor", "actor"),
        Index("ix_claim_actors_claim", "claim_id"),
    )
    Table(
        "claim_places",
        metadata,
        Column("claim_id", String(80), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        Column("name", Text, nullable=False),
        Column("country", Text),
        Column("admin1", Text),
        Index("ix_claim_places_name", "name"),
        Index("ix_claim_places_claim", "claim_id"),
    )
    Table(
        "contradictions",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        Column("attribute", String(40), nullable=False),
        Column("claim_a", String(80), nullable=False),
        Column("claim_b", String(80), nullable=False),
        Column("summary", Text, nullable=False),
        Column("claimants", Text, nullable=False),
        Index("ix_contradictions_document", "document_id"),
    )
    tables = [metadata.tables[name] for name in ("claims", "claim_actors", "claim_places", "contradictions")]
    metadata.create_all(connection, tables=tables, checkfirst=True)


def _v3_claims_reported_date(connection: Connection) -> None:
    """Version 3 (issue 7): ``claims.date_reported``, the publication day of the claim's report.

    Why: a claim its words do not date was invisible to ``--since``/``--until``; the reported day is
    the fallback those filters use. Claims stored before get the day of their document's ``published``
    (an ISO date or datetime, as ingest writes it), so an upgraded store filters like a new one.
    """
    if "date_reported" not in {column["name"] for column in inspect(connection).get_columns("claims")}:
        column_type = String(40).compile(dialect=connection.dialect)
        connection.exec_driver_sql(f"ALTER TABLE claims ADD COLUMN date_reported {column_type}")
    metadata = MetaData()
    documents = Table("documents", metadata, Column("id", String(64)), Column("published", String(40)))
    claims = Table("claims", metadata, Column("document_id", String(64)), Column("date_reported", String(40)))
    dated = select(documents.c.id, documents.c.published).where(documents.c.published.is_not(None))
    published = connection.execute(dated)
    days = [{"doc": doc, "day": day} for doc, value in published if (day := _iso_day(value)) is not None]
    if days:
        connection.execute(
            update(claims)
            .where(claims.c.document_id == bindparam("doc"), claims.c.date_reported.is_(None))
            .values(date_reported=bindparam("day")),
            days,
        )


def _iso_day(published: str) -> str | None:
    """The ISO day of a stored publication date ("2015-09-30" or "2015-09-30T18:42:00+00:00"), else None."""
    try:
        return date.fromisoformat(published.strip()[:10]).isoformat()
    except ValueError:
        return None


def _v4_claimant_on_behalf_of(connection: Connection) -> None:
    """Version 4: the body or state a claimant speaks for (``claims.claimant_on_behalf_of``), NULL for old rows.

    Why ALTER and not a rebuilt table: the claims already stored keep their rows; a claim extracted
    before this version simply does not say on whose behalf its claimant spoke.
    """
    if "claimant_on_behalf_of" in {c["name"] for c in inspect(connection).get_columns("claims")}:
        return
    column = Column("claimant_on_behalf_of", Text)
    Table("claims", MetaData(), column)
    definition = CreateColumn(column).compile(dialect=connection.dialect)
    connection.exec_driver_sql(f"ALTER TABLE claims ADD COLUMN {definition}")



def _v5_statement_kind(connection: Connection) -> None:
    """Version 5: ``statements.kind`` (direct, reported, finding, belief); NULL for rows stored before.

    Why: findings ("an inquiry found that ...") and beliefs are statements of their own kind; without the
    column they read back as reported speech. Older rows read back as direct or reported from ``direct``.
    """
    if "kind" in {c["name"] for c in inspect(connection).get_columns("statements")}:
        return
    column = Column("kind", String(20))
    Table("statements", MetaData(), column)
    definition = CreateColumn(column).compile(dialect=connection.dialect)
    connection.exec_driver_sql(f"ALTER TABLE statements ADD COLUMN {definition}")


def _v7_incidents(connection: Connection) -> None:
    """Version 7 (issue 9): incidents — one row per real event, its claims, and the ids merged into it.

    Why a JSON record beside the columns: an incident's parts (documents with copies, each claimant's
    version, casualty ranges, contradictions) are read whole; the columns are what the filters search
    (grade, dates, place, type, contested). ``incident_claims`` gives each claim its one incident;
    ``incident_previous_ids`` keeps the ids of incidents merged away resolvable.
    """
    metadata = MetaData()
    Table(
        "incidents",
        metadata,
        Column("id", String(40), primary_key=True),
        Column("event_type", String(20), nullable=False),
        Column("date_start", String(40)),
        Column("date_end", String(40)),
        Column("date_precision", String(10)),
        Column("first_reported", String(40)),
        Column("place_name", Text),
        Column("place_admin1", Text),
        Column("place_country", Text),
        Column("place_lat", Float),
        Column("place_lon", Float),
        Column("place_precision", Integer),
        Column("grade", String(20), nullable=False),
        Column("contested", Boolean, nullable=False),
        Column("record", Text, nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
        Index("ix_incidents_date", "date_start"),
        Index("ix_incidents_first_reported", "first_reported"),
        Index("ix_incidents_grade", "grade"),
    )
    Table(
        "incident_claims",
        metadata,
        Column("claim_id", String(80), primary_key=True),
        Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        Index("ix_incident_claims_incident", "incident_id"),
    )
    Table(
        "incident_previous_ids",
        metadata,
        Column("previous_id", String(40), primary_key=True),
        Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
        Index("ix_incident_previous_ids_incident", "incident_id"),
    )
    metadata.create_all(connection, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, statements and failed documents", _v1_documents_statements_failures),
    Migration(2, "claims with actor and place indexes, contradictions", _v2_claims_and_contradictions),
    Migration(3, "claims: the reported (publication) day, the date filters' fallback", _v3_claims_reported_date),
    Migration(4, "on whose behalf a claimant speaks", _v4_claimant_on_behalf_of),
    Migration(5, "statements: their kind (direct, reported, finding, belief)", _v5_statement_kind),
    Migration(7, "incidents: one row per real event, its claims, ids merged into it", _v7_incidents),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(connection: Connection) -> int:
    """The highest migration applied to this database (0 for a new one)."""
    if not inspect(connection).has_table(_LEDGER_NAME):
        return 0
    ledger = _ledger(MetaData())
    return max(connection.execute(select(ledger.c.version)).scalars().all(), default=0)


def migrate(connection: Connection, *, up_to: int | None = None) -> list[int]:
    """Apply every pending migration (up to version ``up_to``, all when None); returns the versions applied.

    Refuses a newer database. ``up_to`` builds a store as an older counterclaim left it (tests of upgrades).
    """
    ledger = _ledger(MetaData())
    ledger.create(connection, checkfirst=True)
    version = current_version(connection)
    if version > LATEST_VERSION:
        raise StoreError(
            f"the store is at schema version {version}, newer than this counterclaim knows ({LATEST_VERSION}); "
            "upgrade counterclaim"
        )
    done = set(connection.execute(select(ledger.c.version)).scalars().all())
    applied = []
    for migration in MIGRATIONS:
        if migration.version in done or (up_to is not None and migration.version > up_to):
            continue  # by version, not 'up to the highest': a gap filled later still runs
        migration.apply(connection)
        connection.execute(
            insert(ledger).values(
                version=migration.version, description=migration.description, applied_at=datetime.now(UTC)
            )
        )
        applied.append(migration.version)
    return applied
