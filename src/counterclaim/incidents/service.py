"""Incidents and the store: group newly stored reports into the stored incidents, or regroup everything.

Why a module of its own: grouping (``build_incidents``) knows records, not databases, and the store knows
rows, not grouping; this is the one place that uses both (as ``batch`` does for extraction).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from datetime import date

from counterclaim.incidents.build import build_incidents
from counterclaim.incidents.profile import day_number
from counterclaim.incidents.settings import DEFAULT_SETTINGS, GroupingSettings
from counterclaim.models import Extraction, Incident
from counterclaim.store import Store

__all__ = ["group_into_store", "inherit_ids", "regroup_store"]


def _window(extractions: Sequence[Extraction], settings: GroupingSettings) -> tuple[str | None, str | None]:
    """The days of stored incidents the new claims could join: their own days, widened by every slack."""
    days = [
        d
        for e in extractions
        for c in e.claims
        for d in (day_number(c.date.start), day_number(c.date.end), day_number(c.date.reported))
        if d is not None
    ]
    if not days:
        return None, None
    reach = settings.undated_lookback + settings.day_slack  # a stored incident's days, as grouping widens them
    return date.fromordinal(min(days) - reach).isoformat(), date.fromordinal(max(days) + reach).isoformat()


def _has_undated(extractions: Sequence[Extraction]) -> bool:
    """Some claim has no day at all (neither its words nor its report give one): only undated incidents can
    take it, so only then are they loaded (an undated incident is in no week's block)."""
    return any(c.date.start is None and c.date.reported is None for e in extractions for c in e.claims)


def group_into_store(
    store: Store, extractions: Sequence[Extraction], settings: GroupingSettings = DEFAULT_SETTINGS
) -> list[Incident]:
    """Join the claims of newly stored reports to the stored incidents (or start new ones); returns those
    written. Incidents merged into others are dropped, their ids kept as the survivor's ``previous_ids``."""
    since, until = _window(extractions, settings)
    existing = store.incidents_near(since, until, undated=_has_undated(extractions))
    found = build_incidents(extractions, existing=existing, settings=settings)
    before = {id(incident) for incident in existing}
    changed = [incident for incident in found if id(incident) not in before]
    kept = {incident.id for incident in found}
    removed = [incident.id for incident in existing if incident.id not in kept]
    store.save_incidents(changed, removed=removed)
    return changed


def inherit_ids(incidents: Sequence[Incident], old_of_claim: dict[str, str],
                old_previous: dict[str, list[str]]) -> list[Incident]:
    """Regrouped incidents keep the ids they had: each takes the old id most of its claims had (the others,
    and what they had merged, become its ``previous_ids``), so every id handed out before still resolves."""
    taken: set[str] = set()
    found = []
    for incident in incidents:
        tally = Counter(old for c in incident.claims if (old := old_of_claim.get(c)) is not None)
        ranked = [old for old, _ in sorted(tally.items(), key=lambda pair: (-pair[1], pair[0])) if old not in taken]
        chosen = ranked[0] if ranked else incident.id
        taken.add(chosen)
        previous = {p for old in tally for p in [old, *old_previous.get(old, [])]} - {chosen}
        previous |= set(incident.previous_ids)
        found.append(dataclasses.replace(incident, id=chosen, previous_ids=sorted(previous)))
    return found


def regroup_store(store: Store, settings: GroupingSettings = DEFAULT_SETTINGS) -> list[Incident]:
    """Rebuild every incident from the stored claims (after new rules or settings), keeping ids resolvable."""
    old_of_claim = store.incident_of_claims()
    old_previous = {incident.id: incident.previous_ids for incident in store.incidents()}
    documents = sorted(store.documents(), key=lambda d: ((d.published or "")[:10], d.id))
    extractions = [e for d in documents if (e := store.extraction(d.id)) is not None]
    incidents = inherit_ids(build_incidents(extractions, settings=settings), old_of_claim, old_previous)
    store.replace_incidents(incidents)
    return incidents
