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
from typing import Any

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


def _add_column(connection: Connection, table: str, column: Column[Any]) -> None:
    """``ALTER TABLE table ADD COLUMN``, unless the column is there already (a half-applied upgrade)."""
    if column.name in {c["name"] for c in inspect(connection).get_columns(table)}:
        return
    Table(table, MetaData(), column)
    definition = CreateColumn(column).compile(dialect=connection.dialect)
    connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {definition}")


def _v6_inputs_copies_headlines(connection: Connection) -> None:
    """Version 6 (issue 10): ingest warnings, copies of a document, claims read from the headline.

    ``documents.warnings``: what ingest could not use in a report ("published 'yesterday' is not a
    date"), as a JSON list; NULL for rows stored before. ``document_copies``: the url, source, title
    and publication date of every further copy of a stored text (the text itself is stored once).
    No foreign key: re-extracting a document replaces its row, and its copies must outlive that.
    ``claims.in_headline``: the claim was read from the title; NULL (false) for older rows.
    """
    _add_column(connection, "documents", Column("warnings", Text))
    _add_column(connection, "claims", Column("in_headline", Boolean))
    metadata = MetaData()
    Table(
        "document_copies",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("document_id", String(64), nullable=False),
        Column("source", Text),
        Column("url", Text),
        Column("title", Text),
        Column("published", String(40)),
        Column("added_at", DateTime(timezone=True), nullable=False),
        Index("ix_document_copies_document", "document_id"),
    )
    metadata.create_all(connection, checkfirst=True)


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


# Version 8's flattened count categories, as they shipped (the export's own list may grow; this one is frozen).
_V8_COUNT_CATEGORIES = ("killed", "injured", "casualties", "abducted", "arrested", "displaced")


def _v8_headline(category: str, bound: str) -> str:
    """SQL for one bound of a claim's headline count of ``category``: the count with the highest known low
    bound, the earliest on ties (``counterclaim.export.flat.headline_count`` picks the same one)."""
    value = "json_extract(value, '$.low')"
    return (
        f"(SELECT json_extract(value, '$.{bound}') FROM json_each(c.counts) "
        f"WHERE json_extract(value, '$.category') = '{category}' "
        f"ORDER BY {value} IS NULL, {value} DESC, CAST(key AS INTEGER) LIMIT 1) AS {category}_{bound}"
    )


def _v8_joined(column: str) -> str:
    return f"(SELECT group_concat(value, '; ') FROM json_each(c.{column})) AS {column}"


def _v8_claims_view(extra_place: str = "") -> str:
    """``claims_view`` as version 8 made it; ``extra_place`` adds columns after its place columns (version 10)."""
    counts = ",\n  ".join(
        _v8_headline(category, bound) for category in _V8_COUNT_CATEGORIES for bound in ("low", "high")
    )
    place = ",\n  ".join(
        f"json_extract(c.locations, '$[0].{field}') AS {alias}"
        for field, alias in (("name", "place"), ("lat", "place_lat"), ("lon", "place_lon"),
                             ("country", "place_country"), ("admin1", "place_admin1"),
                             ("precision", "place_precision"), ("as_written", "place_as_written"))
    ) + extra_place
    return f"""CREATE VIEW claims_view AS SELECT
  c.id AS claim_id, c.document_id, c.event_type, c.mode, c.acled_event_type, c.acled_sub_event_type, c.trigger,
  {_v8_joined("actors")}, {_v8_joined("targets")},
  c.claimant_name AS claimant, c.claimant_kind, c.claimant_on_behalf_of,
  c.negated, c.hedged, c.modality,
  coalesce(c.date_start, c.date_reported) AS date, c.date_start, c.date_end, c.date_precision, c.date_reported,
  {counts},
  {place},
  d.source, d.url, d.title, d.published,
  substr(d.text, c.start_offset + 1, c.end_offset - c.start_offset) AS claim_text,
  c.start_offset, c.end_offset
FROM claims AS c LEFT JOIN documents AS d ON d.id = c.document_id"""


_V8_STATEMENTS_VIEW = """CREATE VIEW statements_view AS SELECT
  s.id AS statement_id, s.document_id,
  coalesce(s.speaker_name, s.speaker_as_written) AS speaker, s.speaker_as_written, s.speaker_kind,
  s.speaker_title, s.speaker_rank, s.speaker_affiliation, s.speaker_country,
  coalesce(s.kind, CASE WHEN s.direct THEN 'direct' ELSE 'reported' END) AS kind,
  s.cue, s.quote, s.direct,
  d.source, d.url, d.title, d.published,
  s.start_offset, s.end_offset
FROM statements AS s LEFT JOIN documents AS d ON d.id = s.document_id"""


def _v8_sqlite_views(connection: Connection) -> None:
    """Version 8 (issue 10): ``claims_view`` and ``statements_view``, read-only views for SQL users.

    Why views: ``datasette counterclaim.db`` or any SQL client should show a claim with its claimant,
    its figures as columns (the headline count of each toll category), its first place and its
    document's outlet, url, title and date, without parsing the JSON columns by hand; a statement with
    its speaker and document likewise. They use SQLite's JSON functions, so they are created on SQLite
    only; on other databases this version records itself and creates nothing.
    """
    if connection.dialect.name != "sqlite":
        return
    for name, definition in (("claims_view", _v8_claims_view()), ("statements_view", _V8_STATEMENTS_VIEW)):
        connection.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")
        connection.exec_driver_sql(definition)


def _v9_claim_persons(connection: Connection) -> None:
    """Version 9: ``claims.persons``, the claim's actors and targets that are people (JSON list of full names);
    NULL for older rows, read back as none (grouping then links their undated reports on no name)."""
    _add_column(connection, "claims", Column("persons", Text))


_V10_PLACE_INHERITED = (
    ",\n  CASE WHEN json_extract(c.locations, '$[0]') IS NULL THEN NULL"
    " ELSE coalesce(json_extract(c.locations, '$[0].inherited'), 0) END AS place_inherited"
)


def _v10_claims_view_place_inherited(connection: Connection) -> None:
    """Version 10 (issue 7): ``claims_view.place_inherited``, 1 when the claim's first place is borrowed from the
    claim before it (``Location.inherited``), 0 when the claim names it, NULL when it has none.

    Why no column on ``claims``: the flag lives in the ``locations`` JSON, where an older row simply lacks it
    (read back as not inherited: those rows were made before places were inherited); only the view, which
    spells the first place out as columns, must be made again to show it. SQLite only, as version 8.
    """
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql("DROP VIEW IF EXISTS claims_view")
    connection.exec_driver_sql(_v8_claims_view(_V10_PLACE_INHERITED))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, statements and failed documents", _v1_documents_statements_failures),
    Migration(2, "claims with actor and place indexes, contradictions", _v2_claims_and_contradictions),
    Migration(3, "claims: the reported (publication) day, the date filters' fallback", _v3_claims_reported_date),
    Migration(4, "on whose behalf a claimant speaks", _v4_claimant_on_behalf_of),
    Migration(5, "statements: their kind (direct, reported, finding, belief)", _v5_statement_kind),
    Migration(6, "ingest warnings, copies of a document, headline claims", _v6_inputs_copies_headlines),
    Migration(7, "incidents: one row per real event, its claims, ids merged into it", _v7_incidents),
    Migration(8, "SQLite views: claims and statements with their documents", _v8_sqlite_views),
    Migration(9, "claims: the actors and targets that are people", _v9_claim_persons),
    Migration(10, "claims_view: whether the first place is inherited", _v10_claims_view_place_inherited),
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
