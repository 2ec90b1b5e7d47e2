"""Stage 5: store — Extractions and Failures in a database, and the queries over them.

SQLite by default (one file, no server); any SQLAlchemy URL works the same way, so a
PostgreSQL backend (``postgresql+psycopg://…``) needs a driver, not new callers. Every query is
built with SQLAlchemy Core, so every value is a bound parameter: scraped text never reaches SQL
as SQL.

Writes are per document and atomic: a document's rows (statements, claims, contradictions)
land together or not at all, so a crash mid-batch loses at most the documents in flight and a
re-run picks up where it stopped (documents already stored are skipped by id).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, delete, event, exists, insert, select
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.exc import SQLAlchemyError

from counterclaim.errors import StoreError
from counterclaim.models import (
    Acled,
    Claim,
    Claimant,
    Contradiction,
    Count,
    DateRef,
    Document,
    Extraction,
    Failure,
    Location,
    Speaker,
    Statement,
)
from counterclaim.store import schema
from counterclaim.store.migrations import migrate

if TYPE_CHECKING:
    from counterclaim.pipeline import IngestSummary

__all__ = ["DEFAULT_DB", "Store", "database_url"]

DEFAULT_DB = "counterclaim.db"


def database_url(target: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL for a path or URL; None means ``$COUNTERCLAIM_DB`` or ``./counterclaim.db``."""
    value = os.fspath(target) if target is not None else os.environ.get("COUNTERCLAIM_DB", DEFAULT_DB)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


