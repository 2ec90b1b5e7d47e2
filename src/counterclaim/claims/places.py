"""Places: locations named in a claim, resolved against an offline GeoNames table.

How a place is found (general rules, no list of known places):

1. Name runs: spaCy GPE/LOC/FAC entities, and capitalised word runs ("Bir al-Abd", "Ayn Zarah",
   "Port of Spain" when the gazetteer knows the whole). Arabic articles and particles
   (``arabic_particles.txt``) and hyphens keep a name whole ("Deir ez-Zor", "Deir-ez-Zor", "Ras
   al-Ain"); one that is also an English word ("as", "an", "at") only against a hyphen. A trailing
   place noun is cut off ("Rakhine State" → "Rakhine"), and a place entity inside a longer run stands alone.
2. Evidence that a run names a place: a GPE/LOC/FAC label; a locative word before it ("in",
   "near", "at", "village of", "fled", "bombed"); a place noun after it ("Ghazni city", "Paktika
   province", "Beddawi highway"); or it follows another place after a comma, bracket or "and"
   ("in Manaus, Amazonas", "Okpanam (Oshimili North LGA, Delta)", "in Syria and Iraq"), or it
   comes right before a bracket or comma and a region ("attacked Kagara (Rafi LGA, Niger)",
   "Caripe, Monagas state"). More cues of war reporting: the object of "targeted"/"raided", "the
   shelling/siege of X" (``locative_of_nouns``), "X front", "X countryside", "rural X". Runs bridge
   up to three connectors ("San Pedro de la Paz", "Deir-ez-Zor") and end
   at a possessive glued to a token ("Tripoli\x92s Salahadeen"). The
   small spaCy model often tags foreign towns as ORG, PERSON or NORP, so a run with other labels
   counts only with such evidence, and is kept unresolved only after "in"/"near"/"at"/"of".
3. Not places: demonyms, non-state actors from the actor lexicon ("ISIL"), institutions ("the
   Ministry of Finance"), a news source ("according to SANA", "SANA reported"), an unknown name
   inside a longer organisation name ("... for Human Rights"), and a country used as an actor.
   A country is a place only with locative evidence ("in Syria", "Aleppo, Syria"), and never
   as a modifier ("Russia's air force", "from US officials").
4. Resolution (``gazetteer``): a country name or alias → the country, precision 3, at its
   centre. Otherwise towns, districts (admin2) and provinces (admin1) of that name compete,
   scored by: inside a province named elsewhere in the span (+40), a city of a million or more
   that dwarfs its namesakes (+25, "New York"), in a country named in the span (+20), in the
   context country (+10), then log10(population). A province scores like a town of 10,000 and
   a district like one of 3,000, so "Gomel" is the city unless the text says "Gomel province".
   A weak match (a hamlet with no country in play, a town outside the countries in play) is
   left unresolved rather than guessed, unless only one town in the world has the name
   ("Zgharta"; GeoNames gives many towns no population). A name written again as the region
   right after it steers itself ("San Jose (San Jose)"), and a district named in the span
   steers towns to its province. "X district/LGA/county" prefers the district. A spelling the
   table lacks is tried as "New X"/"X Old" and then by ``skeleton`` (no inner vowels, doubled
   letters or Arabic article: "Qalqiliyah" = "Qalqilyah"), trusted inside a country in play; with
   none, only in a country the report leans to, or when the spellings are alike
   (``geocoding.written_alike``; a big town only as the one town with that skeleton), and the same
   holds for a name found only without its article. People words ("Arab", ``people_words.txt``), an
   alternate name abroad beside a town that carries the name, one word after "the", and a facility
   named after a town several countries share are guesses with no country in play: unresolved.
   Unknown multi-word names fall back to a known town they start with ("Benghazi Medical
   Centre", "Mogadishu-Hodan"), at precision 2, but never to an article or a generic first
   word ("Al Watiyah" is not "Ål", "Ain Oussara" not "Ain"). A giant city known by an
   alternate name ("Pune" for "Puno") does not dominate a big city that carries the name.
   A name still unknown is tried under its spelling variants (``transliteration_rules.tsv``:
   Idleb/Idlib, ou/u, q/k, dh/z, the ta marbuta, doubled consonants, ayn and hamza marks dropped),
   inside the countries in play when there are any. A match that rests on a weak reading (found only
   without its article or under a variant, a facility "the X hospital", a name the model tags ORG)
   is never taken abroad against the countries in play: the name stays unresolved instead.
   The context country is ``document_country``'s: places named, demonyms, one-country groups and
   the dateline vote. Inside the countries in play an admin seat ranks at least as a town of its
   rank (``Place.importance``); a namesake within 100 km of the report's other places ranks higher
   (spatial coherence). An acronym ("GNA") never matches a town by an alternate name; a generic
   first word alone ("Bir", "Tell") is no town.
5. Precision (ACLED geo_precision): 1 a town; 2 "near"/"outside"/"outskirts of"/"north of" a
   town, a district, or a facility in a town; 3 a region or country, and "rural X", "X countryside",
   "the countryside of X" (``countryside_words.txt``), which name X's province ("Damascus
   countryside" is Rif Dimashq); a village inside one is placed near the city X (precision 2).
   A run that opens with a generic Arabic toponym word ("Kafr X", "Tell X",
   ``generic_toponym_words.txt``) is a place even when the model tags it a person.
   Unresolved names are kept with ``name`` = ``as_written`` and ``precision`` None.
6. Containment (``containment``): "X in rural Y", "the X district of Y", "X (Y, Z)", "X, west of Y":
   an unknown X, or an X the gazetteer puts in another country than the town or region Y, is placed
   at Y, at Y's precision and never finer than 2.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span

from counterclaim.claims.containment import contain
from counterclaim.claims.document_country import document_country
from counterclaim.claims.gazetteer import Gazetteer, fold, gazetteer
from counterclaim.claims.geocoding import countryside_unit, resolve, split_trailing_region
from counterclaim.claims.place_names import Mention, mention_text, place_mentions
from counterclaim.models import Location

__all__ = ["document_country", "find_locations"]


def find_locations(span: Span, context_country: str | None = None) -> list[Location]:
    """Every place named in ``span``, resolved to name/country/admin1/lat/lon/precision where possible."""
    gaz = gazetteer()
    doc = span.doc
    mentions = [part for m in place_mentions(span) for part in split_trailing_region(gaz, doc, m)]
    countries: dict[int, str] = {}
    for m in mentions:
        cc = gaz.country_code(mention_text(doc, m.start, m.end))
        if cc is not None:
            countries[m.start] = cc
    # Regions and countries named in the span steer the towns: "Puli Alam city, Logar".
    actor_use = {m.start for m in mentions if m.label == "ACTOR?"}
    span_ccs = {cc for start, cc in countries.items() if start not in actor_use}
    context_cc = gaz.country_code_of(context_country)
    # By folded name: a name never steers itself ("Gaza" alone must not vote for the region "Gaza"),
    # unless it is written again as the region right after it, as reports write a town in its namesake
    # province ("Town (Town)", "Town, Town"). A common notation, not one report: the town is in that province.
    regions_named: dict[str, set[tuple[str, str]]] = {}
    for i, m in enumerate(mentions):
        if m.start in countries:
            continue
        text = mention_text(doc, m.start, m.end)
        steering = fold(text) + " (again)" if _written_again(doc, mentions, i) else fold(text)
        districts = [d for d in gaz.admin2_candidates(text) if d.cc in span_ccs | {context_cc}]
        for region in gaz.admin1_candidates(text) + districts:
            if region.cc in span_ccs or region.cc == context_cc or not span_ccs:
                regions_named.setdefault(steering, set()).add((region.cc, region.admin1_code or ""))
    steered: list[set[tuple[str, str]]] = []
    for m in mentions:
        # only *other* names steer a name: "Gaza" alone must not vote for the region "Gaza"
        own = fold(mention_text(doc, m.start, m.end))
        steered.append({code for name, codes in regions_named.items() if name != own for code in codes})
    earlier = _anchors(doc)
    first = [
        resolve(gaz, span, m, countries, codes, span_ccs, context_cc, earlier.others({}, m.start))
        for m, codes in zip(mentions, steered, strict=True)
    ]
    here = _points(mentions, first)
    resolved = first
    if here and (len(here) > 1 or earlier.points):  # spatial coherence: again, with the other places as anchors
        resolved = [
            resolve(gaz, span, m, countries, codes, span_ccs, context_cc, earlier.others(here, m.start))
            for m, codes in zip(mentions, steered, strict=True)
        ]
    resolved = contain(doc, mentions, resolved, gaz.country_names.get(context_cc or ""))
    # "rural Hama" is the governorate; the villages it contains keep the city's point ("near" it), which
    # lies closer to most of them than the centre of a governorate that may reach a desert border
    resolved = [_countryside(gaz, doc, m, loc) for m, loc in zip(mentions, resolved, strict=True)]
    resolved = _one_sense_per_report(doc, mentions, resolved, {gaz.country_names.get(cc) for cc in span_ccs})
    earlier.update(_points(mentions, resolved))
    out: list[Location] = []
    seen: set[tuple[str, int]] = set()
    for m, location in zip(mentions, resolved, strict=True):
        if location is None:
            continue
        key = (location.name, m.start)
        if key not in seen:
            seen.add(key)
            out.append(location)
    return out


def _countryside(gaz: Gazetteer, doc: Doc, m: Mention, location: Location | None) -> Location | None:
    if location is None or not m.rural:
        return location
    return countryside_unit(gaz, m, mention_text(doc, m.start, m.end), location) or location


_SENSES_KEY = "counterclaim.place_senses"


def _one_sense_per_report(
    doc: Doc, mentions: list[Mention], resolved: list[Location | None], named_countries: set[str | None]
) -> list[Location | None]:
    """A name a report has already placed keeps that place when it is written again ("Beirut's Hamra
    district ... marches set out from Hamra"): the second mention has less context, not another town.
    The first resolution with coordinates of each folded name is kept per Doc, unless the new span
    names the country it now resolves to ("Tripoli, Lebanon" after a bare "Tripoli")."""
    senses: dict[str, Location] = doc.user_data.setdefault(_SENSES_KEY, {})
    out: list[Location | None] = []
    for m, location in zip(mentions, resolved, strict=True):
        key = fold(mention_text(doc, m.start, m.end))
        known = senses.get(key)
        if location is not None and location.country is not None and location.country in named_countries:
            senses[key] = location
        elif location is not None and location.lat is not None and known is not None and _moved(location, known):
            location = dataclasses.replace(known, as_written=location.as_written)
        elif location is not None and known is None and location.lat is not None and location.as_written:
            senses[key] = location
        out.append(location)
    return out


def _moved(location: Location, known: Location) -> bool:
    return (location.lat, location.lon) != (known.lat, known.lon)


_ANCHORS_KEY = "counterclaim.place_anchors"


Point = tuple[float, float]


class _Anchors:
    """Points of the places resolved so far in one Doc, by the token where each is written.

    Kept per Doc and indexed by point as well as by token: a report names the same few places again
    and again, so the anchors a mention is weighed against are the distinct points (tens), not every
    earlier mention (thousands in a long report) — which made place resolution quadratic in length."""

    def __init__(self) -> None:
        self.points: dict[int, Point] = {}
        self._starts: dict[Point, set[int]] = {}

    def update(self, points: dict[int, Point]) -> None:
        for start, point in points.items():
            old = self.points.get(start)
            if old is not None:
                self._starts[old].discard(start)
                if not self._starts[old]:
                    del self._starts[old]
            self.points[start] = point
            self._starts.setdefault(point, set()).add(start)

    def others(self, here: dict[int, Point], own: int) -> tuple[Point, ...]:
        """The distinct anchor points other than the mention's own (at token ``own``): those resolved
        earlier, where ``here`` (this span's points, by token) does not override them, and ``here``'s."""
        hidden = {own, *here}
        found = dict.fromkeys(p for start, p in here.items() if start != own)
        for point, starts in self._starts.items():
            if len(starts) > sum(1 for start in hidden if start in starts):
                found[point] = None
        return tuple(found)


def _anchors(doc: Doc) -> _Anchors:
    """The Doc's anchors (kept in ``Doc.user_data``)."""
    found = doc.user_data.get(_ANCHORS_KEY)
    if found is None:
        found = doc.user_data[_ANCHORS_KEY] = _Anchors()
    assert isinstance(found, _Anchors)
    return found


def _points(mentions: list[Mention], resolved: list[Location | None]) -> dict[int, Point]:
    """The points of resolved places finer than a country (those that can steer their neighbours' namesakes)."""
    points: dict[int, Point] = {}
    for m, loc in zip(mentions, resolved, strict=True):
        if loc is None or loc.lat is None or loc.lon is None or loc.precision is None:
            continue
        if not (loc.precision == 3 and loc.admin1 is None):
            points[m.start] = (loc.lat, loc.lon)
    return points


def _written_again(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """The name of mention ``i`` repeats the mention right before it, after a bracket or comma: "Town (Town)"."""
    if i == 0:
        return False
    before, this = mentions[i - 1], mentions[i]
    same = fold(mention_text(doc, before.start, before.end)) == fold(mention_text(doc, this.start, this.end))
    return same and 0 < this.start - before.end <= 2 and doc[this.start - 1].text in {"(", ","}
