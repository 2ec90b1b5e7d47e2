"""The whole a count belongs to: tolls and tallies ("the death toll rose to 40", "the number of civilians
killed reached 20", "claimed the lives of 40"), parts of a whole counted before ("including 11 children",
"seven of them", "4 women were among those killed") and people added to it ("along with six teachers").

Why: in all of these the number's own words do not say what befell those counted; the toll noun, the whole
or the count the phrase joins does. A part takes its whole's category (the gold, like a reader, does not add
the part to the toll); people added by a comitative phrase share what befell the count they join.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.claims.count_verbs import verb_category
from counterclaim.claims.count_words import (
    COMITATIVE,
    INTRANSITIVE_CATEGORY,
    LIFE_TAKING_VERBS,
    NOUN_CATEGORY,
    PART_PREPOSITIONS,
    PERSON_EVENTS,
    STATE_WORDS,
    TALLY_NOUNS,
    TOLL_WORDS,
    VERB_CATEGORY,
    VICTIM_NOUNS,
    WHOLE_PRONOUNS,
    people_counted,
)

__all__ = ["comitative_category", "gapped_category", "taken_lives", "toll_category", "toll_of", "whole_category"]


def toll_of(noun: Token) -> str:
    """ "the death toll", "the casualty toll": the toll's kind (a bare toll counts the dead)."""
    for mod in noun.children:
        if mod.lemma_.lower() in TOLL_WORDS:
            return TOLL_WORDS[mod.lemma_.lower()]
    return "killed"


def toll_category(verb: Token) -> str | None:
    """ "the death toll rose to 40", "the toll of casualties reached 12": the toll's kind."""
    for child in verb.children:  # "the toll rose to 40", "put the death toll at 40"
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.lemma_.lower() == "toll":
            return toll_of(child)
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.lemma_.lower() in TALLY_NOUNS:
            return _tally_of(child)
    return None


