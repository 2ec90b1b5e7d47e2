"""Stage 4: a denier described first and named a sentence later.

Why: reports often introduce a speaker by office and give the name with the quote that follows ("A senior Iraqi
officer denied the raid. 'We fired nothing,' Karim Saleh of the Iraqi army told reporters."). The denial's claimant
is then the named person, who is also the side another source's account is disputed with; left as "senior Iraqi
officer", the denier is a description no other mention of that person shares.

The link is read from structure, not from names: the description is indefinite ("a", "an": a new referent the
report goes on to name) with a noun of office as head (``described_speaker_nouns.txt``); the name is the first
person named in the next two sentences who speaks there (a verb of saying right after the name, as in
"<name> said / told"); and where the description carries a nationality or proper modifier ("Iraqi",
"Russian"), the name's sentence repeats it ("of the Iraqi army"), so that a named speaker of the
other side is never taken for the denier.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from counterclaim.datafiles import SHARED, words
from counterclaim.nlp import entities_within

__all__ = ["named_later"]

_OFFICES = words("counterclaim.claims", "described_speaker_nouns")
_SAYING = words(SHARED, "reporting_verbs")
_INDEFINITE = frozenset({"a", "an"})
# How many sentences after the description the name may come, and how far (tokens) after the name its verb of
# saying may stand ("<name> of the Iraqi army told": the apposition between).
_SENTENCES_AHEAD = 2
_VERB_REACH = 12


def _described(subject: Token) -> bool:
    """An indefinite description by office with no name in it: "a senior Iraqi officer"."""
    if subject.pos_ != "NOUN" or subject.lemma_.casefold() not in _OFFICES:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subject.children):
        return False
    return not any(t.pos_ == "PROPN" for t in subject.subtree)


def _affiliations(subject: Token) -> set[str]:
    """The description's nationality or proper modifiers ("Iraqi", "Russian"): words the name's sentence repeats."""
    return {c.lower_ for c in subject.children if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ == "NORP"}


def _next_sentences(subject: Token) -> list[Span]:
    found: list[Span] = []
    sentence = subject.sent
    while len(found) < _SENTENCES_AHEAD and sentence.end < len(subject.doc):
        sentence = subject.doc[sentence.end].sent
        found.append(sentence)
    return found


def _speaks(person: Span) -> bool:
    """A verb of saying right after the name ("<name> said", "<name> of the militia told AP")."""
    doc = person.doc
    after = doc[person.end : min(person.end + _VERB_REACH, person.sent.end)]
    return any(t.pos_ == "VERB" and t.lemma_.casefold() in _SAYING for t in after)


def named_later(subject: Token) -> Token | None:
    """The head of the name a described denier is given in the next two sentences, or None."""
    if not _described(subject):
        return None
    wanted = _affiliations(subject)
    for sentence in _next_sentences(subject):
        for person in entities_within(subject.doc, sentence.start, sentence.end, "PERSON"):
            if not _speaks(person):
                continue
            if wanted and not wanted & {t.lower_ for t in sentence}:
                return None  # the first named speaker is another side's
            return person.root
    return None
