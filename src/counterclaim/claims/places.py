"""Places: locations named in a claim, resolved against an offline GeoNames table.

How a place is found (general rules, no list of known places):

1. Name runs: spaCy GPE/LOC/FAC entities, and capitalised word runs ("Bir al-Abd", "Ayn Zarah",
   "Port of Spain" when the gazetteer knows the whole). A trailing place noun is cut off
   ("Rakhine State" → "Rakhine"), and a place entity inside a longer run stands alone.
2. Evidence that a run names a place: a GPE/LOC/FAC label; a locative word before it ("in",
   "near", "at", "village of", "fled", "bombed"); a place noun after it ("Ghazni city", "Paktika
   province", "Beddawi highway"); or it follows another place after a comma, bracket or "and"
   ("in Manaus, Amazonas", "Okpanam (Oshimili North LGA, Delta)", "in Syria and Iraq"), or it
   comes right before a bracket or comma and a region ("attacked Kagara (Rafi LGA, Niger)",
   "Caripe, Monagas state"). Runs bridge one or two connectors ("San Pedro de la Paz") and end
   at a possessive glued to a token ("Tripoli\x92s Salahadeen"). The
   small spaCy model often tags foreign towns as ORG, PERSON or NORP, so a run with other labels
   counts only with such evidence, and is kept unresolved only after "in"/"near"/"at"/"of".
3. Not places: demonyms, non-state actors from the actor lexicon ("ISIL"), institutions ("the
   Ministry of Finance"), and a country used as an actor. A country is a place only with
   locative evidence ("in Syria", "Aleppo, Syria"), and never as a modifier ("Russia's air
   force", "from US officials").
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
   letters or Arabic article: "Qalqiliyah" = "Qalqilyah"), trusted inside a country in play.
   Unknown multi-word names fall back to a known town they start with ("Benghazi Medical
   Centre", "Mogadishu-Hodan"), at precision 2, but never to an article or a generic first
   word ("Al Watiyah" is not "Ål", "Ain Oussara" not "Ain"). A giant city known by an
   alternate name ("Pune" for "Puno") does not dominate a big city that carries the name.
5. Precision (ACLED geo_precision): 1 a town; 2 "near"/"outside"/"outskirts of"/"north of" a
   town, a district, or a facility in a town; 3 a region or country. Unresolved names are kept
   with the name only.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from counterclaim.claims.gazetteer import Gazetteer, Place, fold, gazetteer
from counterclaim.datafiles import words
from counterclaim.models import Location

__all__ = ["document_country", "find_locations"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels a place run may carry when the small model mislabels a foreign town.
# NORP too: "Kasese" is tagged NORP; real demonyms are caught by the actor lexicon instead.
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", ""})
LOCATIVE_PREPS = words("counterclaim.claims", "locative_cues")
STRONG_PREPS = words("counterclaim.claims", "strong_locative_preps")
NEAR_PREPS = frozenset({"near", "outside", "around", "nearby"})
DIRECTIONS = words("counterclaim.claims", "relative_position_words")
SETTLEMENT_NOUNS = words("counterclaim.claims", "settlement_nouns")
DISTRICT_NOUNS = words("counterclaim.claims", "district_nouns")
FACILITY_NOUNS = words("counterclaim.claims", "facility_nouns")
DIRECTION_WORDS = words("counterclaim.claims", "direction_modifiers")
NATURAL_NOUNS = words("counterclaim.claims", "natural_feature_nouns")
INSTITUTION_WORDS = words("counterclaim.claims", "institution_words")
REGION_NOUNS = words("counterclaim.claims", "region_nouns")
PLACE_NOUNS = SETTLEMENT_NOUNS | DISTRICT_NOUNS | REGION_NOUNS | FACILITY_NOUNS | NATURAL_NOUNS
CONNECTORS = words("counterclaim.claims", "name_connectors")
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Month names stay here until the shared months class (counterclaim.lexicon) replaces them.
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip
NOT_PLACE_WORDS = _MONTHS | words("counterclaim.claims", "not_place_words")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # token index in the Doc
    end: int
    label: str
    evidence: bool  # something besides capitals says this is a place
    near: bool  # "near X", "outside X", "north of X"
    noun: str | None  # the place noun after the name ("province", "city"), lower case
    strong: bool = False  # "in X", "near X": a locative preposition right before the name


def _is_name_token(token: Token) -> bool:
    text = token.text
    return (text[:1].isupper() and any(c.isalpha() for c in text)) and token.ent_type_ not in {
        "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY",
    }  # fmt: skip


_POSSESSIVE = re.compile(r"[\x92'’]s$")


def _text(doc: Doc, start: int, end: int) -> str:
    """The name a mention covers, without a possessive the tokenizer left on it ("Tripoli\x92s")."""
    return _POSSESSIVE.sub("", doc[start:end].text)


def _known_name(text: str) -> bool:
    gaz = gazetteer()
    return bool(gaz.city_candidates(text) or gaz.admin1_candidates(text) or gaz.country_code(text))


def _name_runs(span: Span) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised tokens, bridging lower-case connectors ("Bir al-Abd")."""
    i = span.start
    while i < span.end:
        if not _is_name_token(span.doc[i]):
            i += 1
            continue
        j = i + 1
        while j < span.end and not _POSSESSIVE.search(span.doc[j - 1].text):  # "Tripoli\x92s Salahadeen"
            tok = span.doc[j]
            if _is_name_token(tok) and not tok.is_sent_start:
                j += 1
            elif tok.lower_ in CONNECTORS and j + 1 < span.end and _is_name_token(span.doc[j + 1]):
                j += 2
            elif (
                tok.lower_ in CONNECTORS
                and j + 2 < span.end
                and span.doc[j + 1].lower_ in CONNECTORS
                and _is_name_token(span.doc[j + 2])
            ):
                j += 3  # "San Pedro de la Paz", "Martinez de la Torre"
            elif tok.lower_ in {"of", "and"} and j + 1 < span.end and _known_name(span.doc[i : j + 2].text):
                j += 2  # "Port of Spain", "Bosnia and Herzegovina"; but not "Governor of Kabul"
            else:
                break
        if i > span.start and span.doc[i - 1].lower_ in {"el", "al", "ad", "ar"} and span.doc[i - 1].is_lower:
            yield i - 1, j  # "in el Mina", "al Mukalla": the article belongs to the name
        else:
            yield i, j
        i = j


