"""Places, step 1: name runs — the spans of a sentence that may name a place, with the evidence for each.

Why a module of its own: finding *where* a name is written (entity labels, capitalised runs,
connectors, a trailing place noun, a locative word before it) is independent of *which* place
it is (``geocoding``); ``places`` explains the whole method.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from counterclaim.claims.gazetteer import gazetteer
from counterclaim.claims.not_towns import STREET, is_street, street_end
from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.nlp import entities_within, entity_around

__all__ = [
    "CONNECTORS",
    "DIRECTION_WORDS",
    "DISTRICT_NOUNS",
    "FACILITY_NOUNS",
    "INSTITUTION_WORDS",
    "MISLABELS",
    "PLACE_LABELS",
    "REGION_NOUNS",
    "SETTLEMENT_NOUNS",
    "Mention",
    "actor_kind",
    "mention_text",
    "place_mentions",
]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels a place run may carry when the small model mislabels a foreign town.
# NORP too: "Kasese" is tagged NORP; real demonyms are caught by the actor lexicon instead.
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", "", "TIME?"})
MISLABELLED_TIME = "TIME?"  # a run of names the model tagged DATE or TIME (``_mislabelled_time``)
LOCATIVE_PREPS = words("counterclaim.claims", "locative_cues")
STRONG_PREPS = words("counterclaim.claims", "strong_locative_preps")
NEAR_PREPS = words("counterclaim.claims", "near_preps")
DIRECTIONS = words("counterclaim.claims", "relative_position_words")
SETTLEMENT_NOUNS = words("counterclaim.claims", "settlement_nouns")
DISTRICT_NOUNS = words("counterclaim.claims", "district_nouns")
FACILITY_NOUNS = words("counterclaim.claims", "facility_nouns")
DIRECTION_WORDS = words("counterclaim.claims", "direction_modifiers")
NATURAL_NOUNS = words("counterclaim.claims", "natural_feature_nouns")
INSTITUTION_WORDS = words("counterclaim.claims", "institution_words")
REGION_NOUNS = words("counterclaim.claims", "region_nouns")
FRONT_NOUNS = words("counterclaim.claims", "front_nouns")  # "the Jobar front", "Hama countryside"
ARMED_UNIT_NOUNS = words("counterclaim.claims", "armed_unit_nouns")  # "the Hamza Brigade": a unit, not a town
PLACE_NOUNS = SETTLEMENT_NOUNS | DISTRICT_NOUNS | REGION_NOUNS | FACILITY_NOUNS | NATURAL_NOUNS | FRONT_NOUNS
ARABIC_PARTICLES = words("counterclaim.claims", "arabic_particles")
CONNECTORS = words("counterclaim.claims", "name_connectors") | ARABIC_PARTICLES
CONTAINMENT_WORDS = words("counterclaim.claims", "containment_words")
COUNTRYSIDE_WORDS = words("counterclaim.claims", "countryside_words")
LOCATIVE_OF_NOUNS = words("counterclaim.claims", "locative_of_nouns")
COMPASS_WORDS = frozenset(mapping("counterclaim.claims", "compass_words"))  # "northern", "east", "shamal"
ROUTE_NOUNS = words("counterclaim.claims", "route_nouns")  # "the Homs-Hama highway": two places
HYPHENS = frozenset({"-", "‐", "‑", "–"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# Month names stay here until the shared months class (counterclaim.lexicon) replaces them.
_MONTHS = words(SHARED, "months")
NOT_PLACE_WORDS = _MONTHS | words("counterclaim.claims", "not_place_words")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token index in the Doc
    end: int
    label: str
    evidence: bool  # something besides capitals says this is a place
    near: bool  # "near X", "outside X", "north of X"
    noun: str | None  # the place noun after the name ("province", "city"), lower case
    strong: bool = False  # "in X", "near X": a locative preposition right before the name
    rural: bool = False  # "rural X", "the X countryside", "the countryside of X": the province around X


_TIME_LABELS = frozenset({"DATE", "TIME"})
_NUMERIC_LABELS = frozenset({"MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
CALENDAR_WORDS = (
    words(SHARED, "months") | words(SHARED, "month_abbreviations") | words(SHARED, "weekdays")
    | words("counterclaim.claims", "calendar_names")
)  # fmt: skip


def _is_name_token(token: Token) -> bool:
    text = token.text
    if not (text[:1].isupper() and any(c.isalpha() for c in text)) or token.ent_type_ in _NUMERIC_LABELS:
        return False
    return token.ent_type_ not in _TIME_LABELS or _mislabelled_time(token)


def _mislabelled_time(token: Token) -> bool:
    """A DATE/TIME entity of capitalised names alone, no digit, month, weekday or feast ("in Taalabaya" tagged
    DATE): the small model's guess for an unknown word, not a time; the run may still be a place."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return all(
        t.text[:1].isupper() and t.is_alpha and t.lower_.strip(".") not in CALENDAR_WORDS for t in doc[start:end]
    )


