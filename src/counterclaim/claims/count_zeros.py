"""Counts of nobody: "there were no deaths", "no injuries were reported", "no one was killed", "nobody was hurt".

Why: a report that says nobody died states a figure, 0, as plainly as "three were killed" states 3; a
monitor's "no deaths from the hospital strike" beside another party's "twelve killed" is a disagreement about
the toll, not a missing one. Without this the sentence gives no figure at all, and its negative is read only as
a denial of the event ("causing fires but no casualties" as an attack that did not happen).

The rules, over spaCy's parse, conservative on purpose:

* **A toll noun under a negative determiner**: "no deaths", "no casualties", "no injuries", "no fatalities" (a
  noun of ``counted_noun_categories`` whose category is a harm to people) gives 0 of its category.
* **Nobody to whom something happened**: "no one", "nobody", "no civilians", "none of the workers" as the
  subject of a passive or intransitive verb that says what befell them ("was killed", "were hurt", "died")
  gives 0 of the verb's category; the verb must be finite and not hoped for ("to ensure that no one is hurt"
  and "so that nobody dies" state no figure).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from counterclaim.claims.count_words import NOUN_CATEGORY, is_person_word
from counterclaim.datafiles import words
from counterclaim.models import Count
from counterclaim.nlp import doc_text

__all__ = ["zero_counts"]

_NEGATIVE = words("counterclaim.claims", "negative_determiners")
_HARMS = frozenset({"killed", "injured", "casualties"})
_NOBODY = frozenset({"nobody", "noone"})
_PURPOSE = frozenset({"so", "ensure", "make", "avoid", "prevent", "hope", "to"})  # "to ensure that no one is hurt"


def _negated_noun(token: Token) -> Token | None:
    """The noun a negative determiner quantifies: "no" in "no deaths", "no one", "none of the workers"."""
    if token.lower_ == "no" and token.dep_ in {"det", "neg", "amod", "advmod"} and token.head.i > token.i:
        return token.head
    if token.lower_ == "none" and token.dep_ in {"nsubj", "nsubjpass"}:
        return token
    if token.lower_ in _NOBODY:
        return token
    return None


def _toll_noun_category(noun: Token) -> str | None:
    """ "deaths", "casualties", "injuries": the harm a toll noun names."""
    for form in (noun.lemma_.lower(), noun.lower_):
        category = NOUN_CATEGORY.get(form)
        if category in _HARMS:
            return category
    return None


def _stated(verb: Token) -> bool:
    """A finite verb of the report's own time, not a purpose or a hope ("to ensure no one is hurt")."""
    if verb.tag_ in {"VB", "VBG"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    heads = [verb, verb.head, verb.head.head]
    if any(h.lower_ in _PURPOSE or h.lemma_.lower() in _PURPOSE for h in heads[1:]):
        return False
    return not any(c.lower_ in {"to", "would", "could", "should", "may", "might", "will"} for c in verb.children)


def _nobody_category(noun: Token, category_of: Callable[[Token], str]) -> str | None:
    """ "no one was killed", "nobody was hurt", "no civilians died": what befell the nobody, from its verb."""
    person = noun.lower_ in _NOBODY or noun.lower_ in {"one", "none"} or is_person_word(noun)
    if not person or noun.dep_ not in {"nsubj", "nsubjpass"} or not _stated(noun.head):
        return None
    category = category_of(noun)
    return category if category in _HARMS else None


def zero_counts(span: Span, taken: set[int], category_of: Callable[[Token], str]) -> list[tuple[int, Count]]:
    """Every count of nobody in ``span`` (head token, count); ``taken``: heads already counted by a number."""
    doc = span.doc
    found: list[tuple[int, Count]] = []
    for token in span:
        if token.lower_ not in _NEGATIVE and token.lower_ not in _NOBODY:
            continue
        noun = _negated_noun(token)
        if noun is None or noun.i in taken or not span.start <= noun.i < span.end:
            continue
        category = _toll_noun_category(noun) if noun.i != token.i else None
        category = category or _nobody_category(noun, category_of)
        if category is None:
            continue
        first, last = min(token.i, noun.i), max(token.i, noun.i)
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        written = doc_text(doc)[start:end]
        found.append((noun.i, Count(category, None, 0, 0, None, written, start=start, end=end)))
    return found
