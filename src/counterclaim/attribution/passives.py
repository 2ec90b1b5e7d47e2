"""Stage 3: positions told in the passive — "the strikes are believed to have killed 40".

A verb of saying or believing in the passive keeps its content (the subject with its infinitive,
or the subject with what it was called) and moves its source into a "by" phrase or out of the
sentence: "X is said by diplomats to …" names the source, "X is widely expected to …" names none
(an unattributed statement, as "it is believed that …"). The verbs and the forms each allows are
data (``data/passive_cues.tsv``); the event reading of a reporting verb ("the attack was reported
near the border") is no form at all, so it never becomes a statement. No one's words are given, so
reported.py makes each a belief (a finding for a verb of finding), never a quote.
"""

from __future__ import annotations

from spacy.tokens import Token

from counterclaim.attribution.candidates import ATTRIBUTION, UNATTRIBUTED, Candidate, clause_span, word_count
from counterclaim.attribution.cues import verb_lemma
from counterclaim.attribution.mentions import Mention, describe
from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.nlp import doc_text, same_paragraph

__all__ = ["evident_statement", "is_seeming_verb", "passive_form", "passive_statement", "seeming_statement"]

MIN_CONTENT_WORDS = 4  # the subject and a predicate of more than one word
MIN_AGENT_WORDS = 2  # "the plan was endorsed by X": the subject alone is the matter
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _forms(verb: Token) -> set[str]:
    """The forms a lemma allows ("raising", "as", "agent", "charge"), its charge preposition cut off."""
    return {f.split(":")[0] for f in _entry(verb).split("|")} - {""}


def _entry(verb: Token) -> str:
    return mapping(ATTRIBUTION, "passive_cues").get(verb_lemma(verb), "")


def _is_passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and same_paragraph(c, verb)), None)
    if subject is None or subject.lower_ in {"it", "there"}:  # "it is believed that …": reported.py reads it
        return None
    return subject


def _infinitive(verb: Token) -> Token | None:
    """The "to have killed 40" of "are believed to have killed 40"."""
    for child in verb.children:
        if (
            child.dep_ == "xcomp"
            and child.i > verb.i
            and any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "to" for c in child.children)
        ):
            return child
    return None


def _predicate(verb: Token) -> list[Token]:
    """What the subject was called: "as a pause" ("viewed as"), or "a sham" ("was branded a sham")."""
    found = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and any(c.children)]
    found += [c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.i > verb.i and c.pos_ in _NOMINAL]
    return found


def passive_form(verb: Token) -> str | None:
    """ "raising" or "as" when ``verb`` is a passive cue used in a form its lemma allows, else None."""
    if not _is_passive(verb) or _subject(verb) is None:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "could be expected to appeal": a guess of the reporter's, not anyone's position
    forms = _forms(verb)
    if "raising" in forms and _infinitive(verb) is not None:
        return "raising"
    if "as" in forms and _predicate(verb):
        return "as"
    if "charge" in forms and _charge(verb) and not _denied(verb):
        return "charge"
    if "agent" in forms and _agent(verb) is not None:
        return "agent"
    return None