def _previous_word(doc: Doc, start: int, floor: int) -> Token | None:
    """The word before a name, skipping "the" ("in the Donetsk region")."""
    k = start - 1
    while k >= floor and (doc[k].lower_ in {"the", "a"} or doc[k].lower_ in DIRECTION_WORDS):
        k -= 1
    return doc[k] if k >= floor else None


def _locative_before(doc: Doc, start: int, floor: int) -> tuple[bool, bool]:
    """(a locative cue precedes, it says "near"): "in X", "near X", "village of X", "north of X"."""
    prev = _previous_word(doc, start, floor)
    if prev is None:
        return False, False
    word = prev.lower_
    if word in LOCATIVE_PREPS:
        return True, word in NEAR_PREPS
    if prev.lemma_.lower() in PLACE_NOUNS and prev.i == start - 1:
        return True, False  # "the territory Syrian Arab Republic", "province Idlib"
    if word == "of":
        head = _previous_word(doc, prev.i, floor)
        noun = head.lemma_.lower() if head is not None else ""
        if head is not None and noun in PLACE_NOUNS | DIRECTIONS | {"part", "centre", "center", "entrance", "area"}:
            return True, head.lower_ in DIRECTIONS
    return False, False


def _follows_place(doc: Doc, start: int, floor: int, places: list[_Mention]) -> bool:
    """Directly after another place and a comma, bracket or "and": "Manaus, Amazonas", "Okpanam (Delta)"."""
    k = start - 1
    while k >= floor and doc[k].lower_ in {",", "(", "[", "-", "–", "and", "or", "&"}:  # "in Syria and Iraq"
        k -= 1
    if k == start - 1 or not places:
        return False
    last = places[-1]
    if last.label == "ACTOR?":
        return False  # "Russia and Iran said": a list of actors is no list of places
    return last.end - 1 == k or (last.noun is not None and last.end == k)


