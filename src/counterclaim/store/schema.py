"""Table definitions, written once in SQLAlchemy Core so SQLite and PostgreSQL share them.

Why Core and not an ORM: the records are frozen dataclasses already (``models.py``); the store
only needs to turn them into rows and back. Column names avoid SQL keywords (``start``/``end``
become ``start_offset``/``end_offset``) so the same statements run on every backend.
Nested lists (locations, counts, actors) are kept as JSON text for a faithful round trip; the
fields people filter on (actor, place) are also kept in small side tables with indexes.

These are the *live* tables the queries use; ``migrations.py`` holds each version's DDL as it
shipped, and a test checks that the migrations build exactly these tables (and, on SQLite, the
views at the end). A change here needs a new migration.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("description", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
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
    Column("warnings", Text),  # since version 6: ingest warnings, a JSON list
)

document_copies = Table(  # since version 6: further copies of a stored text (no foreign key: see migrations)
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

statements = Table(
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
    Column("kind", String(20)),  # v5: direct, reported, finding or belief
    Index("ix_statements_document", "document_id"),
    Index("ix_statements_speaker", "speaker_name"),
)

failures = Table(
    "failures",
    metadata,
    Column("source", Text, primary_key=True),
    Column("reason", Text, nullable=False),
    Column("stage", String(20), nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)

claims = Table(
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
    Column("date_reported", String(40)),  # v3: the report's publication day, the fallback of the date filters
    Column("claimant_on_behalf_of", Text),  # since version 4
    Column("in_headline", Boolean),  # since version 6: read from the title (offsets into the title)
    Column("persons", Text),  # since version 9: the actors and targets that are people (JSON list), NULL before
    Index("ix_claims_document", "document_id"),
    Index("ix_claims_type", "event_type"),
    Index("ix_claims_date", "date_start"),
)

claim_actors = Table(
    "claim_actors",
    metadata,
    Column("claim_id", String(80), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(10), nullable=False),
    Column("actor", Text, nullable=False),
    Index("ix_claim_actors_actor", "actor"),
    Index("ix_claim_actors_claim", "claim_id"),
)

claim_places = Table(
    "claim_places",
    metadata,
    Column("claim_id", String(80), ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("country", Text),
    Column("admin1", Text),
    Index("ix_claim_places_name", "name"),
    Index("ix_claim_places_claim", "claim_id"),
)

contradictions = Table(
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

# ---- version 7: incidents (counterclaim.incidents) -----------------------------------------------

incidents = Table(
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
    Column("contested", Boolean, nullable=False),  # the incident lists at least one contradiction
    Column("record", Text, nullable=False),  # the whole record as JSON (Incident.as_dict)
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_incidents_date", "date_start"),
    Index("ix_incidents_first_reported", "first_reported"),
    Index("ix_incidents_grade", "grade"),
)

incident_claims = Table(
    "incident_claims",
    metadata,
    Column("claim_id", String(80), primary_key=True),  # a claim belongs to one incident
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Index("ix_incident_claims_incident", "incident_id"),
)

incident_previous_ids = Table(
    "incident_previous_ids",
    metadata,
    Column("previous_id", String(40), primary_key=True),
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Index("ix_incident_previous_ids_incident", "incident_id"),
)


# ---- views (migration 8, SQLite only) ------------------------------------------------------------
# Read-only views for SQL users (``datasette counterclaim.db``). They are not tables: ``metadata.create_all``
# does not make them, migration 8 does (with SQLite's JSON functions). Declared on their own MetaData so
# that queries can select from them and a test can check the migrated views have exactly these columns.

views = MetaData()

_COUNT_CATEGORIES = ("killed", "injured", "casualties", "abducted", "arrested", "displaced")

claims_view = Table(
    "claims_view",
    views,
    *(
        Column(name)
        for name in (
            "claim_id", "document_id", "event_type", "mode", "acled_event_type", "acled_sub_event_type", "trigger",
            "actors", "targets", "claimant", "claimant_kind", "claimant_on_behalf_of", "negated", "hedged",
            "modality", "date", "date_start", "date_end", "date_precision", "date_reported",
            *(f"{category}_{bound}" for category in _COUNT_CATEGORIES for bound in ("low", "high")),
            "place", "place_lat", "place_lon", "place_country", "place_admin1", "place_precision",
            "place_as_written", "place_inherited",
            "source", "url", "title", "published", "claim_text", "start_offset", "end_offset",
        )
    ),
)

statements_view = Table(
    "statements_view",
    views,
    *(
        Column(name)
        for name in (
            "statement_id", "document_id", "speaker", "speaker_as_written", "speaker_kind", "speaker_title",
            "speaker_rank", "speaker_affiliation", "speaker_country", "kind", "cue", "quote", "direct",
            "source", "url", "title", "published", "start_offset", "end_offset",
        )
    ),
)
