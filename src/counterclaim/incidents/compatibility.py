"""Whether two profiles can be one event, and how much evidence says they are.

Hard rules first (any one keeps two claims apart): different event types, dates that cannot overlap,
different countries or provinces, precise places farther apart than ``near_km``. Then evidence, each kind
weighted (``GroupingSettings``): the same place or a nearby one, the same province, the same day in the
text, a shared actor or target, figures that fit each other. When the only places the two share are broad
(cities, districts: ``place_scale``), the place counts ``city_place_weight`` and shared actors or targets
count nothing: a city of millions holds unrelated deaths of "a woman" by "police" on the same days, so only
a day in the text, a toll or the reports' similarity can carry the join. Document similarity is added by the caller.
"""

from __future__ import annotations

import math

from counterclaim.incidents.profile import Profile
from counterclaim.incidents.settings import GroupingSettings

__all__ = ["evidence", "place_relation"]

_EARTH_KM = 6371.0
_KM_PER_DEGREE = 111.0  # of latitude


def _dates_fit(a: Profile, b: Profile) -> bool:
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return True
    return a.lo <= b.hi and b.lo <= a.hi


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (equirectangular: exact enough at the scale of ``near_km``)."""
    mean = math.radians((lat1 + lat2) / 2)
    dx = math.radians(lon2 - lon1) * math.cos(mean)
    dy = math.radians(lat2 - lat1)
    return _EARTH_KM * math.hypot(dx, dy)


def _nearest_km(a: Profile, b: Profile, near_km: float) -> float | None:
    """The shortest distance between a precise place of each (pairs clearly farther than ``near_km`` count as
    far without the trigonometry), None when no pair has coordinates."""
    best: float | None = None
    degrees = near_km / _KM_PER_DEGREE
    for x in a.places.values():
        if x.lat is None or x.lon is None:
            continue
        for y in b.places.values():
            if y.lat is None or y.lon is None:
                continue
            if abs(x.lat - y.lat) > degrees:
                km = _KM_PER_DEGREE * abs(x.lat - y.lat)
            else:
                km = _km(x.lat, x.lon, y.lat, y.lon)
            best = km if best is None else min(best, km)
    return best


def place_relation(a: Profile, b: Profile, near_km: float) -> str:
    """ "same", "near", "inside" (one within the other's province or country), "unknown" or "conflict"."""
    if a.countries and b.countries and not a.countries & b.countries:
        return "conflict"
    if a.places.keys() & b.places.keys():
        return "same"
    if a.admin1s and b.admin1s and not a.admin1s & b.admin1s:
        return "conflict"
    if a.places and b.places:
        km = _nearest_km(a, b, near_km)
        if km is None:
            return "conflict"  # two different named places, neither located: a reader keeps them apart
        return "near" if km <= near_km else "conflict"
    if a.admin1s & b.admin1s or (a.countries & b.countries):
        return "inside"
    return "unknown"


def _figures_fit(a: Profile, b: Profile) -> bool:
    """Some toll category both give, with ranges that overlap."""
    return any(
        category in b.figures and low <= b.figures[category][1] and b.figures[category][0] <= high
        for category, (low, high) in a.figures.items()
    )


def _only_broad(a: Profile, b: Profile, relation: str) -> bool:
    """The places that make ``relation`` are all broad (cities, districts): a shared city is weak evidence.

    "same": every place both name is broad; "near": one side names no precise place at all.
    """
    if relation == "same":
        return all(name in a.broad and name in b.broad for name in a.places.keys() & b.places.keys())
    return a.places.keys() <= a.broad or b.places.keys() <= b.broad


_PLACE_WEIGHT = {"same": "same_place_weight", "near": "near_place_weight"}


def evidence(a: Profile, b: Profile, settings: GroupingSettings, *, any_type: bool = False) -> float | None:
    """How much says ``a`` and ``b`` are one event (0 and up), or None when they cannot be.

    ``any_type``: the event types may differ (the main events of two reports telling one story).
    """
    if (a.event_type != b.event_type and not any_type) or not _dates_fit(a, b):
        return None
    relation = place_relation(a, b, settings.near_km)
    if relation == "conflict":
        return None
    score = 0.0
    broad = relation in _PLACE_WEIGHT and _only_broad(a, b, relation)
    if broad:
        score += min(settings.city_place_weight, float(getattr(settings, _PLACE_WEIGHT[relation])))
    elif relation in _PLACE_WEIGHT:
        score += float(getattr(settings, _PLACE_WEIGHT[relation]))
    elif relation == "inside" and a.admin1s & b.admin1s:
        score += settings.same_admin1_weight
    if a.text_dated and b.text_dated and a.lo == b.lo and a.hi == b.hi:
        score += settings.same_day_weight
    if a.actors & b.actors and not broad:
        score += settings.actor_weight
    if a.targets & b.targets and not broad:
        score += settings.target_weight
    if _figures_fit(a, b):
        score += settings.figure_weight
    return score
