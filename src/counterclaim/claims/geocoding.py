"""Places, step 2: geocoding — which GeoNames place a name run is, scored, or None when it is only a guess.

Why a module of its own: the scoring (population, a province or country named beside the name,
the report's country) and the fall-backs for spellings the table lacks are the hardest part of
place finding and read best alone; ``places`` explains the method and steers the runs.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span

from counterclaim.claims.gazetteer import Gazetteer, Place, article_readings, fold
from counterclaim.claims.not_towns import STREET
from counterclaim.claims.place_names import (
    CONNECTORS,
    DIRECTION_WORDS,
    DISTRICT_NOUNS,
    FACILITY_NOUNS,
    HYPHENS,
    INSTITUTION_WORDS,
    MISLABELLED_TIME,
    MISLABELS,
    PLACE_LABELS,
    REGION_NOUNS,
    SETTLEMENT_NOUNS,
    Mention,
    actor_kind,
    mention_text,
)
from counterclaim.datafiles import packaged_text, table_rows, words
from counterclaim.models import Location

__all__ = [
    "COUNTRY_VOTES_KEY",
    "countryside_unit",
    "dominant_city",
    "is_acronym",
    "place_candidates",
    "resolve",
    "spelling_variant_candidates",
    "spelling_variants",
    "split_trailing_region",
    "written_alike",
]


LEADING_ARTICLES = words("counterclaim.claims", "leading_articles")
GENERIC_TOPONYM_WORDS = words("counterclaim.claims", "generic_toponym_words")
SECOND_LEVEL_NOUNS = words("counterclaim.claims", "second_level_district_nouns")
PEOPLE_WORDS = words("counterclaim.claims", "people_words")
TOWN_PART_NOUNS = words("counterclaim.claims", "town_part_nouns")  # "the Sana neighbourhood": a local name
TRANSLITERATION_RULES = tuple(
    (row[0], row[1]) for row in table_rows(packaged_text("counterclaim.claims", "transliteration_rules.tsv"))
)
_AYN_HAMZA = re.compile(r"[ʿʾʻʼ'‘’`´]")
_SINGLE_CONSONANT = re.compile(r"(?<=[aeiou])([bcdfgjklmnqrstvwxz])(?=[aeiou])")
_DOUBLED = re.compile(r"([bcdfgjklmnpqrstvwxz])\1")


def _is_demonym(text: str) -> bool:
    """ "Russian", "Afghans", "Arab", "Druze": a people word, never a place (``people_words.txt`` holds the
    peoples and sects that have no country of their own, so no demonym in the actor lexicon)."""
    from counterclaim.actors import lexicon

    folded = text.casefold()
    return folded in lexicon().demonyms or folded.replace("’", "'") in PEOPLE_WORDS


def split_trailing_region(gaz: Gazetteer, doc: Doc, m: Mention) -> list[Mention]:
    """ "Mojolo Sinaloa" (comma left out): a name that is unknown whole but ends in a region or country."""
    text = mention_text(doc, m.start, m.end)
    if m.end - m.start < 2 or gaz.city_candidates(text) or gaz.country_code(text) or gaz.admin1_candidates(text):
        return [m]
    for cut in range(m.start + 1, m.end):
        if {doc[cut - 1].text, doc[cut].text} & HYPHENS or doc[m.start : cut].text.casefold() in CONNECTORS:
            continue  # "As-Sweida" is no Belgian "As" and a province "-Sweida": a hyphen or a lone article binds
        if not gaz.city_candidates(doc[m.start : cut].text):
            continue  # "Negros Oriental" stays whole: the head must be a known town itself
        tail = doc[cut : m.end].text
        if all(t.lower_ in DIRECTION_WORDS | CONNECTORS for t in doc[cut : m.end]):
            continue  # "Aweil East", "Tonj South": a direction is part of the name
        if _region_holds(gaz, gaz.city_candidates(doc[m.start : cut].text), tail):
            head = Mention(m.start, cut, m.label, m.evidence, m.near, None, m.strong)
            return [head, Mention(cut, m.end, m.label, True, False, m.noun, False)]
    return [m]


def _region_holds(gaz: Gazetteer, towns: list[Place], tail: str) -> bool:
    """Whether ``tail`` names a province or country that one of the ``towns`` lies in: "Mojolo Sinaloa" is
    a town and its state, "Sousse Medina" a town and its old quarter (Medina is no province of Tunisia)."""
    cc = gaz.country_code(tail)
    if cc is not None:
        return any(t.cc == cc for t in towns)
    units = {(u.cc, u.admin1_code) for u in gaz.admin1_candidates(tail)}
    return any((t.cc, t.admin1_code) in units for t in towns)


def _could_be_unresolved_place(name: Span) -> bool:
    """Not an institution ("the Ministry of Finance") and not an acronym ("MILF") unless tagged a place."""
    if any(t.lower_ in INSTITUTION_WORDS for t in name):
        return False
    if name.label_ not in PLACE_LABELS and name[-1].pos_ == "ADJ":
        return False  # "at the Ministerial level": a capitalised adjective
    return name.label_ in PLACE_LABELS or not (name.text.isupper() and len(name.text) <= 6)


def _score(
    place: Place,
    admin_codes: set[tuple[str, str]],
    span_ccs: set[str],
    context_cc: str | None,
    dominant: int | None = None,
) -> float:
    """Higher is likelier. ``dominant``: the geonameid of a city of a million or more that dwarfs
    its namesakes ("New York"); it outweighs the context country and a country named beside it,
    not a region named beside it ("Paris, Texas")."""
    # A region scores like a town of 10,000: "Gomel", "Veracruz", "Vlore" name a city and its
    # province alike, and reports mean the city unless they say "province" (see _candidates).
    # A district scores like a town of 3,000: below the towns it is named after.
    # Inside the countries in play an admin seat counts at least as a town of its rank (Place.importance:
    # GeoNames gives many Syrian and Yemeni seats population 0); abroad only its population counts, so a
    # small foreign seat never outranks a local namesake.
    # Only under its own name or with no population at all: "Kocaeli" is an alternate name of the seat
    # Köseköy (9,200), and the province, not that town, is what reports mean by it.
    in_play = place.cc in span_ccs or place.cc == context_cc
    people = place.importance if in_play and (place.exact or place.population == 0) else place.population
    score = math.log10(people + 10) if place.kind == "city" else 4.0 if place.kind == "admin1" else 3.5
    if place.kind == "city" and place.exact:
        score += 0.3  # "Odessa": the main name of a Texan town, an alternate of Ukraine's Odesa
    if place.admin1_code is not None and (place.cc, place.admin1_code) in admin_codes:
        score += 40.0
    if place.cc in span_ccs:
        score += 20.0
    if place.cc == context_cc:
        score += 10.0
    return score + (25.0 if place.geonameid is not None and place.geonameid == dominant else 0.0)


NEARBY_KM = 100.0
LOOSE_ALONE_POPULATION = 100_000
COUNTRY_VOTES_KEY = "counterclaim.country_votes"  # doc.user_data: the document-country votes (document_country)
NEARBY_BONUS = 5.0


def _nearby_bonus(place: Place, anchors: tuple[tuple[float, float], ...]) -> float:
    """Spatial coherence: a namesake within ``NEARBY_KM`` of another place the report names ranks
    higher, by as much as a hundredfold population ("Tripoli" beside Lebanese villages is Lebanon's)."""
    if place.kind == "country" or not anchors:
        return 0.0
    return NEARBY_BONUS if any(km_between(place.lat, place.lon, lat, lon) <= NEARBY_KM for lat, lon in anchors) else 0.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def place_candidates(gaz: Gazetteer, name: str, noun: str | None) -> list[Place]:
    cities = gaz.city_candidates(name)
    regions = gaz.admin1_candidates(name)
    if noun not in REGION_NOUNS or not regions:
        regions += gaz.admin2_candidates(name)
    if noun in REGION_NOUNS and regions:
        return regions
    if noun in SECOND_LEVEL_NOUNS:
        districts = gaz.admin2_candidates(name)  # "Chora district": the district, not a town abroad
        if districts:
            return districts
    if noun in SETTLEMENT_NOUNS and cities:
        return cities
    if not cities and regions:
        cities = _seats_named_like(gaz, regions)  # "Deir Ezzor" is a spelling of the unit only, but means the city
    return cities + regions


_SEAT_FEATURES = frozenset({"PPLA", "PPLC", "PPLG"})


def _seats_named_like(gaz: Gazetteer, regions: list[Place]) -> list[Place]:
    """The seats that carry their province's name ("Deir ez-Zor", "Ar Raqqah"), for a spelling known
    only as the province's: reports mean the city, as they do for any name a city and province share."""
    seats: list[Place] = []
    for region in regions:
        if region.kind != "admin1":
            continue
        for city in gaz.city_candidates(region.name):
            if (city.cc, city.admin1_code) == (region.cc, region.admin1_code) and city.feature in _SEAT_FEATURES:
                seats.append(replace(city, exact=False))
    return seats


def spelling_variants(name: str) -> list[str]:
    """Other spellings of a transliterated name, one rule at a time (``transliteration_rules.tsv``):
    "Idleb" → "Idlib", "Raqa" → "Raqqa", "Hasakeh" → "Hasakah", "Maʿarra" → "Maarra". The rules are
    classes of transliteration (vowels, ta marbuta, qaf, dhal, doubled consonants), not names."""
    base = _AYN_HAMZA.sub("", name.casefold())
    out = [base] if base != name.casefold() else []
    for written, tried in TRANSLITERATION_RULES:
        if written.endswith("$"):
            pattern = re.escape(written[:-1]) + r"\b"
            variant = re.sub(pattern, tried, base)
        else:
            variant = base.replace(written, tried)
        out.append(variant)
    out.append(_DOUBLED.sub(r"\1", base))
    out.append(_SINGLE_CONSONANT.sub(r"\1\1", base))
    return [v for v in dict.fromkeys(out) if v != name.casefold()]


def spelling_variant_candidates(gaz: Gazetteer, name: str, noun: str | None, in_play: set[str]) -> list[Place]:
    """Places under a spelling variant of ``name`` (never ``exact``), in the countries in play only
    ("Ras al-Ayn" is also an alternate name of a town in Israel; "Kalehe" is no "Kalihi" in Hawaii)."""
    if len(name) < 4 or not in_play:
        return []  # with no country in play a variant is a guess among the world's namesakes
    found = [p for variant in spelling_variants(name) for p in place_candidates(gaz, variant, noun)]
    found = [p for p in found if p.cc in in_play]
    return [replace(p, exact=False) for p in dict.fromkeys(found)]


def _loose_provinces(gaz: Gazetteer, name: str, in_play: set[str]) -> list[Place]:
    """Provinces of the countries in play written another way ("Aljfara" / "Al Jafarah", "Al Jabl al Gharbi"):
    the same skeleton and alike letter by letter, so that a village placed "in X (Province)" finds its container."""
    readings = article_readings(name)
    found = [p for p in gaz.loose_admin1_candidates(name) if p.cc in in_play]
    return [p for p in found if any(written_alike(r, p.name) for r in readings)]


def _location(gaz: Gazetteer, place: Place, as_written: str, precision: int) -> Location:
    admin1 = None
    if place.admin1_code is not None:
        admin1 = gaz.admin1_names.get((place.cc, place.admin1_code))
    return Location(
        name=place.name,
        country=gaz.country_names.get(place.cc),
        admin1=admin1 if place.kind != "country" else None,
        lat=place.lat,
        lon=place.lon,
        precision=precision,
        as_written=as_written,
        geonameid=place.geonameid,
    )


def _precision(place: Place, mention: Mention) -> int:
    if place.kind in {"country", "admin1"}:
        return 3
    if place.kind == "admin2":
        return 2
    if mention.near or mention.noun in DISTRICT_NOUNS | FACILITY_NOUNS:
        return 2
    return 1


def _confident(best: Place, score: float, context_cc: str | None, mention: Mention) -> bool:
    """Whether to trust the best match, or leave the name unresolved.

    Inside a country in play (named in the span, or the context), any match will do. With no
    country in play, a hamlet (< 1,000) is a guess among thousands of namesakes, unless a place
    noun ("X town") backs it. Outside the countries in play, only a big city spelled as GeoNames
    spells it (100,000+) or a very big one under another name (1,000,000+) is trusted.
    """
    if score >= 10.0 or best.kind != "city":
        return score >= 10.0 or context_cc is None
    if context_cc is None:
        return best.population >= 1_000 or mention.noun is not None
    return best.population >= 1_000_000 or (best.exact and best.population >= 100_000)


def _unique_town(candidates: list[Place], context_cc: str | None, span_ccs: set[str], mention: Mention) -> bool:
    """One town in the world carries the name ("Zgharta", "Kagara"; GeoNames often gives such towns
    no population): trusted with no other country in play, or with a place noun or "in" before it;
    a town of 10,000+ under its own name even outside the context country (it has no namesake)."""
    if len(candidates) != 1 or candidates[0].kind != "city":
        return False
    place = candidates[0]
    if span_ccs and place.cc not in span_ccs:
        return False
    if place.exact and place.population >= 10_000:
        return True  # no namesake anywhere: a real mention across the border ("Ben Gardane" in a report on Libya)
    return context_cc is None or place.cc == context_cc


def resolve(
    gaz: Gazetteer,
    span: Span,
    m: Mention,
    countries: dict[int, str],
    admin_codes: set[tuple[str, str]],
    span_ccs: set[str],
    context_cc: str | None,
    anchors: tuple[tuple[float, float], ...] = (),
) -> Location | None:
    """The place mention ``m`` names, or an unresolved name, or None when it is no place.

    ``anchors``: points of the other places the report names; a namesake near one of them ranks
    higher (``_nearby_bonus``).
    """
    doc = span.doc
    text = mention_text(doc, m.start, m.end)
    if m.label == "ACTOR?":
        return None
    if m.label == STREET:  # a street is never its namesake town; containment may place it in its town
        return Location(name=text, as_written=text)
    if m.start in countries:
        country = gaz.country(countries[m.start])
        return None if country is None else _location(gaz, country, text, 3)
    kind = actor_kind(text)
    if (kind is not None and kind != "state") or _is_demonym(text):
        return None
    if fold(text) in GENERIC_TOPONYM_WORDS:
        return None  # "Bir", "Tell" alone: the first word of a name cut short, no town of its own
    leaning = frozenset(doc.user_data.get(COUNTRY_VOTES_KEY, {}))
    candidates = place_candidates(gaz, text, m.noun)
    if is_acronym(text):  # "GNA" is an alternate name of Guna, India; an acronym names a place only as its main name
        candidates = [p for p in candidates if p.exact]
    stripped = False
    parts = text.split()
    if not candidates and len(parts) > 1 and parts[0].lower() in LEADING_ARTICLES | DIRECTION_WORDS:
        rest = " ".join(parts[1:])  # "La Colonia Tovar", "eastern Ukraine"
        country_code = gaz.country_code(rest)
        country = gaz.country(country_code) if country_code else None
        if country is not None:
            return _location(gaz, country, text, 3)
        candidates = place_candidates(gaz, rest, m.noun)
        stripped = bool(candidates)
    in_play = span_ccs | ({context_cc} if context_cc else set())  # not the leaning: the name itself votes there
    if not candidates:
        candidates = spelling_variant_candidates(gaz, text, m.noun, in_play)
        stripped = stripped or bool(candidates)  # a guessed spelling, like a dropped article, must stay in play
    # a name the model took for a date is unknown to it: its skeleton is no evidence with no country in play
    if not candidates and m.noun not in REGION_NOUNS and not (m.label == MISLABELLED_TIME and context_cc is None):
        location = _resolve_loose(gaz, _AYN_HAMZA.sub("", text), m, admin_codes, span_ccs, context_cc, leaning)
        if location is not None:
            return location
    if not candidates:  # a province written otherwise ("Aljfara"), after the towns: "Benghaz" is the city
        candidates = _loose_provinces(gaz, text, in_play)
        stripped = stripped or bool(candidates)
    if candidates:
        dominant = dominant_city(candidates)
        dominant_id = (
            max((p for p in candidates if p.cc == dominant), key=lambda p: p.population).geonameid if dominant else None
        )
        scored = sorted(
            ((_score(p, admin_codes, span_ccs, context_cc, dominant_id), p) for p in candidates),
            key=lambda x: -(x[0] + _nearby_bonus(x[1], anchors)),
        )
        score, best = scored[0]  # the bonus ranks namesakes; it never makes a foreign guess confident
        if _foreign_guess(best, score, context_cc, m, stripped) or _stray_guess(best, context_cc, stripped, leaning):
            return _unresolved(m, text)
        if m.noun in TOWN_PART_NOUNS and context_cc is not None and best.cc not in in_play:
            return _unresolved(m, text)  # "the Sana neighbourhood" of a Syrian city: a quarter, not a foreign capital
        if best.cc not in in_play and (_other_name(best, candidates, dominant) or _definite_noun(doc, m, best)):
            return _unresolved(m, text)
        if not in_play and best.cc != dominant and _shared_facility_name(candidates, m):
            return _unresolved(m, text)
        if _confident(best, score, context_cc, m) or _unique_town(candidates, context_cc, span_ccs, m):
            return _location(gaz, best, text, _precision(best, m))
    # Unresolved names are kept when something besides capitals says they are places
    if not _could_be_unresolved_place(doc[m.start : m.end]):
        return None
    parts = [w for w in re.split(r"[\s\-‐–]+", text) if w]
    if len(parts) > 1:  # "Benghazi Medical Centre", "Mamelodi East", "Mogadishu-Hodan": part of a known town
        for cut in range(len(parts) - 1, 0, -1):
            if cut == 1 and (parts[0].lower() in CONNECTORS | LEADING_ARTICLES | GENERIC_TOPONYM_WORDS):
                break  # "Al X", "Abu X", "Bir X": an article or a generic first word (well, spring, valley) is no town
            if m.label == "PERSON" and " " in text and not (span_ccs or context_cc):
                break  # "Hassan Dabouq": a given name is often a town's; "Donetsk-Kirovskyi" is no person
            head = [p for p in place_candidates(gaz, " ".join(parts[:cut]), None) if p.kind == "city"]
            if head:
                best = max(head, key=lambda p: _score(p, admin_codes, span_ccs, context_cc))
                score = _score(best, admin_codes, span_ccs, context_cc)
                if score >= 10.0 or (context_cc is None and best.population >= 100_000):
                    return _location(gaz, best, text, 2)
    return _unresolved(m, text)


def countryside_unit(gaz: Gazetteer, m: Mention, text: str, near: Location) -> Location | None:
    """ "rural Idlib", "the Hama countryside": the governorate the countryside of a resolved city
    belongs to, at precision 3 (ACLED's convention), or None when no such unit is known."""
    if not m.rural or near.country is None or near.lat is None:
        return None
    cc = gaz.country_code_of(near.country)
    unit = _countryside_place(gaz, text, {cc} if cc else set())
    return None if unit is None else _location(gaz, unit, text, 3)


def _countryside_place(gaz: Gazetteer, name: str, in_play: set[str]) -> Place | None:
    """The province a countryside mention means ("rural Idlib" → Idlib governorate; "Damascus
    countryside" → Rif Dimashq, the unit named for the capital's countryside), or None.

    Inside the countries in play; with none, only when one country has a province of that name.
    """
    units = gaz.admin1_candidates(f"{name} countryside") or gaz.admin1_candidates(name)
    if in_play:
        units = [u for u in units if u.cc in in_play]
    return units[0] if len({u.cc for u in units}) == 1 else None


def is_acronym(text: str) -> bool:
    """ "GNA", "SANA", "HTS": capitals only, short; GeoNames lists such abbreviations as alternate names of towns."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in text


def _unresolved(m: Mention, text: str) -> Location | None:
    """A name kept as written, with no coordinates and ``precision`` None, when something says it is a place."""
    if m.label == "NORP" and m.noun is None and not m.strong:
        return None
    if m.label in PLACE_LABELS or m.evidence or (m.strong and m.label in MISLABELS):
        return Location(name=text, as_written=text)
    return None


def _foreign_guess(best: Place, score: float, context_cc: str | None, m: Mention, stripped: bool) -> bool:
    """A match outside the countries in play that rests on a weak reading of the name: never trusted.

    Weak readings: the name found only without its article or under a guessed spelling ("Al Salem" is
    no Indian "Salem" in a report about Iraq), a facility named after a place ("the X hospital"), or a
    name the model tags as an organisation ("SANA" is no "Sanaa" in a report about Syria).
    """
    if score >= 10.0 or best.kind == "country":
        return False
    weak = stripped or m.noun in FACILITY_NOUNS or (m.label == "ORG" and not m.strong)
    return weak and context_cc is not None  # with no country in play the usual thresholds decide


def _shared_facility_name(candidates: list[Place], m: Mention) -> bool:
    """ "the Palma bridge", "the Tripoli highway" with no country in play: a facility named after a town
    that several countries have is a local landmark more often than that town; a guess either way."""
    towns = {p.cc for p in candidates if p.kind == "city"}
    return m.noun in FACILITY_NOUNS and len(towns) > 1


def _other_name(best: Place, candidates: list[Place], dominant: str | None) -> bool:
    """The best match carries the name only as an alternate while a town elsewhere carries it as its own
    ("Tur" is a Romanian town's name and a French spelling of Tours): with no evidence of either country,
    a guess. A city that dwarfs its namesakes ("Aleppo" for Halab) is no guess."""
    if best.exact or best.kind != "city" or best.cc == dominant:
        return False
    return any(p.exact and p.kind == "city" and p.cc != best.cc for p in candidates)


def _definite_noun(doc: Doc, m: Mention, best: Place) -> bool:
    """ "outside the Seray", "at the Saray": one capitalised word after "the", with no place noun, names a
    building or landmark the way a common noun does; English writes towns without the article."""
    if m.end - m.start != 1 or m.noun is not None or m.start == 0 or best.kind != "city":
        return False
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and (after.text in HYPHENS or after.text[:1].isupper()):
        return False  # "the Homs-Hama highway": the first end of a route, not a building
    return doc[m.start - 1].lower_ == "the"


ALIKE_RATIO = 0.8


def written_alike(written: str, name: str) -> bool:
    """Whether two spellings differ only as transliterations do ("Kafr Qaseem" / "Kafr Qāsim", "Qalqiliyah" /
    "Qalqilyah"), not as two names that share a skeleton ("Saadnayel" / "Sudanell"): folded, without a leading
    article, at least ``ALIKE_RATIO`` alike (difflib's ratio: twice the matched letters over both lengths)."""
    a, b = (_without_article(fold(_AYN_HAMZA.sub("", n))) for n in (written, name))
    return SequenceMatcher(None, a, b).ratio() >= ALIKE_RATIO


SOLE_ALIKE_RATIO = 0.75


def _alike_own_name(gaz: Gazetteer, written: str, best: Place) -> bool:
    """The written spelling is one of the place's own names as transliterated: alike its main name, or, when
    it is the only town with that skeleton, alike the alternate name that matched ("Dbayeh" / "el Debiyeh")."""
    if written_alike(written, best.name):
        return True
    names = gaz.loose_city_names(written)
    if len(names) != 1 or best.geonameid not in names:
        return False
    a = _without_article(fold(_AYN_HAMZA.sub("", written)))
    return any(SequenceMatcher(None, a, _without_article(k)).ratio() >= SOLE_ALIKE_RATIO for k in names[best.geonameid])


def _big_alike(gaz: Gazetteer, written: str, best: Place, loose: list[Place]) -> bool:
    """A town of ``LOOSE_ALONE_POPULATION``+, the only town of 1,000+ with the written skeleton, one of whose
    names that share it is written alike (``SOLE_ALIKE_RATIO``): size alone is no evidence ("Benin City" for
    "Ben Ashour"), nor is a skeleton two big towns share."""
    others = [p for p in loose if p.population >= 1_000 and p.geonameid != best.geonameid]
    if best.population < LOOSE_ALONE_POPULATION or others:
        return False
    a = _without_article(fold(_AYN_HAMZA.sub("", written)))
    keys = gaz.loose_city_names(written).get(best.geonameid or -1, [])
    return any(SequenceMatcher(None, a, _without_article(k)).ratio() >= SOLE_ALIKE_RATIO for k in keys)


def _without_article(folded: str) -> str:
    first, _, rest = folded.partition(" ")
    return rest if rest and first in LEADING_ARTICLES | CONNECTORS else folded


def _stray_guess(best: Place, context_cc: str | None, stripped: bool, leaning: frozenset[str]) -> bool:
    """With no country in play, a name found only without its article is a guess among the world's towns
    ("El Bouni" is no "Bouni" in the Comoros): trusted only where the report leans, or for a big town."""
    if context_cc is not None or not stripped or best.kind == "country":
        return False
    return best.cc not in leaning and best.population < LOOSE_ALONE_POPULATION


def _resolve_loose(
    gaz: Gazetteer,
    text: str,
    m: Mention,
    admin_codes: set[tuple[str, str]],
    span_ccs: set[str],
    context_cc: str | None,
    leaning: frozenset[str] = frozenset(),
) -> Location | None:
    """A spelling the table lacks ("Qalqiliyah", "Mirpurkhas", "Janzour"): a town with the same
    ``skeleton``, trusted inside a country in play, or with no country in play when it is written
    alike or lies where the report leans, with no namesake of 1,000+ elsewhere."""
    # GeoNames often lists a town that moved or grew as "New X" or "X Old" ("New Badah", "Setharja Old")
    renamed = [p for v in (f"New {text}", f"{text} Old", f"Old {text}", f"{text} New") for p in gaz.city_candidates(v)]
    renamed = [p for p in renamed if _score(p, admin_codes, span_ccs, context_cc) >= 10.0]
    if renamed:
        best = max(renamed, key=lambda p: _score(p, admin_codes, span_ccs, context_cc))
        return _location(gaz, best, text, _precision(best, m))
    loose = gaz.loose_city_candidates(text) or _ta_marbuta_loose(gaz, text)
    if not loose:
        return None
    scored = sorted(((_score(p, admin_codes, span_ccs, context_cc), p) for p in loose), key=lambda x: -x[0])
    score, best = scored[0]
    if score >= 10.0 and (len(scored) == 1 or scored[1][0] < 10.0 or scored[1][1].cc == best.cc):
        return _location(gaz, best, text, _precision(best, m))
    # With no country in play a skeleton match is a guess among the world's towns ("Saadnayel" is no Spanish
    # "Sudanell", "Ben Ashour" no "Benin City"): trusted only in a country the report leans to (``leaning``:
    # any vote for the document's country, too weak to decide it), when the two spellings differ only as
    # transliterations do, or for a big town the only one of 1,000+ with that skeleton, written alike one of
    # its names ("Nabatiyeh" / "Nabatieh"; "Otash" is no "Oita-shi" beside "Otsu-shi"); and with no
    # namesake of 1,000+ elsewhere.
    rivals = [p for _, p in scored[1:] if p.cc != best.cc and p.population >= 1_000]
    likely = best.cc in leaning or _alike_own_name(gaz, text, best) or _big_alike(gaz, text, best, loose)
    if context_cc is None and not span_ccs and likely and not rivals:
        return _location(gaz, best, text, _precision(best, m))
    return None


_TA_MARBUTA_WRITTEN = re.compile(r"(?<=[^aeiouy\W][ae])h?$", re.IGNORECASE)


def _ta_marbuta_loose(gaz: Gazetteer, text: str) -> list[Place]:
    """Loose candidates under the other writing of a final ta marbuta ("Zwara" / "Zuwarah", "Hasakeh" /
    "Hasaka"): the skeleton keeps a final "h", so "-a" and "-ah" differ there as they never do in Arabic."""
    match = _TA_MARBUTA_WRITTEN.search(text)
    if match is None:
        return []
    variant = text[: match.start()] + ("" if match.group(0) else "h")
    return gaz.loose_city_candidates(variant)


def dominant_city(candidates: list[Place]) -> str | None:
    """The country of a city of a million or more that dwarfs its namesakes ("Buenos Aires"), or None."""
    cities = sorted((p for p in candidates if p.kind == "city"), key=lambda p: -p.population)
    if not cities or cities[0].population < 1_000_000:
        return None
    rivals = [p.population for p in cities[1:] if p.cc != cities[0].cc]
    if not cities[0].exact and any(p.exact and p.population >= 100_000 for p in cities[1:] if p.cc != cities[0].cc):
        return None  # "Puno" is Peru's Puno by its own name, not Pune by an alternate one
    return cities[0].cc if not rivals or cities[0].population >= 10 * rivals[0] else None
