"""Places, step 3: containment — a place written inside a larger one takes the larger one's word for where it is.

Why: reports locate villages the gazetteer lacks by their container ("Kafr X in rural Idlib", "the X
district of Aleppo", "X (Town, District, Governorate)", "X, west of Ramadi", "Beirut's X district"). When the village is
unknown, or the gazetteer's only match lies in another country than the container, the village is
placed at the container, at the container's precision and never finer than "near" (ACLED
geo_precision 2 for a town container, 3 for a region), keeping the name as written.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from counterclaim.claims.place_names import (
    CONTAINMENT_WORDS,
    DIRECTION_WORDS,
    DISTRICT_NOUNS,
    FACILITY_NOUNS,
    FRONT_NOUNS,
    REGION_NOUNS,
    SETTLEMENT_NOUNS,
    Mention,
    actor_kind,
)
from counterclaim.models import Location

__all__ = ["contain"]

# Words that may stand between a place and its container; at least one of _LINKS must be among them.
_LINKS = frozenset({"(", "in", "of", "inside", "within"})
_FILLERS = frozenset({"the", ",", "province", "governorate"}) | DIRECTION_WORDS | CONTAINMENT_WORDS
_PLACE_NOUNS = SETTLEMENT_NOUNS | DISTRICT_NOUNS | REGION_NOUNS | FRONT_NOUNS | FACILITY_NOUNS
_MAX_GAP = 6


def _link(doc: Doc, inner: Mention, outer: Mention) -> str | None:
    """How ``outer`` contains ``inner``: "in" (a containment word or bracket), "," (a comma alone), or None."""
    between = [t.lower_ for t in doc[inner.end : outer.start]]
    if not 0 < len(between) <= _MAX_GAP:
        return None
    if not all(w in _LINKS | _FILLERS | _PLACE_NOUNS for w in between):
        return None
    if set(between) & (_LINKS | CONTAINMENT_WORDS | DIRECTION_WORDS):
        return "in"
    return "," if between == [","] else None


def _at_container(inner: Location | None, written: str, outer: Location) -> Location:
    """The inner place at its container's point, country and province, no finer than "near"."""
    precision = max(2, outer.precision or 3)
    if inner is None:
        return Location(
            name=written, country=outer.country, admin1=outer.admin1, lat=outer.lat, lon=outer.lon,
            precision=precision, as_written=written,
        )  # fmt: skip
    return replace(
        inner, name=inner.as_written or inner.name, country=outer.country, admin1=outer.admin1,
        lat=outer.lat, lon=outer.lon, precision=precision, geonameid=None,
    )  # fmt: skip


def _is_country(location: Location) -> bool:
    return location.precision == 3 and location.admin1 is None


def _unnamed_place(doc: Doc, m: Mention) -> bool:
    """A mention resolution dropped that containment may still place: a place label, no label at all, or "in X";
    never an actor, a demonym or a person ("Russian jets in Syria", "Assad in Damascus")."""
    from counterclaim.actors import lexicon

    text = doc[m.start : m.end].text
    if actor_kind(text) is not None or text.casefold() in lexicon().demonyms:
        return False
    if m.label in {"GPE", "LOC", "FAC", "", "NORP"} or m.evidence:
        return True  # the small model tags unknown Arabic names NORP; real demonyms are ruled out above
    return m.strong and m.label not in {"ACTOR?", "PERSON"}


def contain(
    doc: Doc, mentions: list[Mention], resolved: list[Location | None], context_country: str | None
) -> list[Location | None]:
    """``resolved`` with each place that its container contradicts or that is unknown moved to the container.

    Right to left, so that "Town, District, Governorate" passes the governorate down the chain. A comma
    alone ("X, Hama") links only an unknown name to a region (precision 3): in a list of towns
    ("Homs, Hama and Idlib") every town keeps its own place. A known town is moved only by a container
    in the report's country (``context_country``).
    """
    out = list(resolved)
    for i in range(len(mentions) - 2, -1, -1):
        inner, outer = out[i], out[i + 1]
        if outer is None or outer.lat is None or outer.country is None:
            continue
        link = _link(doc, mentions[i], mentions[i + 1])
        if link is None or (inner is not None and _is_country(inner)):
            continue  # no containment, or the inner name is a country
        unknown = inner is None or inner.lat is None
        if link == "," and not (unknown and outer.precision == 3):
            continue
        written = doc[mentions[i].start : mentions[i].end].text
        placeable = inner is not None or _unnamed_place(doc, mentions[i])
        # "the X district of Aleppo" is no Iraqi X; but "refugees from Aleppo in Turkey" keep Aleppo, and a
        # container outside the report's country is itself a doubtful match ("Panama City, Bella Vista")
        abroad = inner is not None and inner.country != outer.country and not _is_country(outer)
        abroad = abroad and outer.country == context_country
        if (unknown and placeable) or abroad:
            out[i] = _at_container(inner, written, outer)
    return _possessives(doc, mentions, out)


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _possessives(doc: Doc, mentions: list[Mention], resolved: list[Location | None]) -> list[Location | None]:
    """ "Beirut's Hamra district", "North Sinai's Arish": a place written as the possessor of the next one
    contains it: an unknown X, or an X the gazetteer puts in another country, goes to the container (the
    grammar is evidence enough, so no report country is asked for, unlike "X in Y")."""
    out = list(resolved)
    for i in range(len(mentions) - 1):
        outer, inner = out[i], out[i + 1]
        between = [t.text for t in doc[mentions[i].end : mentions[i + 1].start]]
        if outer is None or outer.lat is None or outer.country is None or _is_country(outer):
            continue
        if len(between) != 1 or between[0] not in _POSSESSIVE_MARKS or (inner is not None and _is_country(inner)):
            continue
        unknown = inner is None or inner.lat is None
        abroad = inner is not None and inner.country != outer.country  # the possessive says where it is
        if (unknown and (inner is not None or _unnamed_place(doc, mentions[i + 1]))) or abroad:
            written = doc[mentions[i + 1].start : mentions[i + 1].end].text
            out[i + 1] = _at_container(inner, written, outer)
    return out
