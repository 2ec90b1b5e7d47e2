"""GeoJSON (RFC 7946) for QGIS and web maps: one Point feature per located place of each claim.

Why one feature per claim-place: a claim about strikes "in Aleppo and Idlib" is a claim about
both, and a map shows both. Each feature's properties are the claim's flat row (the same
columns as the CSV export), with the ``place_*`` columns describing *this* feature's place.
Coordinates are [longitude, latitude] in WGS 84 as RFC 7946 requires (no ``crs`` member); places
the gazetteer could not place, and claims with no such place, are left out and counted; a
province or country named only as the container of a town in the same claim is not a second point.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from counterclaim.export.flat import flat_row, located
from counterclaim.models import Claim, Location, Provenance

__all__ = ["GeoJsonResult", "feature_collection", "located", "mapped_places", "write_geojson"]


def _contains(outer: Location, inner: Location) -> bool:
    """Whether ``outer`` is the province or country that ``inner``, a finer place, lies in."""
    if outer is inner or (outer.precision or 0) <= (inner.precision or 0):
        return False
    return outer.name in {inner.admin1, inner.country}


def mapped_places(claim: Claim) -> list[tuple[int, Location]]:
    """The claim's located places, less a province or country that only contains another of them.

    Why: "in the town of Saraqib in Idlib province" names one place; a second point at the province's
    centre would put the event where it did not happen, and count it twice on the map.
    """
    return [
        (i, loc) for i, loc in enumerate(claim.locations)
        if located(loc) and not any(_contains(loc, other) for other in claim.locations)
    ]


def _feature(claim: Claim, index: int, location: Location, properties: dict[str, Any]) -> dict[str, Any]:
    assert location.lon is not None and location.lat is not None  # located() said so
    return {
        "type": "Feature",
        "id": f"{claim.id}#{index}",
        "geometry": {"type": "Point", "coordinates": [location.lon, location.lat]},
        "properties": {
            **properties,
            "place_index": index,
            "place": location.name,
            "place_lat": location.lat,
            "place_lon": location.lon,
            "place_country": location.country,
            "place_admin1": location.admin1,
            "place_precision": location.precision,
            "place_geonameid": location.geonameid,
            "place_as_written": location.as_written,
            "place_inherited": location.inherited,
        },
    }


@dataclass
class GeoJsonResult:
    """A FeatureCollection and the number of claims left out for want of coordinates."""

    collection: dict[str, Any]
    unlocated_claims: int


def feature_collection(
    claims: Iterable[Claim], provenance_of: Callable[[Claim], Provenance | None] | None = None
) -> GeoJsonResult:
    """The claims' located places as a FeatureCollection, and how many claims had none."""
    features: list[dict[str, Any]] = []
    unlocated = 0
    for claim in claims:
        places = mapped_places(claim)
        if not places:
            unlocated += 1
            continue
        properties = flat_row(claim, provenance_of(claim) if provenance_of else None)
        features.extend(_feature(claim, i, loc, properties) for i, loc in places)
    return GeoJsonResult({"type": "FeatureCollection", "features": features}, unlocated)


def write_geojson(result: GeoJsonResult, out: TextIO) -> int:
    """Write the collection as one JSON document; returns the number of features."""
    json.dump(result.collection, out, ensure_ascii=False)
    out.write("\n")
    return len(result.collection["features"])
