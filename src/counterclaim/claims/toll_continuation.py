"""Stage 4: a toll sentence with no source of its own continues the source of the sentence before it.

Why: wire reports name a source once and give its figures over the next sentence ("Jets bombed the market on
Monday, according to the monitor. By nightfall at least 30 people had died in the raids."; "Medics said nine died in
the shelling. Four more were wounded in the evening."). The second sentence has an event of its own, so it is a
claim of its own, and with no source in its words it fell to the outlet's voice. A reader takes it as the same
source going on, when the sentence stays on the event of the sentence before: it names no place of its own, no other
period, and no named party as the subject that acts or speaks in it ("State news agency X gave a toll of 12" is X's
frame). A toll that moves to another place ("Jets also hit town Y, killing six"), another month or year ("In March
more than 40 died in such raids"), or to the war as a whole ("over 300,000 have been killed in the war") is the
outlet's own context, and keeps its voice.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from counterclaim.claims import counts
from counterclaim.claims.events import EventMention
from counterclaim.claims.place_names import mention_text, place_mentions
from counterclaim.claims.source_tokens import REPORTING_VERBS, sentence_source
from counterclaim.datafiles import SHARED, words
from counterclaim.nlp import same_paragraph

__all__ = ["toll_continuing_previous"]

_PERSON_COUNTS = frozenset({"killed", "injured"})
_STRONG_PREPS = words("counterclaim.claims", "strong_locative_preps")  # "in", "at": where, not who
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_ACTOR_USE = "ACTOR?"  # a place name standing for its forces ("Turkey shelled …"): not a place of the event
# Nouns that name the conflict as a whole (the class of ``habitual_span_nouns``, "the war", "the uprising"): a
# figure told against them is a war-wide total, the reporter's background.
_WHOLE_WAR = words("counterclaim.claims", "habitual_span_nouns") - {"years"}
_MONTHS = words(SHARED, "months")  # read inside a DATE entity only, where "May" is the month
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_LONG_UNITS = frozenset({"month", "months", "year", "years"})


def toll_continuing_previous(mention: EventMention) -> Token | None:
    """The source named by the sentence before, when this sentence gives a killed/injured figure, names no
    source, place or period of its own and does not sum the war; None otherwise (the outlet's voice stands)."""
    sentence = mention.trigger.sent
    if sentence.start == 0 or not _gives_toll(sentence):
        return None
    previous = sentence.doc[sentence.start - 1].sent
    if not same_paragraph(previous[0], mention.trigger):
        return None
    if _says_itself(sentence) or _named_agent(sentence) or _new_place(sentence, previous):
        return None
    if _another_period(sentence) or _sums_the_war(sentence):
        return None
    return _main_source(previous)


def _main_source(previous: Span) -> Token | None:
    """The source of the sentence before when it voices that sentence's main clause ("Activists said …", "…,
    according to the monitor"), not a speaker inside a subordinate clause ("… at a time when the envoy stressed
    …"), and when it is a speaker at all: not a counted group ("at least 18 prisoners") or a place."""
    source = sentence_source(previous)
    if source is None:
        return None
    according = source.dep_ == "pobj" and source.head.lower_ == "to" and source.head.head.lower_ == "according"
    voices_root = source.dep_ in {"nsubj", "nsubjpass"} and source.head == previous.root
    if not (according or voices_root):
        return None
    counted = any(c.dep_ == "nummod" or c.like_num for c in source.subtree)
    placed = source.ent_type_ in _PLACE_ENTITIES
    return None if counted or placed else source


def _gives_toll(sentence: Span) -> bool:
    return any(c.category in _PERSON_COUNTS for c in counts.find_counts(sentence))


def _says_itself(sentence: Span) -> bool:
    """A verb of saying whose subject the parser lost ("… died, and the source added that …", the source read as
    a conjunct): the sentence carries an attribution of its own that the rules above could not read, and borrowing
    the sentence before would name the wrong party."""
    return any(
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in REPORTING_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        for verb in sentence
    )


def _named_agent(sentence: Span) -> bool:
    """A name as the active subject ("State news agency X gave a toll of 12", "Ghouta has been under strikes"): the
    sentence tells what a named party did or gave, in its own frame, not the previous source's account going on."""
    return any(t.dep_ == "nsubj" and t.pos_ == "PROPN" for t in sentence)


def _new_place(sentence: Span, previous: Span) -> bool:
    """A place the sentence names that the sentence before does not: another strike, told in the outlet's voice.
    Read by the place stage's name runs (``place_names``), since the tagger often calls a Syrian town a person."""
    before = previous.text.casefold()
    doc = sentence.doc
    names = [mention_text(doc, m.start, m.end) for m in place_mentions(sentence) if m.label != _ACTOR_USE]
    names += [t.text for t in sentence if _name_after_locative(t)]  # "in rebel-held X", a run the stage let go
    return any(name.casefold() not in before for name in names)


def _name_after_locative(token: Token) -> bool:
    """A proper noun governed by a locative preposition ("killed in rebel-held Kafr Zeita")."""
    return token.pos_ == "PROPN" and token.dep_ == "pobj" and token.head.lower_ in _STRONG_PREPS


def _another_period(sentence: Span) -> bool:
    """A date of months or years ("In May", "in 2013", "last year"): an earlier event or a period recalled."""
    for entity in sentence.ents:
        if entity.label_ != "DATE":
            continue
        lowered = {t.lower_ for t in entity}
        if lowered & (_MONTHS | _LONG_UNITS) or _YEAR.search(entity.text):
            return True
    return False


def _sums_the_war(sentence: Span) -> bool:
    return any(t.pos_ == "NOUN" and t.lemma_.casefold() in _WHOLE_WAR for t in sentence)