def _denied(verb: Token) -> bool:
    """ "has never been charged", "neither X nor Y have been charged": a charge no one brought."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subject = _subject(verb)
    return subject is not None and any(t.lower_ in _NO_ONE for t in subject.subtree if t.dep_ in {"preconj", "det"})


_NO_ONE = frozenset({"neither", "no", "none"})


def _charge(verb: Token) -> list[Token]:
    """The act a person is accused of: "of using the funds", "for the outbreak", "with manslaughter" — the
    verb's own preposition only ("accused of X, with claims of Y": the claims are the reporter's)."""
    own = next((f.split(":")[1] for f in _entry(verb).split("|") if f.startswith("charge:")), None)
    found = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == own and any(c.children)]
    return found[:1]


def _agent(verb: Token) -> Token | None:
    """The X of "by X" (spaCy's ``agent`` relation), who holds the position."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _content_parts(verb: Token, form: str) -> list[Token]:
    """Beside the subject, what the position is about: the infinitive, the predicate or the charge."""
    if form == "raising":
        said = _infinitive(verb)
        return [said] if said is not None else []
    if form == "as":
        return _predicate(verb)
    if form == "charge":
        return _charge(verb)
    return []  # agent: the subject is what was endorsed or reported


def passive_statement(verb: Token) -> Candidate | None:
    """The statement of a passive cue: its subject and infinitive (or predicate), its agent the source."""
    form = passive_form(verb)
    subject = _subject(verb)
    if form is None or subject is None:
        return None
    parts = _content_parts(verb, form)
    own = {t.i for t in subject.subtree} | {t.i for p in parts for t in p.subtree}
    tokens = sorted((t for t in verb.doc[min(own) : max(own) + 1] if same_paragraph(t, verb)), key=lambda t: t.i)
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    span = clause_span(tokens)
    minimum = MIN_AGENT_WORDS if form == "agent" else MIN_CONTENT_WORDS
    if span is None or word_count(doc_text(verb.doc)[span[0] : span[1]]) < minimum:
        return None
    agent = _agent(verb)
    mention = describe(agent) if agent is not None else Mention(UNATTRIBUTED, verb.idx, verb.idx + len(verb))
    auxiliaries = [c for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg"}]
    cue_text = " ".join(t.text for t in [*auxiliaries, verb])  # "has been endorsed", "is not thought"
    candidate = Candidate(span[0], span[1], False, mention, verb, 0, cue_text=cue_text)
    return candidate


def is_seeming_verb(verb: Token) -> bool:
    """ "seem", "appear" (``data/seeming_verbs.txt``), used as a verb."""
    return verb.pos_ in {"VERB", "AUX"} and verb_lemma(verb) in words(ATTRIBUTION, "seeming_verbs")


def seeming_statement(verb: Token) -> Candidate | None:
    """ "The truce seems to hold", "it appears that the talks have stalled": a judgement with no holder named.

    When the infinitive is itself a verb of saying ("appeared to suggest that …") its subject speaks,
    and reported.py reads that statement; a modal ("may seem") is the reporter's guess."""
    if not is_seeming_verb(verb):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "expl"} and same_paragraph(c, verb)), None)
    if subject is None:
        return None
    if subject.lower_ == "it":
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        own = {t.i for t in said.subtree} if said is not None else set()
    else:
        said = _infinitive(verb)
        if said is not None and verb_lemma(said) in words(SHARED, "reporting_verbs"):
            return None
        own = {t.i for t in subject.subtree} | ({t.i for t in said.subtree} if said is not None else set())
    if said is None:
        return None
    return _unattributed(verb, own)


def evident_statement(adjective: Token) -> Candidate | None:
    """ "It is clear that the militia planted the mines": an adjective of obviousness (``data/
    evident_adjectives.txt``) after "it" and a copula, with its that-clause, is a judgement with no
    holder named (a belief, as "it seems that …"). Negated or under a modal it holds nothing."""
    copula = adjective.head
    if adjective.dep_ != "acomp" or adjective.lower_ not in words(ATTRIBUTION, "evident_adjectives"):
        return None
    if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in copula.children):
        return None
    if any(_denies(c) for c in [*copula.children, *adjective.children]):
        return None
    clauses = [c for h in (copula, adjective) for c in h.children if c.dep_ == "ccomp" and c.i > adjective.i]
    said = next((c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if said is None:
        return None
    return _unattributed(adjective, {t.i for t in said.subtree})


def _denies(child: Token) -> bool:
    """ "not", "nor" ("Nor is it clear that …") or a modal ("it may be clear"): nothing is held as evident."""
    return child.dep_ == "neg" or child.lower_ in {"nor", "neither"} or (child.dep_ == "aux" and child.tag_ == "MD")


def _unattributed(verb: Token, own: set[int]) -> Candidate | None:
    tokens = [t for t in verb.doc[min(own) : max(own) + 1] if same_paragraph(t, verb)]
    while tokens and (tokens[0].is_punct or (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    span = clause_span(tokens)
    if span is None or word_count(doc_text(verb.doc)[span[0] : span[1]]) < MIN_CONTENT_WORDS:
        return None
    mention = Mention(UNATTRIBUTED, verb.idx, verb.idx + len(verb))
    candidate = Candidate(span[0], span[1], False, mention, verb, 0)
    candidate.kind = "belief"  # a judgement, not words anyone said
    return candidate
