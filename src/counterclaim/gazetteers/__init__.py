"""Bring your own gazetteer: national or local place lists the user indexes once and every lookup then consults.

The shipped tables hold GeoNames places of 500+ inhabitants; most villages, fronts, wadis and
camps that war reports name are not in them. A user with a fuller list (a GeoNames country dump
``XX.txt``, or a CSV of name, lat, lon, country, admin1) runs ``counterclaim gazetteer add PATH``;
the places are indexed into one SQLite file under the user's data folder and
``claims.gazetteer.Gazetteer`` consults them beside the shipped tables, first (the more
specific source wins ties).
"""

from __future__ import annotations

from counterclaim.gazetteers.readers import read_places
from counterclaim.gazetteers.store import (
    GAZETTEER_DIR_ENV,
    GazetteerInfo,
    UserGazetteers,
    add_gazetteer,
    gazetteer_dir,
    installed_gazetteers,
    remove_gazetteer,
)

__all__ = [
    "GAZETTEER_DIR_ENV",
    "GazetteerInfo",
    "UserGazetteers",
    "add_gazetteer",
    "gazetteer_dir",
    "installed_gazetteers",
    "read_places",
    "remove_gazetteer",
]