def _label(token: Token) -> str:
    """The token's entity label; ``MISLABELLED_TIME`` for a name the model mislabelled a time."""
    return MISLABELLED_TIME if token.ent_type_ in _TIME_LABELS else token.ent_type_


_POSSESSIVE = re.compile(r"[\x92'’]s$")


def mention_text(doc: Doc, start: int, end: int) -> str:
    """The name a mention covers, without a possessive the tokenizer left on it ("Tripoli\x92s")."""
    return _POSSESSIVE.sub("", doc[start:end].text)


def _known_name(text: str) -> bool:
    gaz = gazetteer()
    return bool(gaz.city_candidates(text) or gaz.admin1_candidates(text) or gaz.country_code(text))


def _joins(doc: Doc, k: int) -> bool:
    """Whether token ``k`` may join two capitalised parts of one name.

    A connector does ("Dar es Salaam", "Abu Ghraib", a hyphen); an Arabic article that is also an
    English word ("as", "an", "at") only when written against a hyphen ("Ras as-Safsaf"), never as
    a free word ("Homs as Russia ...").
    """
    tok = doc[k]
    if tok.lower_ not in CONNECTORS:
        return False
    if tok.is_stop and tok.lower_ in ARABIC_PARTICLES and tok.lower_ not in {"al", "el"}:
        after = k + 1 < len(doc) and doc[k + 1].text in HYPHENS and not tok.whitespace_
        before = k > 0 and doc[k - 1].text in HYPHENS and not doc[k - 1].whitespace_
        return after or before
    return True


def _bridge(span: Span, j: int) -> int | None:
    """The name token after a chain of up to three connectors from ``j`` ("Deir-ez-Zor": "-", "ez", "-"), or None."""
    k = j
    while k < span.end and k - j < 3 and _joins(span.doc, k):
        k += 1
    if k > j and k < span.end and _is_name_token(span.doc[k]):
        return k
    return None


def _article_before(doc: Doc, i: int, floor: int) -> bool:
    """A lower-case Arabic article right before a run belongs to it: "in el Mina", "al Mukalla", "as-Sukhnah"."""
    if i <= floor:
        return False
    prev = doc[i - 1]
    if prev.text in HYPHENS and i - 2 >= floor and not doc[i - 2].whitespace_:
        prev = doc[i - 2]  # "as-Sukhnah" tokenised "as", "-", "Sukhnah"
    return prev.is_lower and prev.lower_ in ARABIC_PARTICLES and _joins(doc, prev.i)


def _name_runs(span: Span) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised tokens, bridging lower-case connectors ("Bir al-Abd", "Deir-ez-Zor")."""
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
            elif (bridged := _bridge(span, j)) is not None:
                j = bridged + 1  # "San Pedro de la Paz", "Ras al-Ain", "Deir-ez-Zor"
            elif tok.lower_ in {"of", "and"} and j + 1 < span.end and _known_name(span.doc[i : j + 2].text):
                j += 2  # "Port of Spain", "Bosnia and Herzegovina"; but not "Governor of Kabul"
            else:
                break
        if _article_before(span.doc, i, span.start):
            yield (i - 1 if span.doc[i - 1].text not in HYPHENS else i - 2), j  # the article belongs to the name
        else:
            yield i, j
        i = j


def _previous_word(doc: Doc, start: int, floor: int) -> Token | None:
    """The word before a name, skipping "the", directions and containment words ("in the Donetsk region",
    "in rural Idlib", "in the northern countryside of Hama")."""
    k = start - 1
    while k >= floor and doc[k].lower_ in {"the", "a"} | DIRECTION_WORDS | CONTAINMENT_WORDS:
        k -= 1
    return doc[k] if k >= floor else None


def _contained_before(doc: Doc, start: int, floor: int, words: frozenset[str] = CONTAINMENT_WORDS) -> bool:
    """ "rural X", "the countryside of X", "the outskirts of X": X is the container, the event is near it."""
    k = start - 1
    while k >= floor and doc[k].lower_ in {"the", "a", "of"} | DIRECTION_WORDS | CONTAINMENT_WORDS:
        if doc[k].lower_ in words:
            return True
        k -= 1
    return False


def _locative_before(doc: Doc, start: int, floor: int) -> tuple[bool, bool]:
    """(a locative cue precedes, it says "near"): "in X", "near X", "village of X", "north of X", "rural X"."""
    contained = _contained_before(doc, start, floor)
    prev = _previous_word(doc, start, floor)
    if prev is None:
        return contained, contained
    word = prev.lower_
    if word in LOCATIVE_PREPS:
        return True, word in NEAR_PREPS or contained
    if prev.lemma_.lower() in PLACE_NOUNS and prev.i == start - 1:
        return True, False  # "the territory Syrian Arab Republic", "province Idlib"
    if word == "of":
        if prev.i > floor and doc[prev.i - 1].lower_ in DIRECTIONS:
            return True, True  # "west of Rafah": the direction word itself, not skipped as a modifier
        head = _previous_word(doc, prev.i, floor)
        nouns = {head.lemma_.lower(), head.lower_} if head is not None else set()
        if nouns & (PLACE_NOUNS | DIRECTIONS | LOCATIVE_OF_NOUNS):
            # "the shelling of Douma" at it; "east of Hama", "the coast of Zwara" near it ("the island of X" is X)
            return True, bool(nouns & (DIRECTIONS | NATURAL_NOUNS - {"island"})) or contained
        if contained:
            return True, True  # "the countryside of Hama"
    return contained, contained


def _compass_before(doc: Doc, start: int, floor: int) -> bool:
    """ "eastern Deir ez-Zor", "the northern Hama countryside": a part of the place, not the place itself (near it)."""
    k = start - 1
    return k >= floor and doc[k].is_lower and doc[k].lower_ in COMPASS_WORDS


def _follows_place(doc: Doc, start: int, floor: int, places: list[Mention]) -> bool:
    """Directly after another place and a comma, bracket, "and" or a possessive: "Manaus, Amazonas", "Okpanam
    (Delta)", "North Sinai's Arish" (the model often tags such a town a person)."""
    k = start - 1
    while k >= floor and doc[k].lower_ in {",", "(", "[", "-", "–", "and", "or", "&", "'s", "’s"}:  # "Syria and Iraq"
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