class Store:
    """The counterclaim database: open (and migrate) it, save extractions, query records.

    >>> store = Store(":memory:")  # doctest: +SKIP
    >>> store.save(counterclaim.extract(text))  # doctest: +SKIP
    """

    def __init__(self, target: str | os.PathLike[str] | None = None) -> None:
        url = "sqlite://" if target == ":memory:" else database_url(target)
        self.url = url
        try:
            self.engine: Engine = create_engine(url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _enable_sqlite_foreign_keys)
            with self.engine.begin() as connection:
                migrate(connection)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open store {url}: {exc.__class__.__name__}: {exc}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as connection:
            query = select(exists().where(schema.documents.c.id == document_id))
            return bool(connection.execute(query).scalar())

    def save(self, extraction: Extraction) -> None:
        """Store one document with everything found in it, replacing any earlier copy (idempotent)."""
        document = extraction.document
        with self.engine.begin() as connection:
            connection.execute(delete(schema.documents).where(schema.documents.c.id == document.id))
            connection.execute(insert(schema.documents).values(**_document_row(document)))
            if extraction.statements:
                connection.execute(insert(schema.statements), [_statement_row(s) for s in extraction.statements])
            _insert_claims(connection, extraction.claims)
            if extraction.contradictions:
                connection.execute(
                    insert(schema.contradictions),
                    [_contradiction_row(document.id, c) for c in extraction.contradictions],
                )
            if document.source:
                connection.execute(delete(schema.failures).where(schema.failures.c.source == document.source))

    def record_failure(self, failure: Failure) -> None:
        """Keep a failed document's source and reason; a re-run updates the same row, never duplicates it."""
        with self.engine.begin() as connection:
            connection.execute(delete(schema.failures).where(schema.failures.c.source == failure.source))
            connection.execute(
                insert(schema.failures).values(
                    source=failure.source, reason=failure.reason, stage=failure.stage, failed_at=datetime.now(UTC)
                )
            )

    # ---- reading -------------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(schema.documents).order_by(schema.documents.c.ingested_at))
            return [_document_from_row(row) for row in rows.mappings()]

    def document(self, document_id: str) -> Document | None:
        with self.engine.connect() as connection:
            query = select(schema.documents).where(schema.documents.c.id == document_id)
            row = connection.execute(query).mappings().first()
            return _document_from_row(row) if row else None

    def failures(self) -> list[Failure]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(schema.failures).order_by(schema.failures.c.failed_at)).mappings()
            return [Failure(source=r["source"], reason=r["reason"], stage=r["stage"]) for r in rows]

    def statements(self, *, speaker: str | None = None, document_id: str | None = None) -> list[Statement]:
        """Statements in document and text order; ``speaker`` matches canonical name or as written, any case."""
        table = schema.statements
        query = select(table).order_by(table.c.document_id, table.c.start_offset)
        if speaker:
            pattern = f"%{speaker.lower()}%"
            query = query.where(
                table.c.speaker_name.ilike(pattern) | table.c.speaker_as_written.ilike(pattern)
            )
        if document_id:
            query = query.where(table.c.document_id == document_id)
        with self.engine.connect() as connection:
            return [_statement_from_row(row) for row in connection.execute(query).mappings()]

    def claims(
        self,
        *,
        event_type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        negated: bool | None = None,
        document_id: str | None = None,
    ) -> list[Claim]:
        """Claims matching every filter given; dates compare as ISO strings (``since`` inclusive)."""
        table = schema.claims
        query = select(table).order_by(table.c.document_id, table.c.start_offset)
        if event_type:
            query = query.where(table.c.event_type == event_type.upper())
        if actor:
            actors = schema.claim_actors
            query = query.where(
                table.c.id.in_(select(actors.c.claim_id).where(actors.c.actor.ilike(f"%{actor}%")))
            )
        if place:
            places = schema.claim_places
            query = query.where(
                table.c.id.in_(
                    select(places.c.claim_id).where(
                        places.c.name.ilike(f"%{place}%")
                        | places.c.country.ilike(f"%{place}%")
                        | places.c.admin1.ilike(f"%{place}%")
                    )
                )
            )
        if since:
            query = query.where(table.c.date_start >= since)
        if until:
            query = query.where(table.c.date_start <= until)
        if negated is not None:
            query = query.where(table.c.negated == negated)
        if document_id:
            query = query.where(table.c.document_id == document_id)
        with self.engine.connect() as connection:
            return [_claim_from_row(row) for row in connection.execute(query).mappings()]

    def contradictions(self, *, document_id: str | None = None) -> list[Contradiction]:
        table = schema.contradictions
        query = select(table).order_by(table.c.id)
        if document_id:
            query = query.where(table.c.document_id == document_id)
        with self.engine.connect() as connection:
            return [
                Contradiction(
                    attribute=r["attribute"],
                    claims=[r["claim_a"], r["claim_b"]],
                    summary=r["summary"],
                    claimants=json.loads(r["claimants"]),
                )
                for r in connection.execute(query).mappings()
            ]

    def extraction(self, document_id: str) -> Extraction | None:
        """Everything stored for one document, as ``extract`` returned it."""
        document = self.document(document_id)
        if document is None:
            return None
        return Extraction(
            document=document,
            statements=self.statements(document_id=document_id),
            claims=self.claims(document_id=document_id),
            contradictions=self.contradictions(document_id=document_id),
        )

    def ingest(self, paths: Sequence[str], **options: Any) -> IngestSummary:
        """Read, extract and store every document under ``paths``; see ``pipeline.ingest_paths``."""
        from counterclaim.pipeline import ingest_paths

        return ingest_paths(self, paths, **options)


# ---- rows <-> records ----------------------------------------------------------------------------


def _document_row(document: Document) -> dict[str, Any]:
    return {**document.as_dict(), "ingested_at": datetime.now(UTC)}


def _document_from_row(row: RowMapping) -> Document:
    return Document(**{name: row[name] for name in Document.__dataclass_fields__})


def _statement_row(statement: Statement) -> dict[str, Any]:
    speaker = statement.speaker
    return {
        "id": statement.id,
        "document_id": statement.document_id,
        "speaker_name": speaker.name,
        "speaker_as_written": speaker.as_written,
        "speaker_kind": speaker.kind,
        "speaker_title": speaker.title,
        "speaker_rank": speaker.rank,
        "speaker_affiliation": speaker.affiliation,
        "speaker_country": speaker.country,
        "quote": statement.quote,
        "direct": statement.direct,
        "cue": statement.cue,
        "start_offset": statement.start,
        "end_offset": statement.end,
        "speaker_start": statement.speaker_start,
        "speaker_end": statement.speaker_end,
        "cue_start": statement.cue_start,
        "cue_end": statement.cue_end,
    }


