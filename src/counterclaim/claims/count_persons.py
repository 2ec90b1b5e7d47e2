"""Counts of people written without a number: one person, a named person, and people joined by "and".

Why a module beside ``counts``: a toll is often not written as a number at all. "A teenager was shot
and killed", "Jaden Rahm, 16, was killed", "the death of Ali Hamad" each report one death, and "a
woman and her granddaughter were found dead" reports two. Without these the only numbers near such a
victim are ages ("16", "(34)", "aged 25") and addresses ("the 4200 block"), which were read as tolls.

The rules, all over spaCy's parse:

* **Ages are no counts**: a number set off after a name or a person noun ("Omar Saleh, 16,", "Boy,
  17,", "Karim Nasser (34)", "Ali Hamad, also 18."), or after an age word ("aged 25", ``age_markers``).
* **Addresses and families are no counts**: a number before a name ending in a street word ("30 Porter
  Street", ``street_words``) and the number after a kinship noun ("a father of four",
  ``kinship_nouns``).
* **One person**: a singular person noun with "a"/"an" ("a man was killed"), or with any determiner when an
  age describes it ("the 12-year-old boy died", "his 11-year-old sister"), a person noun with no
  determiner at all that opens its sentence as its subject (headline style: "Teenager shot and killed",
  "Boy, 17, shot"; mid-sentence, "killed commander X" is a title, not a count), and a name given
  with an age (spaCy's PERSON: "Jaden Rahm, 16,", "48-year-old Joseph Horn") count 1 when the event
  that happened to them is known (killed, injured, abducted, arrested). A bare name is not counted
  (spaCy calls groups and places names too, and reports name commanders who are no toll). Collective
  nouns ("police", "staff") are no single person. One person named as a part of a whole the sentence
  counts ("12 were killed, including a retired officer", "among them a teacher") is no second toll.
* **Two people**: "both" with a plural person noun or standing alone ("both men died", "Both were pronounced
  dead", "both of them were wounded") counts 2 when what happened to them is known; "both … and" and "both
  sides" count nothing.
* **People joined by "and"**: when one of the joined people is such a single person (or any singular person
  noun: "the driver and two children" = 3), the phrase is one
  count, the sum ("a father and two children were found dead" = 3). Joined numbers alone ("3 soldiers
  and 2 civilians") stay two counts, each as written.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from counterclaim.claims.count_words import (
    AGE_MARKERS,
    AGE_UNITS,
    KINSHIP_NOUNS,
    PART_PREPOSITIONS,
    PERSON_NOUNS,
    STREET_WORDS,
    WHOLE_PRONOUNS,
    is_person_word,
    pluralise,
)
from counterclaim.models import Count
from counterclaim.nlp import doc_text, entities_within

__all__ = ["PersonCount", "is_address", "is_age", "is_family_size", "merge_joined", "pair_persons", "single_persons"]

COLLECTIVE = frozenset({"police", "personnel", "staff", "family", "people", "other"})
SINGLE_CATEGORIES = frozenset({"killed", "injured", "abducted", "arrested"})
_CLOSERS = frozenset({",", ")", ".", ";", ":"})

# (token index of the counted head, the count): the head lets joined people be summed
PersonCount = tuple[int, Count]


def _names_person(token: Token) -> bool:
    """A name or a person noun: what an age in apposition follows."""
    return token.pos_ == "PROPN" or is_person_word(token)


def is_age(doc: Doc, start: int, end: int) -> bool:
    """ "Omar Saleh, 16,", "Boy, 17,", "Karim Nasser (34)", "Ali Hamad, also 18.", "aged 25": an age."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end].text if end < len(doc) else "."
    if before is None:
        return False
    if before.lower_ in AGE_MARKERS:
        return True
    if before.lower_ == "also" and start > 1 and doc[start - 2].text == ",":
        before = doc[start - 2]
    if before.text not in {",", "("} or after not in _CLOSERS or before.i == 0:
        return False
    return _names_person(doc[before.i - 1])


def is_address(doc: Doc, end: int) -> bool:
    """ "30 Porter Street", "1400 Main St.": names after the number, then a street word."""
    for token in doc[end : min(end + 4, len(doc))]:
        if token.lower_ in STREET_WORDS:
            return token.i > end
        if token.pos_ != "PROPN" and not token.is_title:
            return False
    return False