def _names_armed_unit(doc: Doc, start: int, end: int) -> bool:
    """A run ending in a capitalised unit noun ("Hamza Brigade", "Sham Legion") names an armed unit, unless the
    name before it is a province or district the gazetteer knows (a unit named after its province is rare)."""
    last = doc[end - 1]
    if end - start < 2 or last.is_lower or last.lower_ not in ARMED_UNIT_NOUNS:
        return False
    name = doc[start : end - 1].text
    gaz = gazetteer()
    return not (gaz.admin1_candidates(name) or gaz.admin2_candidates(name))


def _place_noun_after(doc: Doc, end: int, limit: int) -> str | None:
    if end < limit and doc[end].lemma_.lower() in PLACE_NOUNS and doc[end].pos_ in {"NOUN", "PROPN"}:
        return doc[end].lemma_.lower()
    return None


def _label_of(doc: Doc, start: int, end: int) -> str:
    """The commonest entity label of the run's capitalised words ("Deir ez-Zor": "Deir" GPE; particles don't vote)."""
    named = [_label(doc[k]) for k in range(start, end) if _is_name_token(doc[k])]
    labels = Counter(named or [doc[k].ent_type_ for k in range(start, end)])
    return labels.most_common(1)[0][0]


REPORTING_VERBS = words(SHARED, "reporting_verbs")


def _is_source(span: Span, locative: bool) -> bool:
    """A name used as a source of news, not a place: "according to SANA", "SANA reported", "Damascus said".

    After a locative cue ("district of Kyiv complaining ...") the parser's subject is a misparse: a place.
    """
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return not locative and root.dep_ == "nsubj" and head.lemma_.casefold() in REPORTING_VERBS


def _inside_organisation(doc: Doc, start: int, end: int) -> bool:
    """An unknown name inside a longer organisation name ("Human Rights" in "the Observatory for Human Rights")."""
    if _known_name(doc[start:end].text):
        return False
    ent = entity_around(doc, start, end)
    if ent is not None and ent.start < start:  # the model may tag the whole name ORG or FAC
        return doc[start - 1].lower_ in {"for", "on"}  # "Observatory for ...", "Committee on ..."
    return False


