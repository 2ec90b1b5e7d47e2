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
from counterclaim.datafiles import SHARED, words
from counterclaim.nlp import entities

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
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", ""})
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
PLACE_NOUNS = SETTLEMENT_NOUNS | DISTRICT_NOUNS | REGION_NOUNS | FACILITY_NOUNS | NATURAL_NOUNS
CONNECTORS = words("counterclaim.claims", "name_connectors")
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


def _is_name_token(token: Token) -> bool:
    text = token.text
    return (text[:1].isupper() and any(c.isalpha() for c in text)) and token.ent_type_ not in {
        "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY",
    }  # fmt: skip


_POSSESSIVE = re.compile(r"[\x92'’]s$")


def mention_text(doc: Doc, start: int, end: int) -> str:
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


def _follows_place(doc: Doc, start: int, floor: int, places: list[Mention]) -> bool:
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
    ents = [e for e in entities(doc, *PLACE_LABELS) if start <= e.start and e.end <= end]
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


def place_mentions(span: Span) -> list[Mention]:
    doc = span.doc
    out: list[Mention] = []
    runs = [piece for run in _name_runs(span) for piece in _split_at_place_entities(doc, *run)]
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
        if actor_kind(doc[start:end].text) not in {None, "state"}:
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
        out.append(Mention(start, end, label, label in PLACE_LABELS or noun is not None, near, noun, strong))
        if _is_actor_use(doc[start:end], locative or follows or noun is not None) and label not in {"LOC", "FAC"}:
            out[-1] = Mention(start, end, "ACTOR?", False, near, noun)
    return out


def actor_kind(text: str) -> str | None:
    """The actor lexicon's kind for a name ("armed_group" for "ISIL"), None when it is no actor."""
    from counterclaim.actors import lexicon

    canonical = lexicon().canonical(text)
    return None if canonical is None else lexicon().kind(canonical)
