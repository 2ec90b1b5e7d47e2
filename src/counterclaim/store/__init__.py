"""Stage 5: store — Extractions and Failures in a database, and the queries over them.

SQLite by default (one file, no server); any SQLAlchemy URL works the same way, so a
PostgreSQL backend (``postgresql+psycopg://…``) needs a driver, not new callers.

The store knows records and rows, nothing of how records are found: reading, extracting and
storing a batch is ``counterclaim.batch``, which uses the store and the pipeline.

    connection.py  path/URL → migrated Engine     migrations.py  frozen, versioned DDL
    writes.py      Extraction/Failure → rows      reads.py       queries, rows → records
    schema.py      the live table objects the queries use
    incidents.py   incidents: rows, filters, records (grouping itself is counterclaim.incidents)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

from sqlalchemy import Engine

from counterclaim.models import Claim, Contradiction, Document, Extraction, Failure, Incident, Statement
from counterclaim.store import incidents as incident_rows
from counterclaim.store import reads, writes
from counterclaim.store.connection import DEFAULT_DB, database_url, open_engine

__all__ = ["DEFAULT_DB", "Store", "database_url"]


class Store:
    """The counterclaim database: open (and migrate) it, save extractions, query records.

    >>> store = Store(":memory:")  # doctest: +SKIP
    >>> store.save(counterclaim.extract(text))  # doctest: +SKIP
    """

    def __init__(self, target: str | os.PathLike[str] | None = None) -> None:
        self.url = database_url(target)
        self.engine: Engine = open_engine(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        return reads.has_document(self.engine, document_id)

    def save(self, extraction: Extraction) -> None:
        """Store one document with everything found in it, replacing any earlier copy (idempotent)."""
        writes.save_extraction(self.engine, extraction)

    def record_failure(self, failure: Failure) -> None:
        """Keep a failed document's source and reason; a re-run updates the same row, never duplicates it."""
        writes.record_failure(self.engine, failure)

    # ---- reading -------------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        return reads.read_documents(self.engine)

    def document(self, document_id: str) -> Document | None:
        return reads.read_document(self.engine, document_id)

    def failures(self) -> list[Failure]:
        return reads.read_failures(self.engine)

    def statements(self, *, speaker: str | None = None, document_id: str | None = None) -> list[Statement]:
        """Statements in document and text order; ``speaker`` matches canonical name or as written, any case."""
        return reads.read_statements(self.engine, speaker=speaker, document_id=document_id)

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
        text_dates_only: bool = False,
    ) -> list[Claim]:
        """Claims matching every filter given; dates compare as ISO strings (``since``/``until`` inclusive).

        ``since``/``until`` compare the claim's own date, else the day its report was published;
        ``text_dates_only`` keeps only claims whose words date them (and compares those dates alone).
        """
        filters = reads.ClaimFilters(
            event_type=event_type, actor=actor, place=place, since=since, until=until, negated=negated,
            document_id=document_id, text_dates_only=text_dates_only,
        )
        return reads.read_claims(self.engine, filters)

    def contradictions(self, *, document_id: str | None = None) -> list[Contradiction]:
        return reads.read_contradictions(self.engine, document_id=document_id)

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

    # ---- incidents -----------------------------------------------------------------------------

    def incidents(
        self,
        *,
        grade: str | None = None,
        contested: bool | None = None,
        since: str | None = None,
        until: str | None = None,
        place: str | None = None,
        actor: str | None = None,
        event_type: str | None = None,
    ) -> list[Incident]:
        """Incidents matching every filter given, in date order.

        ``contested``: incidents that list a contradiction (any grade); ``since``/``until`` compare the
        incident's date, else the day it was first reported; ``place``/``actor`` match any of its claims.
        """
        filters = incident_rows.IncidentFilters(
            grade=grade, contested=contested, since=since, until=until, place=place, actor=actor,
            event_type=event_type,
        )
        return incident_rows.read_incidents(self.engine, filters)

    def incident(self, incident_id: str) -> Incident | None:
        """One incident by its id, or by the id of an incident since merged into it."""
        return incident_rows.read_incident(self.engine, incident_id)

    def incidents_near(self, since: str | None, until: str | None, *, undated: bool = True) -> list[Incident]:
        """Incidents claims of ``since``..``until`` could join (undated ones too, unless ``undated`` is False),
        with their claims as members."""
        return incident_rows.read_incidents_near(self.engine, since, until, undated=undated)

    def save_incidents(self, incidents: Sequence[Incident], *, removed: Iterable[str] = ()) -> None:
        """Write new and changed incidents and drop the ids in ``removed`` (merged away), atomically."""
        incident_rows.save_incidents(self.engine, incidents, removed=removed)

    def replace_incidents(self, incidents: Sequence[Incident]) -> None:
        """Every incident anew, in one transaction (``counterclaim regroup``)."""
        incident_rows.replace_all_incidents(self.engine, incidents)

    def incident_of_claims(self) -> dict[str, str]:
        """Claim id → id of its incident, for every claim grouped so far."""
        return incident_rows.incident_of_claims(self.engine)
