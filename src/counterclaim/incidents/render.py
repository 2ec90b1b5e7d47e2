"""Incidents for people and tools: the list table, CSV rows, and the side-by-side view of one incident.

Imports only the records and rich, so listing stored incidents loads no grouping code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from counterclaim.models import CasualtyRange, Incident

__all__ = ["incident_rows", "incident_view", "incidents_table"]

_DASH = "—"


def _range(found: CasualtyRange | None) -> str:
    """ "43–100 (best 100)", "36+" for an open range, "—" when no source gives a figure."""
    if found is None or (found.low is None and found.high is None):
        return _DASH
    if found.low == found.high:
        return str(found.low)
    text = f"{found.low}–{found.high}" if found.high is not None else f"{found.low}+"
    return f"{text} (best {found.best})" if found.best is not None else text


def _when(incident: Incident) -> str:
    start, end = incident.date.start, incident.date.end
    if start is None:
        return f"reported {incident.first_reported}" if incident.first_reported else _DASH
    return start if end in (None, start) else f"{start}..{end}"


def _where(incident: Incident) -> str:
    place = incident.place
    parts = [p for p in (place.name, place.admin1, place.country) if p]
    return ", ".join(dict.fromkeys(parts)) or _DASH


def incidents_table(incidents: Sequence[Incident], *, title: str | None = None) -> Table:
    """One row per incident: grade, type, when, where, sources, tolls, disputes."""
    table = Table(title=title)
    for name in ("id", "grade", "type", "when", "where", "docs", "claimants", "killed", "injured", "disputes"):
        table.add_column(name, overflow="fold")
    for incident in incidents:
        table.add_row(
            incident.id, incident.grade, incident.event_type, _when(incident), Text(_where(incident)),
            str(len(incident.documents)), str(len(incident.claimants)),
            _range(incident.casualties.get("killed")), _range(incident.casualties.get("injured")),
            str(len(incident.contradictions)),
        )
    return table


def incident_rows(incidents: Sequence[Incident]) -> list[dict[str, Any]]:
    """Flat rows for CSV: the summary fields, tolls as low/best/high columns."""
    rows = []
    for incident in incidents:
        row: dict[str, Any] = {
            "id": incident.id, "grade": incident.grade, "grade_reason": incident.grade_reason,
            "event_type": incident.event_type, "date_start": incident.date.start, "date_end": incident.date.end,
            "first_reported": incident.first_reported, "place": incident.place.name,
            "admin1": incident.place.admin1, "country": incident.place.country,
            "documents": len(incident.documents), "claimants": "; ".join(incident.claimants),
            "contradictions": len(incident.contradictions), "previous_ids": " ".join(incident.previous_ids),
        }
        for category in ("killed", "injured", "casualties"):
            found = incident.casualties.get(category) or CasualtyRange()
            row.update({f"{category}_low": found.low, f"{category}_best": found.best, f"{category}_high": found.high})
        rows.append(row)
    return rows


def _side_by_side(incident: Incident) -> Table:
    """Who says what: one column per claimant, one row per attribute."""
    table = Table(title="who says what", show_lines=True)
    table.add_column("", style="bold")
    for version in incident.versions:
        table.add_column(Text(version.claimant), overflow="fold")
    categories = sorted({c for v in incident.versions for c in v.figures})
    rows: list[tuple[str, list[str]]] = [
        ("perpetrator", [", ".join(v.perpetrators) or _DASH for v in incident.versions]),
        ("target / victims", [", ".join(v.targets) or _DASH for v in incident.versions]),
        ("place", [", ".join(v.places) or _DASH for v in incident.versions]),
        ("date", [", ".join(v.dates) or _DASH for v in incident.versions]),
        *((category, [v.figures.get(category, _DASH) for v in incident.versions]) for category in categories),
        ("denies", ["yes" if v.denies else _DASH for v in incident.versions]),
        ("reports", [str(len(v.documents)) for v in incident.versions]),
    ]
    for name, cells in rows:
        table.add_row(name, *(Text(cell) for cell in cells))
    return table


def _summary(incident: Incident) -> Table:
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    lines = [
        ("incident", incident.id + (f" (was {', '.join(incident.previous_ids)})" if incident.previous_ids else "")),
        ("grade", f"{incident.grade}: {incident.grade_reason}"),
        ("what", incident.event_type + (f" by {', '.join(incident.actors)}" if incident.actors else "")),
        ("when", _when(incident)),
        ("where", _where(incident)),
        *((category, _range(found)) for category, found in incident.casualties.items()),
        ("reports", ", ".join(d.source or d.url or d.id for d in incident.documents)),
    ]
    for name, value in lines:
        table.add_row(name, Text(value))
    return table


def _disputes(incident: Incident) -> Table:
    table = Table(title="contradictions")
    table.add_column("attribute")
    table.add_column("summary", overflow="fold")
    for found in incident.contradictions:
        table.add_row(found.attribute, Text(found.summary))
    return table


def incident_view(incident: Incident) -> Group:
    """The terminal view of one incident: summary, each claimant's version side by side, the disputes."""
    parts: list[Table] = [_summary(incident), _side_by_side(incident)]
    if incident.contradictions:
        parts.append(_disputes(incident))
    return Group(*parts)