def is_family_size(doc: Doc, start: int) -> bool:
    """ "a father of four": the number of children a person has."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in KINSHIP_NOUNS


def nominal_age(token: Token) -> bool:
    """ "a 17-year-old was found dead", "a two-month-old was shot": an age standing for the person, the head of
    its phrase (in "a 17-year-old boy" the age only modifies "boy")."""
    doc = token.doc
    if token.lower_ != "old" or token.i < 2 or token.dep_ in {"amod", "compound"}:
        return False
    unit, hyphen = doc[token.i - 1], doc[token.i - 2]
    if unit.text == "-":  # "17-year - old", "two - month - old"
        unit, hyphen = hyphen, unit
    return hyphen.text == "-" and unit.lemma_.lower() in AGE_UNITS


def _single_head(token: Token) -> bool:
    """A singular person noun (or an age standing for one) with "a"/"an" or with no determiner at all, not a
    compound's modifier."""
    person = token.tag_ == "NN" and token.lemma_.lower() in PERSON_NOUNS and token.lower_ not in COLLECTIVE
    if not person and not nominal_age(token):
        return False
    if token.dep_ in {"compound", "amod", "poss"}:
        return False
    dets = [c for c in token.children if c.dep_ in {"det", "poss"}]
    if dets and _described_by_age(token):  # "the 12-year-old boy died", "killed his 11-year-old sister"
        return True
    if not dets:  # a headline's subject ("Teenager shot and killed"); mid-sentence "killed commander X" is a title
        return token.left_edge.i == token.sent.start and token.dep_ in {"nsubj", "nsubjpass", "ROOT", "intj"}
    return all(d.lower_ in {"a", "an"} for d in dets)


def _described_by_age(token: Token) -> bool:
    """ "the 12-year-old boy", "his 11-year-old sister": a person noun an age describes is one particular
    person, whatever its determiner (a report names a victim by age before it names them)."""
    return any(
        child.dep_ == "amod" and child.lower_ == "old" and any(g.lemma_.lower() in AGE_UNITS for g in child.children)
        for child in token.lefts
    )


def _part_of_whole(token: Token) -> bool:
    """ "12 were killed, including a retired officer", "20 died, among them a teacher": one of a whole the
    sentence counts already (the whole is the toll; the gold, like a reader, does not add the part to it)."""
    if token.dep_ in {"pobj", "dobj", "obj"} and token.head.lower_ in PART_PREPOSITIONS:
        return True
    return any(
        c.lower_ in PART_PREPOSITIONS and any(o.lower_ in WHOLE_PRONOUNS for o in c.children)
        for c in token.children
        if c.dep_ == "prep"
    )


def _aged(doc: Doc, ent: Span) -> bool:
    """A name given with an age: "Jaden Rahm, 16,", "Karim Nasser (34)", "48-year-old Joseph Horn"."""
    after = ent.end + 1
    if after < len(doc) and doc[after].lower_ == "also":  # "Ali Hamad, also 18"
        after += 1
    if after < len(doc) and doc[after].like_num and is_age(doc, after, after + 1):
        return True
    return ent.start > 0 and doc[ent.start - 1].lower_ in {"old", "year-old"}


def _name_heads(span: Span) -> list[Token]:
    """The head token of each PERSON name given with an age ("Jaden *Rahm*, 16,"): how news reports name a
    victim. A bare name is not counted: the parser calls groups and places names too ("Jaish al-Islam"),
    and a report names commanders and officials who are no toll."""
    heads = []
    for ent in entities_within(span.doc, span.start, span.end, "PERSON"):
        root = ent.root
        if root.dep_ not in {"compound", "poss"} and _aged(span.doc, ent):
            heads.append(root)
    return heads


def _single_count(token: Token, category: str) -> Count:
    doc = token.doc
    kept = {"compound"} if token.pos_ == "PROPN" else {"det", "compound", "amod", "nmod"}  # a name starts at itself
    first = min([token, *(c for c in token.lefts if c.dep_ in kept)], key=lambda t: t.i)
    start, end = first.idx, token.idx + len(token.text)
    subject = None if token.pos_ == "PROPN" or nominal_age(token) else pluralise(token.lemma_.lower())
    return Count(category, subject, 1, 1, None, doc_text(doc)[start:end], start, end)


