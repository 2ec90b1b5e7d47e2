"""The country a report is about: the context that decides between namesakes of its small places.

Why a module of its own: the evidence comes from several places in the text, each with its own
weight, and the geocoder only needs the verdict. Reports from Syria, Iraq and Yemen often never
name the country ("On 5 May, shelling hit Kafr X (Maarrat an Numan, Idleb)"); without a country
in play a village is matched against the world's namesakes, and "SANA" becomes Sanaa.

Votes, per country (a report's own places weigh most, the people and groups it names less):

- a country written as a place ("in Syria") 1; as an actor ("Russia says") 0.25;
- a town or province only one country has 1 (a village 0.5) each time it is written, half that when
  the name is only an alternate name of the town (a quarter or village at home may carry it), a city
  of a million or more that dwarfs its namesakes abroad 1. Towns vote per mention as countries do:
  counting a repeated town once while a repeated country still counts each time let a neighbour
  named often outvote the towns a report is about (Gaza's towns against "Israel");
- a demonym ("Syrian troops", "Yemeni officials"; ``actors/data/demonyms.tsv``) 0.5, at most 1.5
  a country: foreign forces are named by demonym too ("Russian jets"), so demonyms support
  the places rather than outvote them;
- an armed group or body whose home is one country (``actor_countries.tsv``: Houthis → Yemen;
  ``country_force_names.tsv`` for forces the actor lexicon lacks: GNA/LNA → Libya, PMU → Iraq)
  0.5, at most 1.5 a country;
- a dateline ("BEIRUT (Reuters) -", "DAMASCUS, Syria —") 0.5: where the reporter files from,
  often a neighbour of the country reported on.

The winner needs 1 vote, or 0.5 when no other country has any ("Egyptian forces shelled
Rafah": Egypt, not Gaza's Rafah); a passing "US dollar" or "Russia says" decides nothing.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from counterclaim.claims.gazetteer import Gazetteer, Place, gazetteer
from counterclaim.claims.geocoding import COUNTRY_VOTES_KEY, dominant_city, is_acronym, place_candidates
from counterclaim.claims.not_towns import STREET
from counterclaim.claims.place_names import mention_text, place_mentions
from counterclaim.datafiles import mapping, packaged_text, table_rows
from counterclaim.nlp import paragraph_starts

__all__ = ["document_country", "document_country_votes"]

DEMONYM_WEIGHT = 0.5
ACTOR_WEIGHT = 0.5
DATELINE_WEIGHT = 0.5
CAP_PER_KIND = 1.5
_DATELINE_END = frozenset({"(", ",", "-", "—", "–", ":"})
_DATELINE_WORDS = 4  # "RAS AL AIN, Syria": at most this many capitalised words before the mark


@cache
def _actor_countries() -> dict[str, str]:
    """Canonical actor (case-folded) → the canonical name of its home country."""
    return mapping("counterclaim.claims", "actor_countries")


def document_country_votes(doc: Doc) -> dict[str, float]:
    """Votes per ISO country code (see the module docstring for the weights)."""
    places, people = _votes(doc)
    return {cc: places.get(cc, 0.0) + people.get(cc, 0.0) for cc in places.keys() | people.keys()}


def _votes(doc: Doc) -> tuple[dict[str, float], dict[str, float]]:
    """(votes of the places named, votes of demonyms, groups and the dateline)."""
    gaz = gazetteer()
    people: dict[str, float] = {}
    for kind_votes in (_demonym_votes(doc, gaz), _actor_votes(doc, gaz), _force_votes(doc, gaz)):
        for cc, weight in kind_votes.items():
            _add(people, cc, min(weight, CAP_PER_KIND))
    dateline = _dateline_country(doc, gaz)
    if dateline is not None:
        _add(people, dateline, DATELINE_WEIGHT)
    return _place_votes(doc, gaz), people


def document_country(doc: Doc) -> str | None:
    """The country a report is mostly about (context for disambiguating place names), or None."""
    places, people = _votes(doc)
    votes = {cc: places.get(cc, 0.0) + people.get(cc, 0.0) for cc in places.keys() | people.keys()}
    doc.user_data[COUNTRY_VOTES_KEY] = {cc: v for cc, v in votes.items() if v > 0}  # weak leanings, for the geocoder
    best = max(sorted(votes), key=lambda cc: votes[cc], default=None)
    if best is None:
        return None
    # Half a vote decides only when it is a people's or group's vote and no other country has any:
    # a lone village that happens to be unique ("Arab", Alabama) decides nothing.
    alone = people.get(best, 0.0) >= 0.5 and all(v == 0.0 for cc, v in votes.items() if cc != best)
    if votes[best] < 1.0 and not alone:
        return None  # a passing "US dollar" or "Russia says" is no evidence of where a report is
    return gazetteer().country_names.get(best)


def _add(votes: dict[str, float], cc: str, weight: float) -> None:
    votes[cc] = votes.get(cc, 0.0) + weight


def _place_votes(doc: Doc, gaz: Gazetteer) -> dict[str, float]:
    """Countries named as places or actors, and towns and provinces only one country has."""
    votes: dict[str, float] = {}
    for m in place_mentions(doc[:]):
        text = mention_text(doc, m.start, m.end)
        cc = gaz.country_code(text)
        if cc is not None:
            _add(votes, cc, 0.25 if m.label == "ACTOR?" else 1.0)
            continue
        if m.label in {"ACTOR?", STREET}:
            continue
        candidates = [p for p in place_candidates(gaz, text, m.noun) if p.kind == "admin1" or p.population >= 1000]
        if is_acronym(text):  # "GNA" is an alternate name of Guna, India: an acronym votes only as a main name
            candidates = [p for p in candidates if p.exact]
        ccs = {p.cc for p in candidates}
        if len(ccs) == 1:  # a town of 10,000+ is a surer sign than a village that happens to be unique
            only = ccs.pop()
            weight = 1.0 if any(p.kind == "admin1" or p.population >= 10_000 for p in candidates) else 0.5
            _add(votes, only, weight if _own_name(candidates) else weight / 2)
        elif (dominant := dominant_city(candidates)) is not None:
            _add(votes, dominant, 1.0)
    return votes


def _own_name(candidates: list[Place]) -> bool:
    """Whether a province, or a town under its own GeoNames name, carries the name. A name that is only an
    alternate name of a town abroad ("Hamra" for a town in the Emirates) is weaker evidence: the report
    may well mean a quarter or village of its own country that the gazetteer lacks."""
    return any(p.kind != "city" or p.exact for p in candidates)


def _demonym_votes(doc: Doc, gaz: Gazetteer) -> dict[str, float]:
    """ "Syrian", "Iraqis": capitalised people words of a country (a people without a state votes for none)."""
    from counterclaim.actors import lexicon

    demonyms = lexicon().demonyms
    votes: dict[str, float] = {}
    for token in doc:
        if not token.text[:1].isupper():
            continue
        country = demonyms.get(token.text.casefold())
        cc = gaz.country_code_of(country) if country else None
        if cc is not None:
            _add(votes, cc, DEMONYM_WEIGHT)
    return votes


def _actor_votes(doc: Doc, gaz: Gazetteer) -> dict[str, float]:
    """Groups and bodies of one country ("the Houthis", "the SDF"), as the actor lexicon finds them."""
    from counterclaim.actors import lexicon

    homes = _actor_countries()
    votes: dict[str, float] = {}
    for mention in lexicon().mentions(doc):
        home = homes.get(mention.canonical.casefold())
        cc = gaz.country_code_of(home) if home else None
        if cc is not None:
            _add(votes, cc, ACTOR_WEIGHT)
    return votes


@cache
def _force_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every name of ``country_force_names.tsv`` (capitals-only names case-sensitive), and
    the country of each name by its case-folded form."""
    rows = table_rows(packaged_text("counterclaim.claims", "country_force_names.tsv"))
    names = sorted((row[0] for row in rows), key=len, reverse=True)  # longest first: "Hashd al-Shaabi" before "Hashd"
    parts = [re.escape(n) if n.isupper() else f"(?i:{re.escape(n)})" for n in names]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")
    return pattern, {row[0].casefold(): row[1] for row in rows}


