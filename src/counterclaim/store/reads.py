"""Reading: the queries behind ``Store``'s filters, and rows turned back into the frozen records.

Why SQLAlchemy Core: every value is a bound parameter, so scraped text never reaches SQL as
SQL, and the same query runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, Engine, ScalarSelect, Select, Table, exists, false, func, or_, select
from sqlalchemy.engine import RowMapping

from counterclaim.filters import NameQuery, PlaceQuery, event_type, iso_day
from counterclaim.models import (
    Acled,
    Claim,
    Claimant,
    Contradiction,
    Count,
    DateRef,
    Document,
    DocumentCopy,
    DocumentSummary,
    Failure,
    Location,
    Speaker,
    Statement,
)
from counterclaim.provenance import (
    EvidenceFinder,
    claim_with_provenance,
    outlet,
    provenance,
    statement_with_provenance,
)
from counterclaim.store import schema

R = TypeVar("R", Statement, Claim)

__all__ = [
    "ClaimFilters",
    "DocumentFilters",
    "document_ids_starting",
    "has_document",
    "read_claims",
    "read_contradictions",
    "read_copies",
    "read_document",
    "read_document_summaries",
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


def document_ids_starting(engine: Engine, prefix: str) -> list[str]:
    """The ids that begin with ``prefix`` (a reader types the first characters of an id)."""
    table = schema.documents
    query = select(table.c.id).where(func.substr(table.c.id, 1, len(prefix)) == prefix).limit(10)
    with engine.connect() as connection:
        return list(connection.execute(query).scalars())


def read_failures(engine: Engine) -> list[Failure]:
    with engine.connect() as connection:
        rows = connection.execute(select(schema.failures).order_by(schema.failures.c.failed_at)).mappings()
        return [Failure(source=r["source"], reason=r["reason"], stage=r["stage"]) for r in rows]


def read_statements(engine: Engine, *, speaker: str | None = None, document_id: str | None = None) -> list[Statement]:
    """Statements in document and text order, each with its provenance.

    ``speaker`` (``filters.NameQuery``) matches the speaker's canonical name, the name as written or the
    body they speak for, under every alias the lexicon knows, as whole words without case or accents.
    """
    table = schema.statements
    query = select(table).order_by(table.c.document_id, table.c.start_offset)
    if document_id:
        query = query.where(table.c.document_id == document_id)
    with engine.connect() as connection:
        if speaker:
            columns = (table.c.speaker_name, table.c.speaker_as_written, table.c.speaker_affiliation)
            query = query.where(_names_matching(connection, columns, NameQuery(speaker).matches))
        statements = [_statement_from_row(row) for row in connection.execute(query).mappings()]
        documents = _documents_by_id(connection, {s.document_id for s in statements})
    return _traced(statements, documents, statement_with_provenance)


def _names_matching(
    connection: Connection, columns: Sequence[ColumnElement[Any]], matches: Callable[[str], bool]
) -> ColumnElement[bool]:
    """A WHERE clause: one of ``columns`` holds a name that ``matches`` accepts.

    Why in two steps: alias, accent and whole-word matching cannot be said portably in SQL, but the
    distinct names of a column are few; they are matched here and the rows found by bound ``IN`` values.
    """
    clauses = []
    for column in columns:
        names = connection.execute(select(column).distinct().where(column.is_not(None))).scalars()
        chosen = [name for name in names if matches(name)]
        if chosen:
            clauses.append(column.in_(chosen))
    return or_(*clauses) if clauses else false()


@dataclass(frozen=True, kw_only=True)
class ClaimFilters:
    """The claim filters, each one a WHERE clause; a filter left as None does not narrow the query.

    ``event_type`` is a PLOVER type in any case, ``since``/``until`` ISO days: anything else is a
    ValueError saying what is expected. ``actor`` and ``claimant`` are ``filters.NameQuery``s (actor
    or target; claimant or the body it speaks for), ``place`` a ``filters.PlaceQuery``.
    """

    event_type: str | None = None
    actor: str | None = None
    claimant: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    negated: bool | None = None
    document_id: str | None = None
    text_dates_only: bool = False

    def __post_init__(self) -> None:
        if self.event_type:
            object.__setattr__(self, "event_type", event_type(self.event_type))
        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                object.__setattr__(self, name, iso_day(value))

    def apply(self, query: Select[Any], connection: Connection) -> Select[Any]:
        table = schema.claims
        if self.event_type:
            query = query.where(table.c.event_type == self.event_type)
        if self.actor:
            query = query.where(table.c.id.in_(_claims_naming_actor(connection, self.actor)))
        if self.claimant:
            columns = (table.c.claimant_name, table.c.claimant_on_behalf_of)
            query = query.where(_names_matching(connection, columns, NameQuery(self.claimant).matches))
        if self.place:
            query = query.where(table.c.id.in_(_claims_in_place(connection, self.place)))
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


def _claims_naming_actor(connection: Connection, actor: str) -> Select[tuple[object, ...]]:
    actors = schema.claim_actors
    return select(actors.c.claim_id).where(_names_matching(connection, (actors.c.actor,), NameQuery(actor).matches))


def _claims_in_place(connection: Connection, place: str) -> Select[tuple[object, ...]]:
    """Claims with a location named as the place, or in the admin1 or country it names."""
    places = schema.claim_places
    query = PlaceQuery(place)
    clauses = [
        _names_matching(connection, (places.c.name,), query.matches_name),
        _names_matching(connection, (places.c.admin1,), query.matches_admin1),
        _names_matching(connection, (places.c.country,), query.matches_country),
    ]
    return select(places.c.claim_id).where(or_(*clauses))


def read_claims(engine: Engine, filters: ClaimFilters) -> list[Claim]:
    """Claims matching every filter given, each with its provenance; dates compare as ISO days (inclusive)."""
    table = schema.claims
    with engine.connect() as connection:
        query = filters.apply(select(table).order_by(table.c.document_id, table.c.start_offset), connection)
        claims = [_claim_from_row(row) for row in connection.execute(query).mappings()]
        documents = _documents_by_id(connection, {c.document_id for c in claims})
    return _traced(claims, documents, claim_with_provenance)


def read_contradictions(
    engine: Engine, *, document_id: str | None = None, filters: ClaimFilters | None = None
) -> list[Contradiction]:
    """Contradictions with their report's provenance; ``filters`` keeps those where either claim matches them."""
    table = schema.contradictions
    query = select(table).order_by(table.c.id)
    if document_id:
        query = query.where(table.c.document_id == document_id)
    with engine.connect() as connection:
        if filters is not None:
            matching = filters.apply(select(schema.claims.c.id), connection)
            query = query.where(table.c.claim_a.in_(matching) | table.c.claim_b.in_(matching))
        rows = list(connection.execute(query).mappings())
        documents = _documents_by_id(connection, {r["document_id"] for r in rows})
    return [
        Contradiction(
            attribute=r["attribute"],
            claims=[r["claim_a"], r["claim_b"]],
            summary=r["summary"],
            claimants=json.loads(r["claimants"]),
            document_id=r["document_id"],
            provenance=provenance(documents[r["document_id"]]),
        )
        for r in rows
    ]