def single_persons(span: Span, taken: set[int], category_of: Callable[[Token], str]) -> list[PersonCount]:
    """One person each, when what happened to them is known: "a man was killed", "Teenager shot dead",
    "Jaden Rahm, 16, was killed" (``taken``: heads already counted by a number; ``category_of``: the
    category the count rules give a counted head)."""
    out: list[PersonCount] = []
    candidates = [t for t in span if _single_head(t)] + _name_heads(span)
    for token in candidates:
        if token.i in taken or any(i == token.i for i, _ in out) or _part_of_whole(token):
            continue
        category = category_of(token)
        if category in SINGLE_CATEGORIES:
            out.append((token.i, _single_count(token, category)))
    return out


def _pair_head(token: Token) -> Token | None:
    """ "both men", "both of them", "Both were pronounced dead": the people "both" counts (two), or None for the
    "both … and" of a coordination and for "both sides"/"both cities" (no people)."""
    if token.lower_ != "both" or token.dep_ in {"preconj", "cc"}:
        return None
    if token.dep_ in {"det", "predet"} and token.head.tag_ in {"NNS", "NNPS"} and is_person_word(token.head):
        return token.head
    if token.dep_ in {"nsubj", "nsubjpass", "dobj", "obj"}:
        of = [c for c in token.children if c.lower_ == "of"]
        people = [g for c in of for g in c.children if g.lower_ in {"them", "us"} or is_person_word(g)]
        return token if people or not of else None
    return None


def pair_persons(span: Span, taken: set[int], category_of: Callable[[Token], str]) -> list[PersonCount]:
    """Two people each, when what happened to them is known: "both men died", "Both were pronounced dead"."""
    out: list[PersonCount] = []
    for token in span:
        head = _pair_head(token)
        if head is None or head.i in taken or (head is not token and _part_of_whole(head)):
            continue
        category = category_of(head)
        if category in SINGLE_CATEGORIES:
            start, end = token.idx, max(token.idx + len(token.text), head.idx + len(head.text))
            subject = None if head is token else pluralise(head.lemma_.lower())
            count = Count(category, subject, 2, 2, None, doc_text(span.doc)[start:end], start, end)
            out.append((head.i, count))
    return out


def _joined(token: Token) -> list[Token]:
    """The people joined by "and" with ``token`` ("a father and two children"), itself included, in order."""
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)


def _joined_person(token: Token) -> bool:
    return token.pos_ == "PROPN" or is_person_word(token)


def merge_joined(doc: Doc, numbered: list[PersonCount], singles: list[PersonCount]) -> list[Count]:
    """Every count, with people joined by "and" summed into one count where a single person is among them."""
    everything = sorted([*numbered, *singles], key=lambda pair: pair[0])
    by_head: dict[int, Count] = {}
    for head, count in everything:
        by_head.setdefault(head, count)
    single_heads = {i for i, _ in singles}
    merged: set[int] = set()
    out = []
    for head, count in everything:
        if head in merged:
            continue
        members = _joined(doc[head])
        people = all(_joined_person(m) for m in members)
        if len(members) > 1 and people and any(m.i in single_heads or _one_person(m) for m in members):
            out.append(_summed(doc, members, by_head, count.category))
            merged.update(m.i for m in members)
        else:
            out.append(count)
    return out


def _one_person(token: Token) -> bool:
    """ "the driver" in "the driver and two children": a singular person noun joined to counted people is one more
    of them, whatever its determiner (alone, "the driver" is a re-mention and no count)."""
    return token.tag_ == "NN" and token.lemma_.lower() in PERSON_NOUNS and token.lower_ not in COLLECTIVE


def _summed(doc: Doc, members: list[Token], by_head: dict[int, Count], category: str) -> Count:
    """One count over joined people: each member's count, or 1 for a singular person with no count."""
    total = 0
    starts, ends = [], []
    for member in members:
        count = by_head.get(member.i)
        if count is not None and count.low is not None:
            total += count.low
            starts.append(count.start or member.idx)
        else:
            total += 1 if member.tag_ in {"NN", "NNP"} else 0
            starts.append(member.idx)
        ends.append(member.idx + len(member.text))
    start, end = min([members[0].left_edge.idx, *starts]), max(ends)
    return Count(category, None, total, total, None, doc_text(doc)[start:end], start, end)