def _precedes_region(doc: Doc, end: int, limit: int) -> bool:
    """Right before a bracket or comma and a region: "Kagara (Rafi LGA, Niger)", "Caripe, Monagas state".

    The region is a province or country the gazetteer knows, or a name with a place noun after it.
    """
    if end + 1 >= limit or doc[end].text not in {"(", ","}:
        return False
    k = end + 1
    while k < limit and _is_name_token(doc[k]):
        if k > end + 1 and doc[k].lower_ in PLACE_NOUNS:
            return True  # "(Rafi LGA, Niger)"
        k += 1
    if k == end + 1:
        return False
    region = doc[end + 1 : k].text
    gaz = gazetteer()
    if doc[end].text == "(" and gaz.admin2_candidates(region):
        return True
    return bool(gaz.admin1_candidates(region) or gaz.country_code(region) or _place_noun_after(doc, k, limit))


def _is_actor_use(span: Span, placed: bool) -> bool:
    """A country written as an actor: "Russia says", "Russia's air force", "from US officials".

    A country is a place only with evidence (``placed``: "in Syria", "Aleppo, Syria", "the
    territory Syrian Arab Republic"), and never as the modifier of another noun ("from *US*
    officials": the preposition governs "officials"). Only countries: a town in the same spot
    ("Kandahar city", "Kabul police") is still a place.
    """
    if gazetteer().country_code(span.text) is None:
        return False
    return span.root.dep_ in MODIFIER_DEPS or not placed


def _place_noun_after(doc: Doc, end: int, limit: int) -> str | None:
    if end < limit and doc[end].lemma_.lower() in PLACE_NOUNS and doc[end].pos_ in {"NOUN", "PROPN"}:
        return doc[end].lemma_.lower()
    return None


def _label_of(doc: Doc, start: int, end: int) -> str:
    labels = Counter(doc[k].ent_type_ for k in range(start, end))
    return labels.most_common(1)[0][0]


