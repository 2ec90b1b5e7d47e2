"""Names of administrative units as reports write them: wrapping words off, Arabic article optional,
the countryside unit of a city under its English names.

GeoNames and ISO 3166-2 write "Muhafazat Karbala'", "Basra Governorate", "Rif-dimashq"; reports
write "Karbala", "Basra", "Rural Damascus". These rules (their words in ``claims/data/places_admin_wrapping.tsv``
and ``places_countryside.txt``) serve the build tool, which derives the shipped admin tables, and
``counterclaim gazetteer add``, which indexes a user's admin units the same way.
"""

from __future__ import annotations

import re
from functools import cache

from counterclaim.claims.gazetteer import fold
from counterclaim.datafiles import packaged_text, table_rows, words

_CLAIMS = "counterclaim.claims"
# "al-Hasakah" is also written "Hasakah": the Arabic article and its assimilated forms
_ARTICLE = re.compile(r"^(?:al|el|as|an|ad|ar|at|az|ash|ath|ed|en|es|et|ez|adh|ad) (?=\S{3})")


@cache
def _wrapping(level: str) -> re.Pattern[str]:
    rows = table_rows(packaged_text(_CLAIMS, "places_admin_wrapping.tsv"))
    kept = [row for row in rows if len(row) < 3 or row[2] == level]

    def alternatives(kind: str) -> str:
        words = sorted((re.escape(row[1]).replace(r"\ ", r"\s+") for row in kept if row[0] == kind), key=len)
        return "|".join(reversed(words))  # longest first: "municipal district" before "district"

    prefix = rf"^(?:{alternatives('prefix')})\s+(?:(?:{alternatives('connector')})\s*(?<=\s|'))?"
    return re.compile(rf"{prefix}|\s+(?:{alternatives('suffix')})$", re.IGNORECASE)


def strip_wrapping(name: str, level: str = "admin1") -> str:
    """ "Muhafazat Karbala'" → "Karbala'", "Province du Passore" → "Passore" (``level``: "admin1" or "admin2").

    A name that is nothing but wrapping ("Region") is kept whole, and so is one that would be left a
    bare direction ("Northern Province", "Central District": "Northern" names no place).
    """
    directions = words(_CLAIMS, "direction_modifiers")
    previous, current = None, name.strip()
    while previous != current:
        previous = current
        stripped = _wrapping(level).sub("", current).strip()
        bare = all(word in directions for word in re.split(r"[\s-]+", stripped.casefold()))
        current = stripped if len(stripped) >= 3 and not bare else current
    return current[:1].upper() + current[1:]


def without_article(key: str) -> str:
    """A folded key without a leading Arabic article ("al hasakah" → "hasakah"); the key itself when it has none."""
    return _ARTICLE.sub("", key)


@cache
def _countryside() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = table_rows(packaged_text(_CLAIMS, "places_countryside.txt"))
    markers = tuple(fold(row[1].replace("*", "")) + " " for row in rows if row[0] == "marker")
    return markers, tuple(row[1] for row in rows if row[0] == "spelling")


def countryside_base(key: str) -> str | None:
    """The city a countryside unit is named after ("rif dimashq" → "dimashq"), or None."""
    markers, _ = _countryside()
    for marker in markers:
        if key.startswith(marker) and len(key) > len(marker) + 2:
            return key[len(marker) :]
    return None


def countryside_keys(city_keys: list[str]) -> list[str]:
    """Every spelling of the countryside unit of a city known by ``city_keys`` ("rural damascus", ...)."""
    _, spellings = _countryside()
    return [fold(spelling.replace("*", city)) for city in city_keys for spelling in spellings]


def admin_keys(name: str, level: str = "admin1") -> list[str]:
    """The folded lookup keys of a unit's name: as written, unwrapped, and each without its Arabic article."""
    keys = [fold(name), fold(strip_wrapping(name, level))]
    keys += [without_article(k) for k in keys]
    return [k for k in dict.fromkeys(keys) if k]
