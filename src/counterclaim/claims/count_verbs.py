"""What a verb says befell the people it counts: "killed 12", "shot dead", "were killed or wounded", and which
verbs joined to it share its object ("shot and killed 3") or have their own ("killed 16 and wounded 40").

The verb classes are data (``count_verb_categories``, ``state_word_categories``, ``fatal_adverbs``); when several
apply, the gravest wins (``count_category_severity``): "kidnapped and killed" counts the dead.
"""

from __future__ import annotations

from spacy.tokens import Token

from counterclaim.claims.count_reading import number_follows
from counterclaim.claims.count_words import FATAL_ADVERBS, SEVERITY, STATE_WORDS, VERB_CATEGORY

__all__ = ["verb_category"]


def verb_category(verb: Token) -> str | None:
    """The event of a verb and the verbs joined to it ("shot and killed", "reported killed",
    "shot dead", "beaten to death", "are dead"); when several apply, the gravest wins
    ("kidnapped and killed" → killed)."""
    related = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd"} or _shares_object(c))]
    found = set()
    for candidate in related:
        lemma = candidate.lemma_.lower()
        phrasal = any(c.dep_ == "prt" for c in candidate.children)  # "shot down two drones" is no shooting of people
        if candidate.pos_ in {"VERB", "AUX"} and lemma in VERB_CATEGORY and not phrasal:
            found.add(VERB_CATEGORY[lemma])
        if candidate.dep_ == "acomp" and candidate.lower_ in STATE_WORDS:
            found.add(STATE_WORDS[candidate.lower_])
        if _says_death(candidate):
            found.add("killed")
    if {"killed", "injured"} <= found:  # "were killed or wounded", "killing and injuring 12": one total of both
        return "casualties"
    return min(found, key=lambda c: SEVERITY.index(c) if c in SEVERITY else len(SEVERITY)) if found else None


def _says_death(verb: Token) -> bool:
    """ "shot dead", "beaten to death", "fatally shot", "shot dead 3 protesters" (a parse may hang "dead" on the
    object): a word by the verb that says the deed killed."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "dead":
        return True
    return any(
        child.lower_ in {"dead", "death"}
        or child.lower_ in FATAL_ADVERBS
        or (child.dep_ == "prep" and any(grand.lower_ == "death" for grand in child.children))
        for child in verb.children
    )


def _shares_object(conj: Token) -> bool:
    """ "shot and killed 3": the second verb shares the object; "killed 16 and wounded 40" does not."""
    return conj.dep_ == "conj" and not any(_own_argument(c) for c in conj.children) and not number_follows(conj)


def _own_argument(child: Token) -> bool:
    """An object or subject of the verb's own: "wounded *40*", "and many *more* injured"; a pronoun that
    resumes the first verb's object ("took one of the suspects and killed *him*") is not its own."""
    if child.dep_ in {"dobj", "obj"}:
        return child.lower_ not in {"him", "her", "them"}
    if child.dep_ in {"nsubjpass", "nsubj"}:
        return True
    return child.like_num or child.lower_ in {"more", "others", "many", "several"}