def _split_at_place_entities(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "US Secretary" → "US"; "US-Russian" → "US", "Russian": a place entity inside a longer run stands alone."""
    ents = entities_within(doc, start, end, *PLACE_LABELS)
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


def _split_route(doc: Doc, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """ "the Homs-Hama highway", "the X-Y road": a hyphenated run before a route noun names the two ends
    of the route, unless the gazetteer knows it whole; each end must open with a capitalised word or an
    Arabic article and a capitalised word ("Bar Elias-el Marj"), so "Deir-ez-Zor" is never cut."""
    if end >= limit or doc[end].lower_ not in ROUTE_NOUNS or _known_name(doc[start:end].text):
        return [(start, end)]
    cuts = [k for k in range(start + 1, end - 1) if doc[k].text in HYPHENS and _opens_name(doc, k + 1, end)]
    if not cuts or not _is_name_token(doc[start]):
        return [(start, end)]
    bounds = [start, *cuts, end]
    pieces = [(bounds[n] + (n > 0), bounds[n + 1]) for n in range(len(bounds) - 1)]
    return [(s, e) for s, e in pieces if s < e]


def _opens_name(doc: Doc, k: int, end: int) -> bool:
    """Token ``k`` opens a name: a capitalised word, or a lower-case Arabic article and one ("el Marj")."""
    if _is_name_token(doc[k]) and doc[k].lower_ not in CONNECTORS:
        return True
    return doc[k].lower_ in ARABIC_PARTICLES and k + 1 < end and _is_name_token(doc[k + 1])


GENERIC_TOPONYM_WORDS = words("counterclaim.claims", "generic_toponym_words")


def _arabic_toponym(doc: Doc, start: int, end: int) -> bool:
    """ "Kafr Nabudah", "Tell Rifaat", "Wadi al-Rabi": a generic first word (village, mound, valley) and a name."""
    return end - start >= 2 and doc[start].lower_ in GENERIC_TOPONYM_WORDS and not doc[start].is_lower


def place_mentions(span: Span) -> list[Mention]:
    doc = span.doc
    out: list[Mention] = []
    runs = [piece for run in _name_runs(span) for piece in _split_at_place_entities(doc, *run)]
    routes = {piece: run for run in runs for piece in _split_route(doc, *run, span.end) if piece != run}
    runs = [piece for run in runs for piece in _split_route(doc, *run, span.end)]
    for start, end in runs:
        lowered = [doc[k].lower_ for k in range(start, end)]
        if all(w in NOT_PLACE_WORDS | DIRECTION_WORDS for w in lowered):
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
            continue  # "stones thrown at Police units": not the town of Police, Poland
        if (start, end) not in routes and is_street(doc, start, end):
            # "Baker Street", "Lowell Road", "the 2200 block of Elmway": a street, kept whole and never
            # resolved to its namesake town ("Baker", Louisiana); containment may place it in its town
            out.append(Mention(start, street_end(doc, start, end), STREET, True, False, None))
            continue
        if all(doc[k].lower_ in PLACE_NOUNS for k in range(start, end)):
            continue  # "Coast of Zwara", "the refugee Camp": a generic place noun alone names no place
        if actor_kind(doc[start:end].text) not in {None, "state"}:
            continue  # "the Islamic State", "Free Syrian Army": a group, whatever its last word
        if doc[end - 1].lower_ in FRONT_NOUNS and not doc[end - 1].is_lower:
            continue  # "Levant Front", "the X Revolutionary Front": a capitalised front is an armed group
        if _names_armed_unit(doc, start, end):
            continue  # "the Hamza Brigade", "the Azov Battalion": named after a person or town, not a place
        if end - start > 1 and doc[end - 1].lower_ in PLACE_NOUNS and not _known_name(doc[start:end].text):
            end -= 1  # "Rakhine State", "Sittwe District": the noun is no part of the name
        label = _label_of(doc, start, end)
        locative, near = _locative_before(doc, start, span.start)
        if _is_source(doc[start:end], locative) or _inside_organisation(doc, start, end):
            continue
        noun = None if (start, end) in routes else _place_noun_after(doc, end, span.end)  # an end, no facility
        near = near or noun in CONTAINMENT_WORDS or _compass_before(doc, start, span.start)  # "the Hama countryside"
        follows = _follows_place(doc, start, span.start, out)
        evidence = label in PLACE_LABELS or locative or noun is not None or follows or (start, end) in routes
        toponym = _arabic_toponym(doc, start, end)
        evidence = evidence or toponym or _precedes_region(doc, end, span.end)
        if label not in PLACE_LABELS and label not in MISLABELS:
            continue
        if not evidence:
            continue
        prev = _previous_word(doc, start, span.start)
        strong = locative and prev is not None and prev.lower_ in STRONG_PREPS | {"of"}
        rural = noun in COUNTRYSIDE_WORDS or _contained_before(doc, start, span.start, COUNTRYSIDE_WORDS)
        named = label in PLACE_LABELS or noun is not None or toponym or (start, end) in routes
        out.append(Mention(start, end, label, named, near, noun, strong, rural))
        if _is_actor_use(doc[start:end], locative or follows or noun is not None) and label not in {"LOC", "FAC"}:
            out[-1] = Mention(start, end, "ACTOR?", False, near, noun)
    return out


def actor_kind(text: str) -> str | None:
    """The actor lexicon's kind for a name ("armed_group" for "ISIL"), None when it is no actor."""
    from counterclaim.actors import lexicon

    canonical = lexicon().canonical(text)
    return None if canonical is None else lexicon().kind(canonical)
