"""Reading: the queries behind ``Store``'s filters, and rows turned back into the frozen records.

Why SQLAlchemy Core: every value is a bound parameter, so scraped text never reaches SQL as
SQL, and the same query runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, Select, exists, func, select
from sqlalchemy.engine import RowMapping

from counterclaim.models import (
    Acled,
    Claim,
    Claimant,
    Contradiction,
    Count,
    DateRef,
    Document,
    DocumentCopy,
    Failure,
    Location,
    Speaker,
    Statement,
)
from counterclaim.store import schema

__all__ = [
    "ClaimFilters",
    "has_document",
    "read_claims",
    "read_contradictions",
    "read_copies",
    "read_document",
    "read_documents",
    "read_failures",
    "read_statements",
]


def has_document(engine: Engine, document_id: str) -> bool:
    with engine.connect() as connection:
        return bool(connection.execute(select(exists().where(schema.documents.c.id == document_id))).scalar())


def read_documents(engine: Engine, document_id: str | None = None) -> list[Document]:
    query = select(schema.documents).order_by(schema.documents.c.ingested_at)
    if document_id is not None:
        query = query.where(schema.documents.c.id == document_id)
    with engine.connect() as connection:
        return [_document_from_row(row) for row in connection.execute(query).mappings()]


def read_document(engine: Engine, document_id: str) -> Document | None:
    found = read_documents(engine, document_id)
    return found[0] if found else None


def read_failures(engine: Engine) -> list[Failure]:
    with engine.connect() as connection:
        rows = connection.execute(select(schema.failures).order_by(schema.failures.c.failed_at)).mappings()
        return [Failure(source=r["source"], reason=r["reason"], stage=r["stage"]) for r in rows]


def read_statements(engine: Engine, *, speaker: str | None = None, document_id: str | None = None) -> list[Statement]:
    """Statements in document and text order; ``speaker`` matches canonical name or as written, any case."""
    table = schema.statements
    query = select(table).order_by(table.c.document_id, table.c.start_offset)
    if speaker:
        pattern = f"%{speaker.lower()}%"
        query = query.where(table.c.speaker_name.ilike(pattern) | table.c.speaker_as_written.ilike(pattern))
    if document_id:
        query = query.where(table.c.document_id == document_id)
    with engine.connect() as connection:
        return [_statement_from_row(row) for row in connection.execute(query).mappings()]


@dataclass(frozen=True, kw_only=True)
class ClaimFilters:
    """The claim filters, each one a WHERE clause; a filter left as None does not narrow the query."""

    event_type: str | None = None
    actor: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    negated: bool | None = None
    document_id: str | None = None
    text_dates_only: bool = False

    def apply(self, query: Select[tuple[object, ...]]) -> Select[tuple[object, ...]]:
        table = schema.claims
        if self.event_type:
            query = query.where(table.c.event_type == self.event_type.upper())
        if self.actor:
            query = query.where(table.c.id.in_(_claims_naming_actor(self.actor)))
        if self.place:
            query = query.where(table.c.id.in_(_claims_in_place(self.place)))
        if self.text_dates_only:
            query = query.where(table.c.date_start.is_not(None))
        when = self._filtered_date()
        if self.since:
            query = query.where(when >= self.since)
        if self.until:
            query = query.where(when <= self.until)
        if self.negated is not None:
            query = query.where(table.c.negated == self.negated)
        if self.document_id:
            query = query.where(table.c.document_id == self.document_id)
        return query


    def _filtered_date(self) -> ColumnElement[str]:
        """The day ``since``/``until`` compare: the claim's own date, else (unless ``text_dates_only``) the day its
        report was published, so that a claim the text does not date is still found by the dates of its report."""
        table = schema.claims
        if self.text_dates_only:
            return table.c.date_start
        return func.coalesce(table.c.date_start, table.c.date_reported)


def _claims_naming_actor(actor: str) -> Select[tuple[object, ...]]:
    actors = schema.claim_actors
    return select(actors.c.claim_id).where(actors.c.actor.ilike(f"%{actor}%"))


def _claims_in_place(place: str) -> Select[tuple[object, ...]]:
    places = schema.claim_places
    pattern = f"%{place}%"
    return select(places.c.claim_id).where(
        places.c.name.ilike(pattern) | places.c.country.ilike(pattern) | places.c.admin1.ilike(pattern)
    )


def read_claims(engine: Engine, filters: ClaimFilters) -> list[Claim]:
    """Claims matching every filter given; dates compare as ISO strings (``since`` inclusive)."""
    table = schema.claims
    query = filters.apply(select(table).order_by(table.c.document_id, table.c.start_offset))
    with engine.connect() as connection:
        return [_claim_from_row(row) for row in connection.execute(query).mappings()]


def read_contradictions(engine: Engine, *, document_id: str | None = None) -> list[Contradiction]:
    table = schema.contradictions
    query = select(table).order_by(table.c.id)
    if document_id:
        query = query.where(table.c.document_id == document_id)
    with engine.connect() as connection:
        return [
            Contradiction(
                attribute=r["attribute"],
                claims=[r["claim_a"], r["claim_b"]],
                summary=r["summary"],
                claimants=json.loads(r["claimants"]),
            )
            for r in connection.execute(query).mappings()
        ]


def _document_from_row(row: RowMapping) -> Document:
    fields = {name: row[name] for name in Document.__dataclass_fields__ if name != "warnings"}
    return Document(**fields, warnings=tuple(json.loads(row["warnings"])) if row["warnings"] else ())


def read_copies(engine: Engine, document_id: str) -> list[DocumentCopy]:
    """The further copies of one document, in the order they were found."""
    table = schema.document_copies
    query = select(table).where(table.c.document_id == document_id).order_by(table.c.id)
    with engine.connect() as connection:
        return [
            DocumentCopy(row["document_id"], row["source"], row["url"], row["title"], row["published"])
            for row in connection.execute(query).mappings()
        ]


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
        kind=row["kind"] or ("direct" if row["direct"] else "reported"),
    )


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
            precision=row["date_precision"], reported=row["date_reported"],
        ),
        counts=[Count(**count) for count in json.loads(row["counts"])],
        claimant=Claimant(
            name=row["claimant_name"],
            kind=row["claimant_kind"],
            statement_id=row["claimant_statement_id"],
            on_behalf_of=row["claimant_on_behalf_of"],
        ),
        negated=bool(row["negated"]),
        hedged=bool(row["hedged"]),
        start=row["start_offset"],
        end=row["end_offset"],
        trigger=row["trigger"],
        modality=row["modality"],
        in_headline=bool(row["in_headline"]),
    )