def _tally_of(noun: Token) -> str | None:
    """ "the number of civilians killed rose to 20", "the number of dead reached 40": what befell those counted."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if (described := _described_whole(pobj)) not in {None, "pronoun"}:
                    return described
    return None


def taken_lives(noun: Token) -> bool:
    """ "claimed the lives", "cost 12 lives", "12 lives were lost": lives a verb takes. Without commas the parse may
    hang "the lives" on a later verb ("has claimed the lives of 400 people injured 900 others"): the verb written
    right before it, past its determiner, takes them all the same."""
    if noun.lemma_.lower() not in {"life", "lives"}:
        return False
    if noun.head.lemma_.lower() in LIFE_TAKING_VERBS:
        return True
    before = noun.i - 1
    while before >= 0 and noun.doc[before].dep_ in {"det", "poss", "nummod"}:
        before -= 1
    return before >= 0 and before < noun.i - 1 and noun.doc[before].lemma_.lower() in LIFE_TAKING_VERBS


def whole_category(anchor: Token, earlier: dict[int, str]) -> str | None:
    """The category of the whole a sub-count is part of: "four killed, including two women", "seven of
    them children", "among them 4 women", "among the dead were 4 women" (``earlier``: counted token →
    category of the counts before, in this span)."""
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in PART_PREPOSITIONS and head.head.i != head.i:
        whole = head.head
        if whole.i in earlier:
            return earlier[whole.i]
        found = verb_category(whole) if whole.pos_ in {"VERB", "AUX"} else None
        if found is not None:
            return found
    if anchor.lower_ in WHOLE_PRONOUNS:
        return _last_toll_before(anchor.i, earlier)
    among = _among_whole(anchor) or _included_in_whole(anchor)
    if among == "pronoun":  # "among them 4 women", "the victims included 3 children": the whole counted before
        return _last_toll_before(anchor.i, earlier)
    return among


def _last_toll_before(index: int, earlier: dict[int, str]) -> str | None:
    """The category of the last killed or injured count before token ``index``: the whole a pronoun stands for."""
    grave = [c for i, c in sorted(earlier.items()) if i < index and c in {"killed", "injured"}]
    return grave[-1] if grave else None


def gapped_category(doc: Doc, start: int, end: int, earlier: dict[int, str]) -> str | None:
    """ "15 were killed in Aleppo and 23 in Idlib", "15 dead among the rebels and 23 among their rivals": a bare
    number after "and", followed by a preposition, repeats the clause before it with its verb left out (gapping).
    It counts what the count before it in the sentence counts, when that is people something befell."""
    if start < 2 or end >= len(doc) or doc[start - 1].lower_ not in {"and", "while", "whereas"}:
        return None
    if doc[end].pos_ != "ADP" or doc[end].lower_ in {"of", "per"}:
        return None
    grave = [c for i, c in sorted(earlier.items()) if i < start - 1]
    return grave[-1] if grave and grave[-1] in PERSON_EVENTS else None


def _included_in_whole(anchor: Token) -> str | None:
    """ "those killed included 9 aid workers", "the wounded include 4 children": the object of "include" is a part of
    the whole its subject describes, like "among the dead were 4 children" said the other way round."""
    verb = anchor.head if anchor.dep_ in {"dobj", "obj"} else None
    if verb is None or verb.lemma_.lower() != "include":
        return None
    for subject in verb.children:
        if subject.dep_ in {"nsubj", "nsubjpass"} and (described := _described_whole(subject)) is not None:
            return described
    return None


def _among_whole(anchor: Token) -> str | None:
    """ "among them were 4 women" → "pronoun"; "among the dead were 4 women" → killed."""
    verb = anchor.head if anchor.dep_ in {"nsubj", "attr"} else None
    if verb is None or verb.lemma_.lower() != "be":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in PART_PREPOSITIONS:
            for pobj in prep.children:
                if (described := _described_whole(pobj)) is not None:
                    return described
    return None


def _described_whole(whole: Token) -> str | None:
    """What a whole named after "among" says happened to it: "those killed", "the people who died" (its own
    participle or relative clause), "the dead", "the casualties"; a pronoun or an unspecific victim noun ("them",
    "the victims") stands for the whole counted before ("pronoun")."""
    for child in whole.children:
        if child.dep_ in {"acl", "relcl"} and (category := _clause_category(child)) is not None:
            return category
    if whole.lower_ in WHOLE_PRONOUNS or whole.lemma_.lower() in VICTIM_NOUNS:
        return "pronoun"
    word = whole.lemma_.lower()
    if whole.lower_ in STATE_WORDS or word in NOUN_CATEGORY:
        return STATE_WORDS.get(whole.lower_) or NOUN_CATEGORY[word]
    return None


def _clause_category(verb: Token) -> str | None:
    """ "killed" in "those killed", "died" in "those who died": a clause that says what befell its head."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN" and lemma in VERB_CATEGORY:
        return VERB_CATEGORY[lemma]
    if lemma in INTRANSITIVE_CATEGORY and INTRANSITIVE_CATEGORY[lemma] in PERSON_EVENTS:
        return INTRANSITIVE_CATEGORY[lemma]
    return verb_category(verb) if any(c.dep_ == "nsubjpass" for c in verb.children) else None


def comitative_category(doc: Doc, start: int, noun: Token | None, earlier: dict[int, str]) -> str | None:
    """ "22 children were killed along with six teachers", "15 dead ... as well as two civilians": people added
    to a count by a comitative phrase (``comitative_phrases``) share what befell it (the count before them in
    the sentence, else the verb the phrase hangs on). Things ("along with 5 vehicles") are no people."""
    if noun is not None and people_counted(noun) is None:
        return None
    phrase = next((p for p in COMITATIVE if _words_before(doc, start, p)), None)
    if phrase is None:
        return None
    grave = [c for i, c in sorted(earlier.items()) if i < start and c in PERSON_EVENTS | {"casualties"}]
    if grave:
        return grave[-1]
    verb = doc[start - 1]
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            return verb_category(verb)
        verb = verb.head
    return None


def _words_before(doc: Doc, start: int, phrase: tuple[str, ...]) -> bool:
    first = start - len(phrase)
    return first >= 0 and tuple(t.lower_ for t in doc[first:start]) == phrase
