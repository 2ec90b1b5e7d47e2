"""Counts read off the word order when the parse fails: headlines in Title Case and text without commas.

Why a linear reading beside the parse: aggregators strip commas ("In Jassem in the province of Daraa 16
civilians were killed ...") and headlines capitalise every word ("Airstrikes Kill 35 & Destroy Hospital",
"30 Terrorists Killed"). spaCy then reads every word as a proper noun and hangs the number on a place or
a name, so the verb that says what happened to the people counted is not found on the parse. The word
order still says it, in three shapes, each checked only when the parse found no category:

* a casualty verb right before the number, past a qualifier ("Kill 35", "wounded more than 100");
* the counted people followed by a passive ("16 civilians were killed", "two others had been wounded");
* participles right after the counted people, a reduced relative the parse often reads as a clause of its
  own ("named three men shot and killed at the checkpoint", "a woman and two children found dead");
* a state word right after the counted people, also when a Title-Case parse calls it a past tense verb
  ("30 Terrorists Killed", "22 Injured"), unless something follows that it could have done it to.

The verb classes are those of the parse-based rules (``count_verb_categories.tsv``,
``state_word_categories.tsv``); inflections are undone by suffix, as the lemmatizer does not lemmatise
a word it reads as a proper noun ("Kills", "Executes").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.claims.count_words import (
    AUXILIARIES,
    NOUN_CATEGORY,
    QUALIFIER_ROWS,
    SEVERITY,
    STATE_WORDS,
    VERB_CATEGORY,
    is_person_word,
)

__all__ = ["names_count", "number_follows", "participle_after", "passive_after", "state_word_after", "verb_before"]

# the words of the count qualifiers ("at least", "more than", "an estimated"), which may stand between verb and number
_QUALIFIER_WORDS = frozenset(word for row in QUALIFIER_ROWS for word in row[0].casefold().split())
_SUFFIXES = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", ""))
_OBJECT_STARTS = frozenset({"DET", "NUM", "NOUN", "PROPN", "PRON"})


def verb_lemma(word: str) -> str | None:
    """The casualty verb a word inflects ("Kills" → kill, "wounded" → wound), if it is one."""
    lower = word.casefold()
    if lower in VERB_CATEGORY:
        return lower
    for suffix, restore in _SUFFIXES:
        if lower.endswith(suffix) and (stem := lower[: -len(suffix)] + restore) in VERB_CATEGORY:
            return stem
    return None


def verb_before(doc: Doc, start: int) -> str | None:
    """ "Kill 35", "wounded more than 100": the category of a casualty verb right before the number
    (``start``: the first token of the number or of its qualifier), with an object of its own."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in _QUALIFIER_WORDS:
        i -= 1
    if i < 0 or doc[i].pos_ not in {"VERB", "PROPN", "NOUN", "ADJ"}:
        return None
    if doc[i].pos_ in {"NOUN", "ADJ"} and not doc[i].is_title:  # "the killing 12 ..." is no verb; "Kill 35" is
        return None
    lemma = verb_lemma(doc[i].text)
    return VERB_CATEGORY[lemma] if lemma is not None else None


def passive_after(doc: Doc, index: int) -> str | None:
    """ "16 civilians were killed": auxiliaries after the counted words, then a casualty participle."""
    i = index
    while i < len(doc) and doc[i].lower_ in AUXILIARIES:
        i += 1
    if i == index or i >= len(doc) or doc[i].tag_ not in {"VBN", "VBD", "JJ"}:
        return None
    lemma = verb_lemma(doc[i].text)
    return VERB_CATEGORY[lemma] if lemma is not None else None


def participle_after(doc: Doc, index: int) -> str | None:
    """ "two people shot and killed", "civilians shot dead", "two children found dead": participles joined by
    and/or right after the counted words, with no auxiliary, and a state word closing them; the gravest wins,
    and killed with injured ("killed or wounded") is a total of both."""
    found: set[str] = set()
    i = index
    while i < len(doc) and doc[i].tag_ == "VBN":
        if (lemma := verb_lemma(doc[i].text)) is not None:
            found.add(VERB_CATEGORY[lemma])
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in STATE_WORDS and nxt.tag_ in {"JJ", "VBN"}:
            found.add(STATE_WORDS[nxt.lower_])
            break
        if nxt is None or nxt.lower_ not in {"and", "or"}:
            break
        i += 2
    if {"killed", "injured"} <= found:
        return "casualties"
    return min(found, key=lambda c: SEVERITY.index(c) if c in SEVERITY else len(SEVERITY)) if found else None


def state_word_after(doc: Doc, index: int) -> str | None:
    """ "30 Terrorists Killed", "22 Injured": a state word after the counted words that does nothing to a
    following object (the parse may call it a past tense; only what follows tells the deed apart)."""
    if index >= len(doc) or doc[index].lower_ not in STATE_WORDS:
        return None
    nxt = doc[index + 1] if index + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in _OBJECT_STARTS and not nxt.is_title:
        return None
    return STATE_WORDS[doc[index].lower_]


def names_count(token: Token) -> bool:
    """A word that says what a number counts: people, a casualty noun or a state word ("16 civilians",
    "6 Lebanese Martyrs", "22 Injured"), so that a name before the number does not make it a model number."""
    lower = token.lower_
    singular = lower[:-1] if lower.endswith("s") else lower
    return lower in STATE_WORDS or singular in NOUN_CATEGORY or is_person_word(token)


def number_follows(verb: Token) -> bool:
    """ "killed 16 and wounded 40": a number right after the second verb (past a qualifier) is its own object,
    even where the parse hangs it elsewhere ("wounded more than 90 a rescue team said")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].lower_ in _QUALIFIER_WORDS:
        i += 1
    return i < len(doc) and doc[i].like_num
