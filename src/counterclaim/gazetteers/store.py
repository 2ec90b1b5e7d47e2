"""Where user gazetteers live and how they are indexed: one SQLite file per gazetteer.

Why SQLite: a national dump has tens of thousands of places and a hundred thousand names; an
indexed file answers a name lookup in microseconds without loading anything, so a process pays
nothing for a gazetteer until it looks a name up, and nothing at all when none is installed.

The folder is the user's data folder, as ``platformdirs`` would place it
(``$XDG_DATA_HOME/counterclaim/gazetteers`` or ``~/.local/share/...`` on Linux,
``~/Library/Application Support/...`` on macOS, ``%LOCALAPPDATA%\\...`` on Windows), unless
``COUNTERCLAIM_GAZETTEER_DIR`` (or the CLI's ``--gazetteer-dir``) names another.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from counterclaim.claims.gazetteer import LOOSE_PREFIX, MIN_SKELETON, Place, gazetteer, skeletons
from counterclaim.gazetteers.readers import GazetteerError, PlaceRow, read_places

GAZETTEER_DIR_ENV = "COUNTERCLAIM_GAZETTEER_DIR"
SUFFIX = ".sqlite"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_SCHEMA = """
CREATE TABLE meta (field TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, main_key TEXT NOT NULL, kind TEXT NOT NULL, cc TEXT NOT NULL,
    admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL, feature TEXT NOT NULL,
    geonameid INTEGER
);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
"""
_RECHECK_S = 1.0  # how stale a process's view of the folder may get when another process changes it
_changes = [0]  # bumped by add and remove: this process sees its own changes at once
_LOOKUP = (
    "SELECT p.name, p.main_key, p.kind, p.cc, p.admin1, p.lat, p.lon, p.population, p.feature, p.geonameid "
    "FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? ORDER BY p.id"
)


def _platform_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "counterclaim"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "counterclaim"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "counterclaim"


def gazetteer_dir(override: str | Path | None = None) -> Path:
    """The folder of the user's gazetteers: ``override``, else the environment variable, else the data folder."""
    chosen = override or os.environ.get(GAZETTEER_DIR_ENV)
    return Path(chosen).expanduser() if chosen else _platform_data_dir() / "gazetteers"


@dataclass(frozen=True, slots=True)
class GazetteerInfo:
    """What ``counterclaim gazetteer list`` shows of one installed gazetteer."""

    name: str
    places: int
    names: int
    source: str
    path: Path


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise GazetteerError(f"{name!r}: a gazetteer name is letters, digits, '.', '_' or '-' (64 at most)")
    return name


def _write(connection: sqlite3.Connection, rows: Iterable[PlaceRow]) -> tuple[int, int]:
    places = names = 0
    for place_id, row in enumerate(rows, start=1):
        connection.execute(
            "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (place_id, row.name, row.keys[0] if row.keys else "", row.kind, row.cc, row.admin1, row.lat, row.lon,
             row.population, row.feature, row.geonameid),
        )  # fmt: skip
        keys = [*row.keys, *loose_keys(row.keys)] if row.kind == "city" else list(row.keys)
        connection.executemany("INSERT OR IGNORE INTO name VALUES (?, ?)", ((key, place_id) for key in keys))
        places, names = places + 1, names + len(row.keys)
    return places, names


def loose_keys(keys: Iterable[str]) -> list[str]:
    """The loose (``skeleton``) keys of a town's names, marked with ``LOOSE_PREFIX`` in the name table,
    so that a user's villages are found under transliteration variants as the shipped towns are."""
    found = skeletons(sorted(set(keys)), drop_y=True) if keys else []
    return [LOOSE_PREFIX + k for k in dict.fromkeys(found) if len(k) >= MIN_SKELETON]


