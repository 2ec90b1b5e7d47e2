"""Incidents in the store: rows written from ``Incident`` records, read back, and the filters over them.

Why here and not in ``reads``/``writes``: incidents are written as a set (the incidents one grouping run
changed, and the ids it merged away), not per document; and reading them needs no grouping code, only
the record's JSON (``Incident.as_dict``) turned back into the frozen records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Select, delete, func, insert, or_, select

from counterclaim.models import (
    CasualtyRange,
    Claim,
    ClaimantVersion,
    Contradiction,
    Corroboration,
    Incident,
    IncidentDate,
    IncidentDocument,
    IncidentPlace,
)
from counterclaim.store import schema
from counterclaim.store.reads import _claim_from_row

__all__ = [
    "IncidentFilters",
    "delete_incidents",
    "incident_from_dict",
    "incident_of_claims",
    "read_incident",
    "read_incidents",
    "read_incidents_near",
    "replace_all_incidents",
    "save_incidents",
]


# ---- writing ------------------------------------------------------------------------------------


def _row(incident: Incident) -> dict[str, Any]:
    place, when = incident.place, incident.date
    return {
        "id": incident.id,
        "event_type": incident.event_type,
        "date_start": when.start,
        "date_end": when.end,
        "date_precision": when.precision,
        "first_reported": incident.first_reported,
        "place_name": place.name,
        "place_admin1": place.admin1,
        "place_country": place.country,
        "place_lat": place.lat,
        "place_lon": place.lon,
        "place_precision": place.precision,
        "grade": incident.grade,
        "contested": bool(incident.contradictions),
        "record": json.dumps(incident.as_dict(), ensure_ascii=False),
        "updated_at": datetime.now(UTC),
    }


def _delete(connection: Connection, ids: Iterable[str]) -> None:
    """Remove incidents and their claim and previous-id rows (by hand too: SQLite enforces no cascade by default)."""
    chosen = sorted(set(ids))
    for start in range(0, len(chosen), 500):
        chunk = chosen[start : start + 500]
        connection.execute(delete(schema.incident_claims).where(schema.incident_claims.c.incident_id.in_(chunk)))
        connection.execute(
            delete(schema.incident_previous_ids).where(schema.incident_previous_ids.c.incident_id.in_(chunk))
        )
        connection.execute(delete(schema.incidents).where(schema.incidents.c.id.in_(chunk)))


def _insert(connection: Connection, incidents: Sequence[Incident]) -> None:
    if not incidents:
        return
    connection.execute(insert(schema.incidents), [_row(i) for i in incidents])
    claim_rows = {c: i.id for i in incidents for c in i.claims}
    _delete_claim_rows(connection, list(claim_rows))
    if claim_rows:
        connection.execute(
            insert(schema.incident_claims), [{"claim_id": c, "incident_id": i} for c, i in claim_rows.items()]
        )
    previous = {p: i.id for i in incidents for p in i.previous_ids if p != i.id}
    if previous:
        connection.execute(
            delete(schema.incident_previous_ids).where(schema.incident_previous_ids.c.previous_id.in_(list(previous)))
        )
        connection.execute(
            insert(schema.incident_previous_ids), [{"previous_id": p, "incident_id": i} for p, i in previous.items()]
        )


def _delete_claim_rows(connection: Connection, claim_ids: list[str]) -> None:
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start : start + 500]
        connection.execute(delete(schema.incident_claims).where(schema.incident_claims.c.claim_id.in_(chunk)))


def save_incidents(engine: Engine, incidents: Sequence[Incident], *, removed: Iterable[str] = ()) -> None:
    """Write changed incidents (replacing their earlier rows) and drop those merged away, atomically."""
    with engine.begin() as connection:
        _delete(connection, [*removed, *(i.id for i in incidents), *(p for i in incidents for p in i.previous_ids)])
        _insert(connection, incidents)


def delete_incidents(engine: Engine, ids: Iterable[str]) -> None:
    with engine.begin() as connection:
        _delete(connection, ids)


def replace_all_incidents(engine: Engine, incidents: Sequence[Incident]) -> None:
    """Every incident anew (``regroup``), in one transaction."""
    with engine.begin() as connection:
        connection.execute(delete(schema.incident_claims))
        connection.execute(delete(schema.incident_previous_ids))
        connection.execute(delete(schema.incidents))
        _insert(connection, incidents)


# ---- reading ------------------------------------------------------------------------------------


def incident_from_dict(data: dict[str, Any], members: Sequence[Claim] = ()) -> Incident:
    """An ``Incident`` from its JSON record (``as_dict``), with ``members`` when the caller read them."""
    return Incident(
        id=data["id"],
        event_type=data["event_type"],
        first_reported=data.get("first_reported"),
        date=IncidentDate(**data.get("date", {})),
        place=IncidentPlace(**data.get("place", {})),
        documents=[IncidentDocument(**d) for d in data.get("documents", [])],
        claimants=list(data.get("claimants", [])),
        claims=list(data.get("claims", [])),
        corroborations=[Corroboration(**c) for c in data.get("corroborations", [])],
        contradictions=[Contradiction(**c) for c in data.get("contradictions", [])],
        casualties={k: CasualtyRange(**v) for k, v in data.get("casualties", {}).items()},
        grade=data["grade"],
        grade_reason=data.get("grade_reason", ""),
        previous_ids=list(data.get("previous_ids", [])),
        actors=list(data.get("actors", [])),
        versions=[ClaimantVersion(**v) for v in data.get("versions", [])],
        members=tuple(members),
    )


@dataclass(frozen=True, kw_only=True)
class IncidentFilters:
    """The incident filters; None does not narrow. Dates compare the incident's date, else its first report."""

    grade: str | None = None
    contested: bool | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    actor: str | None = None
    event_type: str | None = None

    def apply(self, query: Select[tuple[object, ...]]) -> Select[tuple[object, ...]]:
        table = schema.incidents
        if self.grade:
            query = query.where(table.c.grade == self.grade.lower())
        if self.contested is not None:
            query = query.where(table.c.contested == self.contested)
        when_start = func.coalesce(table.c.date_start, table.c.first_reported)
        when_end = func.coalesce(table.c.date_end, table.c.date_start, table.c.first_reported)
        if self.since:
            query = query.where(when_end >= self.since)
        if self.until:
            query = query.where(when_start <= self.until)
        if self.event_type:
            query = query.where(table.c.event_type == self.event_type.upper())
        if self.place:
            query = query.where(or_(table.c.id.in_(_in_place(self.place)), *_place_columns(self.place)))
        if self.actor:
            query = query.where(table.c.id.in_(_naming_actor(self.actor)))
        return query


