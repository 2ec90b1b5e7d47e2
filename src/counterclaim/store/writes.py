"""Writing: one Extraction → its rows, atomically; one Failure → one row per source.

Why per document and atomic: a document's rows (statements, claims, contradictions) land
together or not at all, so a crash mid-batch loses at most the documents in flight and a
re-run picks up where it stopped (documents already stored are skipped by id).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from counterclaim.models import Claim, Contradiction, Document, DocumentCopy, Extraction, Failure, Statement
from counterclaim.store import schema

__all__ = ["add_copy", "record_failure", "save_extraction"]


def save_extraction(engine: Engine, extraction: Extraction) -> None:
    """Store one document with everything found in it, replacing any earlier copy (idempotent)."""
    document = extraction.document
    with engine.begin() as connection:
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


def record_failure(engine: Engine, failure: Failure) -> None:
    """Keep a failed document's source and reason; a re-run updates the same row, never duplicates it."""
    with engine.begin() as connection:
        connection.execute(delete(schema.failures).where(schema.failures.c.source == failure.source))
        connection.execute(
            insert(schema.failures).values(
                source=failure.source, reason=failure.reason, stage=failure.stage, failed_at=datetime.now(UTC)
            )
        )


def _document_row(document: Document) -> dict[str, Any]:
    warnings = json.dumps(list(document.warnings)) if document.warnings else None
    return {**document.as_dict(), "warnings": warnings, "ingested_at": datetime.now(UTC)}


def add_copy(engine: Engine, copy: DocumentCopy) -> bool:
    """Keep a further copy of a stored text (its url, source, title, date); False when the document
    itself or an earlier copy already carries exactly that metadata (a re-run adds nothing)."""
    wanted = (copy.source, copy.url, copy.title, copy.published)
    with engine.begin() as connection:
        known = select(schema.documents.c.source, schema.documents.c.url, schema.documents.c.title,
                       schema.documents.c.published).where(schema.documents.c.id == copy.document_id)
        copies = select(schema.document_copies.c.source, schema.document_copies.c.url,
                        schema.document_copies.c.title, schema.document_copies.c.published
                        ).where(schema.document_copies.c.document_id == copy.document_id)
        if any(tuple(row) == wanted for query in (known, copies) for row in connection.execute(query)):
            return False
        connection.execute(insert(schema.document_copies).values(**copy.as_dict(), added_at=datetime.now(UTC)))
    return True


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
        "kind": statement.kind,
    }


def _insert_claims(connection: Connection, claims: list[Claim]) -> None:
    """Claims, plus their actors and places in the side tables that the actor/place filters search."""
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
        "date_reported": claim.date.reported,
        "counts": json.dumps([count.as_dict() for count in claim.counts]),
        "claimant_name": claim.claimant.name,
        "claimant_kind": claim.claimant.kind,
        "claimant_statement_id": claim.claimant.statement_id,
        "claimant_on_behalf_of": claim.claimant.on_behalf_of,
        "negated": claim.negated,
        "hedged": claim.hedged,
        "modality": claim.modality,
        "trigger": claim.trigger,
        "start_offset": claim.start,
        "end_offset": claim.end,
        "in_headline": claim.in_headline,
        "persons": json.dumps(claim.persons),
    }


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
