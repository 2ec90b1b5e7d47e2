"""Incidents: one record per real event across many reports — who says what, casualty ranges, a grade.

    build_incidents(extractions, existing=...)   claims → incidents, incrementally (build.py)
    grouping.py       blocking and greedy joining (near-linear), merges    settings.py   the thresholds
    kinds.py          which claims make incidents, which attach
    profile.py        what is compared, per claim and per incident        compatibility.py  the rules
    assemble.py       a group of claims → the Incident record              casualties.py  low / best / high
    disputes.py       contradictions, corroborations, grade               sources.py  claimants and outlets
    similarity.py     document affinity (a grouping signal)                syndication.py  copies → one source
    service.py        grouping into the store (ingest, regroup)           render.py  tables and CSV rows

The rules are documented in docs/incidents.md. Names are imported on first use (PEP 562): reading stored
incidents (``render``) does not load the claim rules and spaCy that grouping uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from counterclaim.lazy import lazy_attributes

if TYPE_CHECKING:
    from counterclaim.incidents.build import build_incidents
    from counterclaim.incidents.kinds import forms_incident
    from counterclaim.incidents.settings import DEFAULT_SETTINGS, GroupingSettings

_HOMES = {
    "build_incidents": "counterclaim.incidents.build",
    "forms_incident": "counterclaim.incidents.kinds",
    "DEFAULT_SETTINGS": "counterclaim.incidents.settings",
    "GroupingSettings": "counterclaim.incidents.settings",
}


__getattr__ = lazy_attributes("counterclaim.incidents", _HOMES)


__all__ = ["DEFAULT_SETTINGS", "GroupingSettings", "build_incidents", "forms_incident"]