def _statement_from_row(row: RowMapping) -> Statement:
    return Statement(
        id=row["id"],
        document_id=row["document_id"],
        speaker=Speaker(
            name=row["speaker_name"],
            as_written=row["speaker_as_written"],
            kind=row["speaker_kind"],
            title=row["speaker_title"],
            rank=row["speaker_rank"],
            affiliation=row["speaker_affiliation"],
            country=row["speaker_country"],
        ),
        quote=row["quote"],
        direct=bool(row["direct"]),
        cue=row["cue"],
        start=row["start_offset"],
        end=row["end_offset"],
        speaker_start=row["speaker_start"],
        speaker_end=row["speaker_end"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
    )


def _insert_claims(connection: Connection, claims: list[Claim]) -> None:
    if not claims:
        return
    connection.execute(insert(schema.claims), [_claim_row(c) for c in claims])
    actor_rows = [
        {"claim_id": c.id, "role": role, "actor": name}
        for c in claims
        for role, names in (("actor", c.actors), ("target", c.targets))
        for name in names
    ]
    if actor_rows:
        connection.execute(insert(schema.claim_actors), actor_rows)
    place_rows = [
        {"claim_id": c.id, "name": loc.name, "country": loc.country, "admin1": loc.admin1}
        for c in claims
        for loc in c.locations
    ]
    if place_rows:
        connection.execute(insert(schema.claim_places), place_rows)


def _claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "document_id": claim.document_id,
        "event_type": claim.event_type,
        "mode": claim.mode,
        "acled_event_type": claim.acled.event_type if claim.acled else None,
        "acled_sub_event_type": claim.acled.sub_event_type if claim.acled else None,
        "actors": json.dumps(claim.actors),
        "targets": json.dumps(claim.targets),
        "target_categories": json.dumps(claim.target_categories),
        "locations": json.dumps([loc.as_dict() for loc in claim.locations]),
        "date_start": claim.date.start,
        "date_end": claim.date.end,
        "date_as_written": claim.date.as_written,
        "date_precision": claim.date.precision,
        "counts": json.dumps([count.as_dict() for count in claim.counts]),
        "claimant_name": claim.claimant.name,
        "claimant_kind": claim.claimant.kind,
        "claimant_statement_id": claim.claimant.statement_id,
        "negated": claim.negated,
        "hedged": claim.hedged,
        "modality": claim.modality,
        "trigger": claim.trigger,
        "start_offset": claim.start,
        "end_offset": claim.end,
    }


def _claim_from_row(row: RowMapping) -> Claim:
    acled = Acled(row["acled_event_type"], row["acled_sub_event_type"]) if row["acled_event_type"] else None
    return Claim(
        id=row["id"],
        document_id=row["document_id"],
        event_type=row["event_type"],
        mode=row["mode"],
        acled=acled,
        actors=json.loads(row["actors"]),
        targets=json.loads(row["targets"]),
        target_categories=json.loads(row["target_categories"]),
        locations=[Location(**loc) for loc in json.loads(row["locations"])],
        date=DateRef(
            start=row["date_start"], end=row["date_end"], as_written=row["date_as_written"],
            precision=row["date_precision"],
        ),
        counts=[Count(**count) for count in json.loads(row["counts"])],
        claimant=Claimant(
            name=row["claimant_name"], kind=row["claimant_kind"], statement_id=row["claimant_statement_id"]
        ),
        negated=bool(row["negated"]),
        hedged=bool(row["hedged"]),
        start=row["start_offset"],
        end=row["end_offset"],
        trigger=row["trigger"],
        modality=row["modality"],
    )


def _contradiction_row(document_id: str, contradiction: Contradiction) -> dict[str, Any]:
    claim_a, claim_b = [*contradiction.claims, "", ""][:2]
    return {
        "document_id": document_id,
        "attribute": contradiction.attribute,
        "claim_a": claim_a,
        "claim_b": claim_b,
        "summary": contradiction.summary,
        "claimants": json.dumps(contradiction.claimants),
    }