def _place_columns(place: str) -> list[Any]:
    pattern = f"%{place}%"
    table = schema.incidents
    return [table.c[name].ilike(pattern) for name in ("place_name", "place_admin1", "place_country")]


def _in_place(place: str) -> Select[tuple[object, ...]]:
    """Incidents with a claim placed in a place, province or country containing ``place``."""
    places, links = schema.claim_places, schema.incident_claims
    pattern = f"%{place}%"
    return (
        select(links.c.incident_id)
        .join(places, places.c.claim_id == links.c.claim_id)
        .where(places.c.name.ilike(pattern) | places.c.country.ilike(pattern) | places.c.admin1.ilike(pattern))
    )


def _naming_actor(actor: str) -> Select[tuple[object, ...]]:
    """Incidents with a claim naming ``actor`` (as actor or target)."""
    actors, links = schema.claim_actors, schema.incident_claims
    return (
        select(links.c.incident_id)
        .join(actors, actors.c.claim_id == links.c.claim_id)
        .where(actors.c.actor.ilike(f"%{actor}%"))
    )


def _order(query: Select[tuple[object, ...]]) -> Select[tuple[object, ...]]:
    table = schema.incidents
    return query.order_by(func.coalesce(table.c.date_start, table.c.first_reported), table.c.id)


def read_incidents(engine: Engine, filters: IncidentFilters) -> list[Incident]:
    query = _order(filters.apply(select(schema.incidents.c.record)))
    with engine.connect() as connection:
        return [incident_from_dict(json.loads(str(record))) for record in connection.execute(query).scalars()]


def read_incident(engine: Engine, incident_id: str) -> Incident | None:
    """One incident by id, or by the id of an incident merged into it."""
    table, previous = schema.incidents, schema.incident_previous_ids
    with engine.connect() as connection:
        record = connection.execute(select(table.c.record).where(table.c.id == incident_id)).scalar()
        if record is None:
            current = select(previous.c.incident_id).where(previous.c.previous_id == incident_id)
            record = connection.execute(select(table.c.record).where(table.c.id.in_(current))).scalar()
    return incident_from_dict(json.loads(record)) if record is not None else None


def _members(connection: Connection, claim_ids: list[str]) -> dict[str, Claim]:
    found: dict[str, Claim] = {}
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start : start + 500]
        rows = connection.execute(select(schema.claims).where(schema.claims.c.id.in_(chunk))).mappings()
        found.update((row["id"], _claim_from_row(row)) for row in rows)
    return found


def read_incidents_near(
    engine: Engine, since: str | None, until: str | None, *, undated: bool = True
) -> list[Incident]:
    """Incidents that claims dated ``since``..``until`` could join (and, with ``undated``, every undated one;
    only those when no day is given), with their claims in ``members``: what an incremental grouping run
    starts from."""
    table = schema.incidents
    when_start = func.coalesce(table.c.date_start, table.c.first_reported)
    when_end = func.coalesce(table.c.date_end, table.c.date_start, table.c.first_reported)
    query = select(table.c.record)
    if since and until:
        near = (when_end >= since) & (when_start <= until)
        query = query.where(or_(when_start.is_(None), near) if undated else near)
    else:
        query = query.where(when_start.is_(None))
    with engine.connect() as connection:
        records = [json.loads(str(record)) for record in connection.execute(_order(query)).scalars()]
        claims = _members(connection, [c for r in records for c in r.get("claims", [])])
    return [incident_from_dict(r, [claims[c] for c in r.get("claims", []) if c in claims]) for r in records]


def incident_of_claims(engine: Engine) -> dict[str, str]:
    """Claim id → incident id, for every stored claim that has one (``regroup`` keeps ids through it)."""
    links = schema.incident_claims
    with engine.connect() as connection:
        rows = connection.execute(select(links.c.claim_id, links.c.incident_id))
        return {str(claim): str(incident) for claim, incident in rows}