def add_gazetteer(path: str | Path, name: str | None = None, directory: str | Path | None = None) -> GazetteerInfo:
    """Index ``path`` (GeoNames dump or CSV) as the gazetteer ``name`` (default: the file's stem), replacing one
    of that name. The file is written aside and moved in, so a lookup never sees half an index."""
    source = Path(path)
    chosen = _check_name(name or source.stem)
    folder = gazetteer_dir(directory)
    folder.mkdir(parents=True, exist_ok=True)
    target, partial = folder / f"{chosen}{SUFFIX}", folder / f".{chosen}{SUFFIX}.partial"
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.executescript(_SCHEMA)
        places, names = _write(connection, read_places(source, gazetteer()))
        if not places:
            raise GazetteerError(f"{source}: no place could be read (a GeoNames dump or a CSV with a header)")
        connection.executemany("INSERT INTO meta VALUES (?, ?)", [("source", str(source.resolve()))])
        connection.commit()
    except BaseException:
        connection.close()
        partial.unlink(missing_ok=True)
        raise
    connection.close()
    partial.replace(target)
    _changes[0] += 1
    return GazetteerInfo(chosen, places, names, str(source.resolve()), target)


def _info(path: Path) -> GazetteerInfo:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        places = connection.execute("SELECT count(*) FROM place").fetchone()[0]
        names = connection.execute("SELECT count(*) FROM name WHERE key NOT LIKE '~%'").fetchone()[0]
        found = connection.execute("SELECT value FROM meta WHERE field = 'source'").fetchone()
    connection.close()
    return GazetteerInfo(path.name[: -len(SUFFIX)], int(places), int(names), found[0] if found else "", path)


def installed_gazetteers(directory: str | Path | None = None) -> list[GazetteerInfo]:
    """The installed gazetteers, by name."""
    folder = gazetteer_dir(directory)
    if not folder.is_dir():
        return []
    return [_info(path) for path in sorted(folder.glob(f"*{SUFFIX}")) if not path.name.startswith(".")]


def remove_gazetteer(name: str, directory: str | Path | None = None) -> Path:
    """Delete the gazetteer ``name``; its places are no longer looked up."""
    target = gazetteer_dir(directory) / f"{_check_name(name)}{SUFFIX}"
    if not target.is_file():
        raise GazetteerError(f"no gazetteer called {name!r} in {target.parent}")
    target.unlink()
    _changes[0] += 1
    return target


class UserGazetteers:
    """The installed gazetteers as a ``claims.gazetteer.PlaceSource``: consulted on every lookup.

    The folder is reopened when it changed: at once after this process's own ``add`` or
    ``remove`` or a change of ``COUNTERCLAIM_GAZETTEER_DIR``, within a second after another
    process's (one ``stat`` a second). A lookup with no gazetteer installed costs a microsecond.
    """

    def __init__(self, directory: str | Path | None = None) -> None:
        self._directory = directory
        self._seen: tuple[Path, int] | None = None
        self._open: list[tuple[str, sqlite3.Connection]] = []
        self._checked: tuple[str | None, int, float] = (None, -1, -_RECHECK_S)

    def _connections(self) -> list[tuple[str, sqlite3.Connection]]:
        env, now = os.environ.get(GAZETTEER_DIR_ENV), time.monotonic()
        if self._checked[:2] == (env, _changes[0]) and now - self._checked[2] < _RECHECK_S:
            return self._open
        self._checked = (env, _changes[0], now)
        folder = gazetteer_dir(self._directory)
        try:
            state = (folder, folder.stat().st_mtime_ns)
        except OSError:
            state = (folder, -1)
        if state != self._seen:
            self.close()
            self._seen = state
            for path in sorted(folder.glob(f"*{SUFFIX}")) if state[1] >= 0 else []:
                if not path.name.startswith("."):
                    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
                    self._open.append((path.name[: -len(SUFFIX)], connection))
        return self._open

    def close(self) -> None:
        """Close every open index (they reopen on the next lookup)."""
        for _, connection in self._open:
            connection.close()
        self._open = []

    def candidates(self, key: str, kinds: frozenset[str]) -> list[Place]:
        """Places of ``kinds`` under the folded ``key``, from every installed gazetteer, by name of gazetteer."""
        found: list[Place] = []
        for name, connection in self._connections():
            try:
                rows = connection.execute(_LOOKUP, (key,)).fetchall()
            except sqlite3.DatabaseError:
                continue  # removed or replaced under us: the next lookup reopens the folder
            for label, main_key, kind, cc, admin1, lat, lon, population, feature, geonameid in rows:
                if kind in kinds:
                    found.append(Place(label, kind, cc, admin1, lat, lon, population, geonameid, main_key == key,
                                       feature, name))  # fmt: skip
        return found