def _split_at_place_entities(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "US Secretary" → "US"; "US-Russian" → "US", "Russian": a place entity inside a longer run stands alone."""
    ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and start <= e.start and e.end <= end]
    whole = len(ents) == 1 and ents[0].start == start and ents[0].end == end
    if not ents or whole or _known_name(doc[start:end].text):  # "Foz do Iguacu" tagged "Foz" alone
        return [(start, end)]
    pieces, cursor = [], start
    for ent in ents:
        if cursor < ent.start:
            pieces.append((cursor, ent.start))
        pieces.append((ent.start, ent.end))
        cursor = ent.end
    if cursor < end:
        pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if any(_is_name_token(doc[k]) for k in range(s, e))]


def _mentions(span: Span) -> list[_Mention]:
    doc = span.doc
    out: list[_Mention] = []
    runs = [piece for run in _name_runs(span) for piece in _split_at_place_entities(doc, *run)]
    for start, end in runs:
        words = [doc[k].lower_ for k in range(start, end)]
        if all(w in NOT_PLACE_WORDS | DIRECTION_WORDS for w in words):
            continue
        while end > start + (not doc[start].is_lower) and doc[end - 1].lower_ in CONNECTORS:  # "Aleppo 's"; not "Van"
            end -= 1
        # A capitalised first word of a sentence is no part of the name: "Near Mosul", "But Syria"
        while start < end and (
            doc[start].lower_ in NOT_PLACE_WORDS | LOCATIVE_PREPS or (doc[start].is_stop and doc[start].is_sent_start)
        ):
            start += 1
        if start >= end:
            continue
        if all(doc[k].lower_ in INSTITUTION_WORDS for k in range(start, end)):
            continue  # "hurled rocks at Police forces": not the town of Police, Poland
        if _actor_kind(doc[start:end].text) not in {None, "state"}:
            continue  # "the Islamic State", "Free Syrian Army": a group, whatever its last word
        if end - start > 1 and doc[end - 1].lower_ in PLACE_NOUNS and not _known_name(doc[start:end].text):
            end -= 1  # "Rakhine State", "Sittwe District": the noun is no part of the name
        label = _label_of(doc, start, end)
        locative, near = _locative_before(doc, start, span.start)
        noun = _place_noun_after(doc, end, span.end)
        follows = _follows_place(doc, start, span.start, out)
        evidence = label in PLACE_LABELS or locative or noun is not None or follows
        evidence = evidence or _precedes_region(doc, end, span.end)
        if label not in PLACE_LABELS and label not in MISLABELS:
            continue
        if not evidence:
            continue
        prev = _previous_word(doc, start, span.start)
        strong = locative and prev is not None and prev.lower_ in STRONG_PREPS | {"of"}
        out.append(_Mention(start, end, label, label in PLACE_LABELS or noun is not None, near, noun, strong))
        if _is_actor_use(doc[start:end], locative or follows or noun is not None) and label not in {"LOC", "FAC"}:
            out[-1] = _Mention(start, end, "ACTOR?", False, near, noun)
    return out


LEADING_ARTICLES = words("counterclaim.claims", "leading_articles")


def _is_demonym(text: str) -> bool:
    """ "Russian", "Afghans": a people word, never a place."""
    from counterclaim.actors import lexicon

    return text.casefold() in lexicon().demonyms


def _split_trailing_region(gaz: Gazetteer, doc: Doc, m: _Mention) -> list[_Mention]:
    """ "Mojolo Sinaloa" (comma left out): a name that is unknown whole but ends in a region or country."""
    text = _text(doc, m.start, m.end)
    if m.end - m.start < 2 or gaz.city_candidates(text) or gaz.country_code(text):
        return [m]
    for cut in range(m.start + 1, m.end):
        if not gaz.city_candidates(doc[m.start : cut].text):
            continue  # "Negros Oriental" stays whole: the head must be a known town itself
        tail = doc[cut : m.end].text
        if all(t.lower_ in DIRECTION_WORDS | CONNECTORS for t in doc[cut : m.end]):
            continue  # "Aweil East", "Tonj South": a direction is part of the name
        if gaz.admin1_candidates(tail) or gaz.country_code(tail):
            head = _Mention(m.start, cut, m.label, m.evidence, m.near, None, m.strong)
            return [head, _Mention(cut, m.end, m.label, True, False, m.noun, False)]
    return [m]


def _could_be_unresolved_place(name: Span) -> bool:
    """Not an institution ("the Ministry of Finance") and not an acronym ("MILF") unless tagged a place."""
    if any(t.lower_ in INSTITUTION_WORDS for t in name):
        return False
    if name.label_ not in PLACE_LABELS and name[-1].pos_ == "ADJ":
        return False  # "at the Ministerial level": a capitalised adjective
    return name.label_ in PLACE_LABELS or not (name.text.isupper() and len(name.text) <= 6)


def _actor_kind(text: str) -> str | None:
    """The actor lexicon's kind for a name ("armed_group" for "ISIL"), None when it is no actor."""
    from counterclaim.actors import lexicon

    canonical = lexicon().canonical(text)
    return None if canonical is None else lexicon().kind(canonical)


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
    score = math.log10(place.population + 10) if place.kind == "city" else 4.0 if place.kind == "admin1" else 3.5
    if place.kind == "city" and place.exact:
        score += 0.3  # "Odessa": the main name of a Texan town, an alternate of Ukraine's Odesa
    if place.admin1_code is not None and (place.cc, place.admin1_code) in admin_codes:
        score += 40.0
    if place.cc in span_ccs:
        score += 20.0
    if place.cc == context_cc:
        score += 10.0
    return score + (25.0 if place.geonameid is not None and place.geonameid == dominant else 0.0)


def _candidates(gaz: Gazetteer, name: str, noun: str | None) -> list[Place]:
    cities = gaz.city_candidates(name)
    regions = gaz.admin1_candidates(name)
    if noun not in REGION_NOUNS or not regions:
        regions += gaz.admin2_candidates(name)
    if noun in REGION_NOUNS and regions:
        return regions
    if noun in words("counterclaim.claims", "second_level_district_nouns"):
        districts = gaz.admin2_candidates(name)  # "Chora district": the district, not a town abroad
        if districts:
            return districts
    if noun in SETTLEMENT_NOUNS and cities:
        return cities
    return cities + regions


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


def _precision(place: Place, mention: _Mention) -> int:
    if place.kind in {"country", "admin1"}:
        return 3
    if place.kind == "admin2":
        return 2
    if mention.near or mention.noun in DISTRICT_NOUNS | FACILITY_NOUNS:
        return 2
    return 1


def _confident(best: Place, score: float, context_cc: str | None, mention: _Mention) -> bool:
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


def _unique_town(candidates: list[Place], context_cc: str | None, span_ccs: set[str], mention: _Mention) -> bool:
    """One town in the world carries the name ("Zgharta", "Kagara"; GeoNames often gives such towns
    no population): trusted with no other country in play, or with a place noun or "in" before it."""
    if len(candidates) != 1 or candidates[0].kind != "city":
        return False
    place = candidates[0]
    if span_ccs and place.cc not in span_ccs:
        return False
    return context_cc is None or place.cc == context_cc


def find_locations(span: Span, context_country: str | None = None) -> list[Location]:
    """Every place named in ``span``, resolved to name/country/admin1/lat/lon/precision where possible."""
    gaz = gazetteer()
    doc = span.doc
    mentions = [part for m in _mentions(span) for part in _split_trailing_region(gaz, doc, m)]
    countries: dict[int, str] = {}
    for m in mentions:
        cc = gaz.country_code(_text(doc, m.start, m.end))
        if cc is not None:
            countries[m.start] = cc
    # Regions and countries named in the span steer the towns: "Puli Alam city, Logar".
    actor_use = {m.start for m in mentions if m.label == "ACTOR?"}
    span_ccs = {cc for start, cc in countries.items() if start not in actor_use}
    context_cc = gaz.country_code_of(context_country)
    # By folded name: a name never steers itself, unless it is written again as the region
    # right after it ("in San Jose (San Jose)", "Ain Oussara (Ain Oussara)": a town in its namesake province).
    regions_named: dict[str, set[tuple[str, str]]] = {}
    for i, m in enumerate(mentions):
        if m.start in countries:
            continue
        name = fold(_text(doc, m.start, m.end))
        again = i > 0 and fold(_text(doc, mentions[i - 1].start, mentions[i - 1].end)) == name
        again = again and 0 < m.start - mentions[i - 1].end <= 2 and doc[m.start - 1].text in {"(", ","}
        districts = [d for d in gaz.admin2_candidates(_text(doc, m.start, m.end)) if d.cc in span_ccs | {context_cc}]
        for region in gaz.admin1_candidates(_text(doc, m.start, m.end)) + districts:
            if region.cc in span_ccs or region.cc == context_cc or not span_ccs:
                regions_named.setdefault(name + " (again)" if again else name, set()).add(
                    (region.cc, region.admin1_code or "")
                )
    out: list[Location] = []
    seen: set[tuple[str, int]] = set()
    for m in mentions:
        # only *other* names steer a name: "Gaza" alone must not vote for the region "Gaza"
        own = fold(_text(doc, m.start, m.end))
        admin_codes = {code for name, codes in regions_named.items() if name != own for code in codes}
        location = _resolve(gaz, span, m, countries, admin_codes, span_ccs, context_cc)
        if location is None:
            continue
        key = (location.name, m.start)
        if key not in seen:
            seen.add(key)
            out.append(location)
    return out


def _resolve(
    gaz: Gazetteer,
    span: Span,
    m: _Mention,
    countries: dict[int, str],
    admin_codes: set[tuple[str, str]],
    span_ccs: set[str],
    context_cc: str | None,
) -> Location | None:
    doc = span.doc
    text = _text(doc, m.start, m.end)
    if m.label == "ACTOR?":
        return None
    if m.start in countries:
        country = gaz.country(countries[m.start])
        return None if country is None else _location(gaz, country, text, 3)
    kind = _actor_kind(text)
    if (kind is not None and kind != "state") or _is_demonym(text):
        return None
    candidates = _candidates(gaz, text, m.noun)
    words = text.split()
    if not candidates and len(words) > 1 and words[0].lower() in LEADING_ARTICLES | DIRECTION_WORDS:
        rest = " ".join(words[1:])  # "La Colonia Tovar", "eastern Ukraine"
        country_code = gaz.country_code(rest)
        country = gaz.country(country_code) if country_code else None
        if country is not None:
            return _location(gaz, country, text, 3)
        candidates = _candidates(gaz, rest, m.noun)
    if not candidates and m.noun not in REGION_NOUNS:
        location = _resolve_loose(gaz, text, m, admin_codes, span_ccs, context_cc)
        if location is not None:
            return location
    if candidates:
        dominant = _dominant_city(candidates)
        dominant_id = (
            max((p for p in candidates if p.cc == dominant), key=lambda p: p.population).geonameid if dominant else None
        )
        scored = sorted(
            ((_score(p, admin_codes, span_ccs, context_cc, dominant_id), p) for p in candidates), key=lambda x: -x[0]
        )
        score, best = scored[0]
        if _confident(best, score, context_cc, m) or _unique_town(candidates, context_cc, span_ccs, m):
            return _location(gaz, best, text, _precision(best, m))
    # Unresolved names are kept when something besides capitals says they are places
    if not _could_be_unresolved_place(doc[m.start : m.end]):
        return None
    words = [w for w in re.split(r"[\s\-‐–]+", text) if w]
    if len(words) > 1:  # "Benghazi Medical Centre", "Mamelodi East", "Mogadishu-Hodan": part of a known town
        for cut in range(len(words) - 1, 0, -1):
            if cut == 1 and (words[0].lower() in CONNECTORS | LEADING_ARTICLES | {"ain", "bir", "sidi", "wadi"}):
                break  # "Al Watiyah", "Abu Salim", "Sidi Bouafif": an article or a generic first word is no town
            head = [p for p in _candidates(gaz, " ".join(words[:cut]), None) if p.kind == "city"]
            if head:
                best = max(head, key=lambda p: _score(p, admin_codes, span_ccs, context_cc))
                score = _score(best, admin_codes, span_ccs, context_cc)
                if score >= 10.0 or (context_cc is None and best.population >= 100_000):
                    return _location(gaz, best, text, 2)
    if m.label == "NORP" and m.noun is None and not m.strong:
        return None
    if m.label in PLACE_LABELS or m.noun is not None or (m.strong and m.label in MISLABELS):
        return Location(name=text, as_written=text)
    return None


def _resolve_loose(
    gaz: Gazetteer,
    text: str,
    m: _Mention,
    admin_codes: set[tuple[str, str]],
    span_ccs: set[str],
    context_cc: str | None,
) -> Location | None:
    """A spelling the table lacks ("Qalqiliyah", "Mirpurkhas", "Janzour"): a town with the same
    ``skeleton``, trusted inside a country in play, or with no country in play when it is a town
    of 10,000+ with no namesake of 1,000+ elsewhere."""
    # GeoNames often lists a town that moved or grew as "New X" or "X Old" ("New Badah", "Setharja Old")
    renamed = [p for v in (f"New {text}", f"{text} Old", f"Old {text}", f"{text} New") for p in gaz.city_candidates(v)]
    renamed = [p for p in renamed if _score(p, admin_codes, span_ccs, context_cc) >= 10.0]
    if renamed:
        best = max(renamed, key=lambda p: _score(p, admin_codes, span_ccs, context_cc))
        return _location(gaz, best, text, _precision(best, m))
    loose = gaz.loose_city_candidates(text)
    if not loose:
        return None
    scored = sorted(((_score(p, admin_codes, span_ccs, context_cc), p) for p in loose), key=lambda x: -x[0])
    score, best = scored[0]
    rivals = [p for _, p in scored[1:] if p.cc != best.cc and p.population >= 1_000]
    if score >= 10.0 and (len(scored) == 1 or scored[1][0] < 10.0 or scored[1][1].cc == best.cc):
        return _location(gaz, best, text, _precision(best, m))
    if context_cc is None and not span_ccs and (best.population >= 10_000 or len(loose) == 1) and not rivals:
        return _location(gaz, best, text, _precision(best, m))
    return None


def _dominant_city(candidates: list[Place]) -> str | None:
    """The country of a city of a million or more that dwarfs its namesakes ("Buenos Aires"), or None."""
    cities = sorted((p for p in candidates if p.kind == "city"), key=lambda p: -p.population)
    if not cities or cities[0].population < 1_000_000:
        return None
    rivals = [p.population for p in cities[1:] if p.cc != cities[0].cc]
    if not cities[0].exact and any(p.exact and p.population >= 100_000 for p in cities[1:] if p.cc != cities[0].cc):
        return None  # "Puno" is Peru's Puno by its own name, not Pune by an alternate one
    return cities[0].cc if not rivals or cities[0].population >= 10 * rivals[0] else None


def document_country(doc: Doc) -> str | None:
    """The country a report is mostly about (context for disambiguating place names), or None.

    Votes: a country named as a place ("in Syria") counts 1, as an actor ("Russia says") 0.25;
    a town or region that only one country has counts 1 for that country (0.5 for a village),
    and so does a city of a million or more ten times bigger than its namesakes abroad.
    A winner needs at least 1 vote.
    """
    gaz = gazetteer()
    votes: dict[str, float] = {}
    for m in _mentions(doc[:]):
        text = _text(doc, m.start, m.end)
        cc = gaz.country_code(text)
        if cc is not None:
            votes[cc] = votes.get(cc, 0.0) + (0.25 if m.label == "ACTOR?" else 1.0)
            continue
        if m.label == "ACTOR?":
            continue
        candidates = [p for p in _candidates(gaz, text, m.noun) if p.kind == "admin1" or p.population >= 1000]
        ccs = {p.cc for p in candidates}
        if len(ccs) == 1:  # a town of 10,000+ is a surer sign than a village that happens to be unique
            only = ccs.pop()
            weight = 1.0 if any(p.kind == "admin1" or p.population >= 10_000 for p in candidates) else 0.5
            votes[only] = votes.get(only, 0.0) + weight
        elif (dominant := _dominant_city(candidates)) is not None:
            votes[dominant] = votes.get(dominant, 0.0) + 1.0
    best = max(votes, key=lambda cc: votes[cc], default=None)
    if best is None or votes[best] < 1.0:
        return None  # a passing "US dollar" or "Russia says" is no evidence of where a report is
    return gaz.country_names.get(best)
