"""Whether a resolved place is broad (a city, a district) or precise (a town, a village, a quarter).

Why grouping needs it: a shared village says much about two reports (few events happen there in a week),
a shared city little — a city of a million hosts a hit-and-run in one borough and a riot in another on the
same days. So a place broad enough to hold unrelated events is weak evidence: it may not carry a join
between reports on its own (``compatibility.evidence``); a precise place still can.

A place is broad when the gazetteer entry it was resolved to is a district (``admin2``, found by name at the
place's coordinates: the shipped districts carry no GeoNames id) or a populated place (``Location.geonameid``)
whose ``Place.importance`` (GeoNames population, raised to a floor for administrative seats that GeoNames
leaves at 0) reaches ``city_population``. Other places (unresolved names, a user's own records without an id,
generated test data) count as precise, as before this rule.
"""

from __future__ import annotations

from functools import lru_cache

from counterclaim.models import Location

__all__ = ["is_broad"]


def is_broad(location: Location, city_population: int) -> bool:
    """The place is a city of at least ``city_population`` people or a district (see the module docstring)."""
    if city_population <= 0 or location.lat is None or location.lon is None:
        return False
    if location.geonameid is None and location.precision != 2:
        return False
    return _importance(location.name, location.geonameid, location.lat, location.lon) >= city_population


@lru_cache(maxsize=65536)
def _importance(name: str, geonameid: int | None, lat: float, lon: float) -> float:
    """The importance of the gazetteer's city ``geonameid`` found under ``name``; a district at ``lat``,
    ``lon`` counts as any city (infinite); an entry not found as none (0)."""
    from counterclaim.claims.gazetteer import gazetteer  # loaded only when a claim carries a resolved place

    table = gazetteer()
    if geonameid is not None:
        return next((float(p.importance) for p in table.city_candidates(name) if p.geonameid == geonameid), 0.0)
    same_point = any(abs(p.lat - lat) < 1e-4 and abs(p.lon - lon) < 1e-4 for p in table.admin2_candidates(name))
    return float("inf") if same_point else 0.0