@dataclass(frozen=True, kw_only=True)
class DocumentFilters:
    """Which stored reports to list: by outlet (``source``: a name among the words of the source, site
    or URL), by publication day (ISO days, inclusive), and by the claims they hold (``claims``)."""

    source: str | None = None
    since: str | None = None
    until: str | None = None
    claims: ClaimFilters | None = None

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                object.__setattr__(self, name, iso_day(value))

    def apply(self, query: Select[Any], connection: Connection) -> Select[Any]:
        table = schema.documents
        if self.source:
            wanted = NameQuery(self.source)
            columns = (table.c.source, table.c.site, table.c.url)
            query = query.where(_names_matching(connection, columns, wanted.matches))
        day = func.substr(table.c.published, 1, 10)
        if self.since:
            query = query.where(day >= self.since)
        if self.until:
            query = query.where(day <= self.until)
        if self.claims is not None:
            query = query.where(table.c.id.in_(self.claims.apply(select(schema.claims.c.document_id), connection)))
        return query


def read_document_summaries(engine: Engine, filters: DocumentFilters | None = None) -> list[DocumentSummary]:
    """Stored reports, oldest ingested first, with the number of statements, claims and contradictions of each."""
    table = schema.documents
    counted = [_count_of(schema.statements), _count_of(schema.claims), _count_of(schema.contradictions)]
    columns = [table.c[name] for name in ("id", "published", "source", "title", "url", "site", "author", "language")]
    query = select(*columns, *counted).order_by(table.c.ingested_at, table.c.id)
    with engine.connect() as connection:
        if filters is not None:
            query = filters.apply(query, connection)
        rows = list(connection.execute(query).all())
    summaries = []
    for row in rows:
        metadata = Document(id=row[0], text="", published=row[1], source=row[2], title=row[3], url=row[4], site=row[5])
        summaries.append(
            DocumentSummary(
                id=row[0], published=row[1], source=row[2], title=row[3], url=row[4], outlet=outlet(metadata),
                statements=row[8], claims=row[9], contradictions=row[10],
            )
        )
    return summaries


def _count_of(child: Table) -> ScalarSelect[int]:
    return (
        select(func.count())
        .select_from(child)
        .where(child.c.document_id == schema.documents.c.id)
        .scalar_subquery()
    )


def _documents_by_id(connection: Connection, ids: set[str]) -> dict[str, Document]:
    if not ids:
        return {}
    query = select(schema.documents).where(schema.documents.c.id.in_(sorted(ids)))
    return {row["id"]: _document_from_row(row) for row in connection.execute(query).mappings()}


def _traced(
    records: list[R], documents: dict[str, Document], attach: Callable[[R, Document, EvidenceFinder], R]
) -> list[R]:
    """Records with their provenance; each document's sentences are found once."""
    finders: dict[str, EvidenceFinder] = {}
    traced = []
    for record in records:
        document = documents[record.document_id]
        finder = finders.get(document.id)
        if finder is None:
            finder = finders[document.id] = EvidenceFinder(document.text)
        traced.append(attach(record, document, finder))
    return traced


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
        persons=json.loads(row["persons"]) if row.get("persons") else [],
    )