def _force_votes(doc: Doc, gaz: Gazetteer) -> dict[str, float]:
    """Forces and governments of one country that the actor lexicon lacks ("GNA and LNA forces clashed")."""
    pattern, homes = _force_pattern()
    votes: dict[str, float] = {}
    for match in pattern.finditer(doc.text):
        cc = gaz.country_code_of(homes.get(match.group(0).casefold()))
        if cc is not None:
            _add(votes, cc, ACTOR_WEIGHT)
    return votes


_CAPS_WORD = re.compile(r"^[A-Z][A-Z'’\-]+$")


def _dateline_country(doc: Doc, gaz: Gazetteer) -> str | None:
    """The country of a dateline at the start of a paragraph: "BEIRUT (Reuters) -", "ALEPPO, Syria —"."""
    for offset in paragraph_starts(doc)[:3]:  # the headline, the byline, the first paragraph
        first = doc.char_span(offset, offset + 1, alignment_mode="expand") if offset < len(doc.text) else None
        if first is None:
            continue
        start = end = first.start
        while end < len(doc) and end - start < _DATELINE_WORDS and _CAPS_WORD.match(doc[end].text):
            end += 1
        if end == start or end >= len(doc) or doc[end].text not in _DATELINE_END:
            continue
        name = " ".join(t.text.title() for t in doc[start:end])
        if gaz.country_code(name):
            return gaz.country_code(name)
        candidates = [p for p in place_candidates(gaz, name, None) if p.kind == "admin1" or p.population >= 10_000]
        ccs = {p.cc for p in candidates}
        if len(ccs) == 1:
            return ccs.pop()
        if (dominant := dominant_city(candidates)) is not None:
            return dominant
    return None
