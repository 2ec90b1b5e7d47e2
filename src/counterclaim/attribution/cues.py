"""Stage 3: cues — the reporting words that tie a speaker to what was said, read off the parse.

A cue is a verb of saying (``lexicon/data/reporting_verbs.txt``: "says", "warned", "was quoted as
saying"), the phrase "according to", or a report noun (``report_nouns.txt``: ("reports from activists", "There have
been reports of …"). Verbs of plain saying need a clausal complement to count ("said the strikes
hit IS" is a statement, "said on Tuesday" is not); verbs that take what was said as an object
("denied the claims", "accused Russia of …", "urged calm") count with an object too.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.nlp import same_paragraph

__all__ = [
    "according_source",
    "concern_tokens",
    "content_tokens",
    "is_attitude_verb",
    "is_belief_adjective",
    "is_cue_verb",
    "is_directive_verb",
    "is_mention_verb",
    "is_quote_cue",
    "is_report_noun",
    "is_speech_noun",
    "mentioned_tokens",
    "phrasal_particle",
    "subject_of",
    "takes_object",
    "verb_lemma",
]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Climbing from a cue with no subject of its own: "was quoted as saying", "said … and added",
# "criticised the plan, saying …". Each step goes to the head through one of these relations.
_CLIMB_DEPS = frozenset({"xcomp", "pcomp", "prep", "advcl", "conj"})
_VERBAL_POS = frozenset({"VERB", "AUX"})
# A predicate that characterizes ("branded the vote a sham", "called it unfair"); a verb there is an
# event seen or made ("saw men clambering over the rubble"), not a judgement.
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})


_VOWELS = frozenset("aeiou")
_REPLY_VERBS = frozenset({"respond", "reply"})  # a reply's matter is an act of asking (asking_nouns.txt)


def verb_lemma(token: Token) -> str:
    """The lemma to look a verb up by, with the lemmatizer's lost "e" restored ("hoped" -> "hope", not "hop").

    Why: a one-syllable verb ending consonant-vowel-consonant doubles its last letter before -ed, -es
    and -ing ("hop" -> "hopped"), so an undoubled "hoped", "rated" or "hoping" is "hope", "rate",
    "hope" less its "e"; the statistical lemmatizer sometimes strips the ending and the "e" with it."""
    lemma = token.lemma_.casefold()
    if token.pos_ in _VERBAL_POS and _lost_its_e(lemma, token.lower_):
        return lemma + "e"
    return lemma


def _lost_its_e(lemma: str, form: str) -> bool:
    if form not in {lemma + "ed", lemma + "es", lemma + "ing"} or len(lemma) < 3 or not lemma.isalpha():
        return False
    last, middle, first = lemma[-1], lemma[-2], lemma[-3]
    closed = last not in _VOWELS | {"w", "x", "y"} and middle in _VOWELS and first not in _VOWELS
    return closed and len(re.findall("[aeiou]+", lemma)) == 1


def _in_passive_voice(verb: Token) -> bool:
    """ "was praised", "the toll was cited": a passive auxiliary or subject hangs on the verb. The classes of
    verbs below are read in the active voice only (passives are ``passives.py``'s)."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def takes_object(verb: Token) -> bool:
    """A verb whose object can be the thing said ("denied the claims", "praised the truce"); for the rest
    a clause is required."""
    lemma = verb_lemma(verb)
    if lemma in words(SHARED, "reporting_verbs_with_object") or lemma in mapping(ATTRIBUTION, "attitude_verbs"):
        return True
    return _holds_its_object(verb)


def _holds_its_object(verb: Token) -> bool:
    """ "residents fear a new offensive", "the rebels want a ceasefire": a verb of wanting or expecting
    (``data/object_beliefs.txt``) whose object, more than a person alone, is the position held."""
    if verb_lemma(verb) not in words(ATTRIBUTION, "object_beliefs"):
        return False
    if _in_passive_voice(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return any(not _names_a_person(o) for o in objects)


def is_belief_adjective(token: Token) -> bool:
    """ "residents are convinced that …", "the envoy was not sure whether …": an adjective of certainty or
    fear (``data/belief_adjectives.txt``) after a copula, with the clause it holds hanging on it."""
    if token.dep_ != "acomp":
        return False
    if token.lower_ in words(ATTRIBUTION, "belief_adjectives") and any(
        c.dep_ == "ccomp" and c.i > token.i for c in token.children
    ):
        return True
    return bool(concern_tokens(token))


_CONCERN_PREPOSITIONS = frozenset({"about", "over"})


def concern_tokens(adjective: Token) -> list[Token]:
    """The matter of "worried about the crossing" (``data/concern_adjectives.txt``), or nothing."""
    if adjective.lower_ not in words(ATTRIBUTION, "concern_adjectives"):
        return []
    preps = [c for c in adjective.rights if c.dep_ == "prep" and c.lower_ in _CONCERN_PREPOSITIONS]
    objects = [o for p in preps for o in p.children if o.dep_ in {"pobj", "pcomp"}]
    return _trim(sorted({t for o in objects for t in o.subtree}, key=lambda t: t.i))


def is_attitude_verb(token: Token) -> bool:
    """ "the council praised the truce", "the poll shows a tightening race": a verb of judging or of
    showing (``data/attitude_verbs.tsv``, VerbNet judgment-33) in the active voice, with an object
    that is more than a person. The object is the position taken, or what was shown."""
    if token.pos_ not in _VERBAL_POS or verb_lemma(token) not in mapping(ATTRIBUTION, "attitude_verbs"):
        return False
    if _in_passive_voice(token):
        return False
    objects = [c for c in token.children if (c.dep_ in {"dobj", "ccomp"} or _is_gerund(c)) and c.i > token.i]
    if any(o.dep_ == "dobj" for o in objects) and _judged_for(token):
        return True  # "mocked the envoy for ignoring the toll": the person and the ground judged
    return any(o.dep_ != "dobj" or not _names_a_person(o) for o in objects)


_SPANS_OF_TIME = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY"})


def _judged_for(verb: Token) -> bool:
    """A "for" phrase on a verb of judging giving the ground of the judgement ("praised the medics for their
    courage", VerbNet judgment-33's "NP V NP for NP"): with it a person judged is a position taken; a span
    of time ("questioned two men for hours") is no ground."""
    grounds = [o for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for" for o in c.children]
    return any(o.dep_ == "pcomp" or (o.dep_ == "pobj" and o.ent_type_ not in _SPANS_OF_TIME) for o in grounds)


def _is_gerund(child: Token) -> bool:
    """ "proposed allowing parents to deduct …", "cited improving services as a priority": a gerund is the
    verb's object (the parse hangs it as an open complement), an act proposed or brought up."""
    return child.dep_ == "xcomp" and child.tag_ == "VBG"


def _names_a_person(noun: Token) -> bool:
    """A person (or a bare pronoun) and nothing said of them: "questioned Lee" is an interrogation and
    "praised him" names no position, but "shows Clinton with a lead" does."""
    person = noun.ent_type_ in {"PERSON", "NORP"} or noun.pos_ == "PRON" or _is_person_noun(noun)
    return person and not any(c.dep_ in {"prep", "acl", "relcl", "amod"} for c in noun.rights)


_CLAIMS = "counterclaim.claims"


def _is_person_noun(noun: Token) -> bool:
    """ "questioned two men", "praised the medics": a noun for people (claims' ``person_nouns.txt``, the class
    a casualty count counts) names people as a name does, and nothing said of them."""
    return noun.pos_ == "NOUN" and noun.lemma_.casefold() in words(_CLAIMS, "person_nouns")


def is_mention_verb(token: Token) -> bool:
    """ "the envoy cited the toll", "the monitor pointed to the shelling": a verb of bringing something up
    (``data/mention_verbs.tsv``) in the active voice with what it brings up (more than a person)."""
    if token.pos_ not in _VERBAL_POS or verb_lemma(token) not in mapping(ATTRIBUTION, "mention_verbs"):
        return False
    if _in_passive_voice(token):
        return False
    return bool(mentioned_tokens(token))


def mentioned_tokens(verb: Token) -> list[Token]:
    """What a verb of mentioning brings up: its object (or the object of its preposition, "pointed to X"),
    with an "as" phrase ("pointed to the vote as a warning"); nothing when that is a person alone."""
    where = mapping(ATTRIBUTION, "mention_verbs").get(verb_lemma(verb))
    if where == "object":
        objects = [c for c in verb.children if (c.dep_ == "dobj" or _is_gerund(c)) and c.i > verb.i]
    else:
        wanted = set((where or "").split("|"))
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in wanted and c.i > verb.i]
        objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    if not objects or all(_names_a_person(o) for o in objects):
        return []
    if verb_lemma(verb) in _REPLY_VERBS and not any(
        o.lemma_.casefold() in words(ATTRIBUTION, "asking_nouns") for o in objects
    ):
        return []  # "responded to the attack": an act, not a reply
    roles = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and any(c.children)]
    mentioned = sorted({t for c in objects + roles for t in c.subtree}, key=lambda t: t.i)
    return _trim(_without_appositive_relatives(mentioned))


def characterizes(verb: Token) -> bool:
    """ "described the fighters as mercenaries", "branded the vote a sham": a verb of characterizing
    (``data/characterizing_verbs.txt``) in the active voice with an object and its predicate."""
    lemma = verb_lemma(verb)
    likens = lemma in mapping(ATTRIBUTION, "comparing_verbs")
    if verb.pos_ not in _VERBAL_POS or not (likens or lemma in words(ATTRIBUTION, "characterizing_verbs")):
        return False
    if _in_passive_voice(verb):
        return False
    return bool(_characterized(verb))


def _characterized(verb: Token) -> list[Token]:
    """The object and its "as" phrase or predicate (for a verb of likening, its "to" / "with" phrase), or
    nothing when either is missing."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    carriers = {"as", *mapping(ATTRIBUTION, "comparing_verbs").get(verb_lemma(verb), "").split("|")}
    predicates = [c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.i > verb.i and c.pos_ in _NOMINAL]
    phrases = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ in carriers]
    predicates += [c for c in phrases if any(c.children)]
    if not objects or not predicates:
        return []
    return sorted({t for c in objects + predicates for t in c.subtree}, key=lambda t: t.i)


def is_directive_verb(token: Token) -> bool:
    """ "the governor encouraged residents to leave", "implored the donors to send food": a verb of urging or
    advising (``data/directive_verbs.txt``, VerbNet urge-58.1, advise-37.9) in the active voice with an
    object and a to-infinitive after it; the object and the act urged on it are what was said."""
    if token.pos_ not in _VERBAL_POS or verb_lemma(token) not in words(ATTRIBUTION, "directive_verbs"):
        return False
    return not _in_passive_voice(token) and bool(_directed(token)) and _can_urge(subject_of(token))


_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Speaker nouns of attribution's own classes: roles, bodies, groups of people, documents.
_AGENT_NOUN_LISTS = ("titles", "org_nouns", "group_nouns", "generic_body_nouns", "described_bodies", "document_nouns")


def _can_urge(subject: Token | None) -> bool:
    """Someone who can urge: a person, body, group or document (a name, a pronoun for someone, an agent
    noun such as "speechwriters" by claims' ``agent_noun_suffixes.txt``, a noun of the speaker classes or
    of people). "The program encourages schools to offer milk" names no one urging: a scheme or a state
    of affairs that makes an act likelier."""
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ not in words(ATTRIBUTION, "inanimate_pronouns")
    if subject.ent_type_ in _AGENT_ENTITIES or subject.pos_ == "PROPN":
        return True
    lemma = subject.lemma_.casefold()
    if lemma.endswith(tuple(words(_CLAIMS, "agent_noun_suffixes"))):  # "speechwriters", "activists"
        return True
    return _is_person_noun(subject) or any(lemma in words(ATTRIBUTION, name) for name in _AGENT_NOUN_LISTS)


def _directed(verb: Token) -> list[Token]:
    """The object and its infinitive ("residents to leave the old city"), or nothing when either is missing."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return []
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and _is_infinitive(c) and c.i > objects[0].i]
    if not acts:
        return []
    return sorted({t for c in objects + acts for t in c.subtree}, key=lambda t: t.i)


def takes_infinitive(verb: Token) -> bool:
    """ "wants to reopen the crossing", "plans to field a candidate": the infinitive is the position held."""
    return verb_lemma(verb) in words(ATTRIBUTION, "infinitive_cues")


def is_report_noun(token: Token) -> bool:
    """ "reports from activists" names a source; "There have been reports of …" is unattributed."""
    return token.pos_ == "NOUN" and token.lemma_.casefold() in words(SHARED, "report_nouns")


def is_speech_noun(token: Token) -> bool:
    """ "Russia's assertion that …", "the ministry's fear that …": a noun of saying, finding or believing
    (``data/speech_nouns.tsv``) whose that-clause is the content; it needs an owner (reported.py)."""
    return token.pos_ == "NOUN" and token.lemma_.casefold() in mapping(ATTRIBUTION, "speech_nouns")


# Verbs that report speech only with their particle: "called for a ceasefire", "called on Moscow to
# withdraw" (but "called it a sham", "called at the house").
PHRASAL_CUES = {"call": ("for", "on")}


def phrasal_particle(token: Token) -> Token | None:
    """The "for" of "called for" (or "on" of "called on"), when ``token`` is a phrasal cue used with it."""
    wanted = PHRASAL_CUES.get(token.lemma_.casefold())
    if wanted is None:
        return None
    particles = (c for c in token.children if c.dep_ == "prep" and c.lower_ in wanted)
    return next((c for c in particles if _names_more_than_a_time(c)), None)


def _names_more_than_a_time(particle: Token) -> bool:
    """ "called on Moscow to withdraw", not "called on Friday to express thanks" (a date is no addressee)."""
    objects = [c for c in particle.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objects) and not all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def is_quote_cue(token: Token) -> bool:
    """A verb that can attribute a direct quote: a reporting verb, or one that introduces only quotes
    ('"Is it over?" she asked' is a quote; "asked whether …" is a question, not a statement)."""
    quote_only = verb_lemma(token) in words(SHARED, "reporting_verbs_quote_only")
    return is_cue_verb(token) or (token.pos_ in _VERBAL_POS and quote_only)


def is_cue_verb(token: Token) -> bool:
    """A reporting verb (by lemma), used as a verb."""
    if token.pos_ not in _VERBAL_POS:
        return False
    if verb_lemma(token) in words(SHARED, "reporting_verbs") or characterizes(token):
        return True
    return phrasal_particle(token) is not None or _labels(token)


def _labels(token: Token) -> bool:
    """ "Trump called her a liar": calling something a name is a statement about it (not "also called Q-West")."""
    if token.lemma_.casefold() != "call" or not any(c.dep_ == "nsubj" for c in token.children):
        return False
    return any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ in {"oprd", "xcomp"} for c in token.children)


def according_source(token: Token) -> Token | None:
    """The X of "according to X" (``token`` is "according"), or None when the parse gives none."""
    for prep in token.children:
        if prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def subject_of(verb: Token) -> Token | None:
    """The speaker's head word: the cue's own subject, or one inherited from the clause it hangs on."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and not same_paragraph(child, verb):
                return None  # a heading the parse joined to the cue's sentence names no speaker
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in {"who", "that", "which"} and current.dep_ == "relcl":
                    return current.head
                return child
        if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i:
            break
        current = current.head
    return None


def _complement(verb: Token) -> Token | None:
    """The clause said. One after the verb wins over one before it: in "The revelation set off a row:
    Republicans said they were convinced …" the parse hangs both clauses on "said"."""
    if takes_infinitive(verb):  # "wants to reopen the crossing": never a clause ("a wanted man reported killed")
        return next((c for c in verb.children if c.dep_ == "xcomp" and _is_infinitive(c)), None)
    clauses = []
    for child in verb.children:
        if not same_paragraph(child, verb):
            continue  # a heading the parse hung on this verb
        gerund = child.dep_ == "xcomp" and child.tag_ == "VBG"  # "said having the captain back was a relief"
        if child.dep_ == "ccomp" or gerund or (child.dep_ == "xcomp" and takes_object(verb)):
            clauses.append(child)
    if clauses:
        return next((c for c in clauses if c.i > verb.i), clauses[0])
    if _holds_an_infinitive(verb):  # "hopes to resume the talks"
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and _is_infinitive(c)), None)
        if infinitive is not None:
            return infinitive
    for child in verb.children:
        if child.dep_ == "pcomp":
            return child
    return _that_clause(verb)


def _holds_an_infinitive(verb: Token) -> bool:
    """A verb of hoping or agreeing in the active voice ("is expected to" is a passive: passives.py)."""
    if verb_lemma(verb) not in words(ATTRIBUTION, "infinitive_or_clause"):
        return False
    return not _in_passive_voice(verb)


def _is_infinitive(clause: Token) -> bool:
    """A to-infinitive ("to reopen the crossing"), not a participle or a small clause."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


_OWN_STATEMENT_DEPS = frozenset({"advcl", "conj", "parataxis"})


def _that_clause(verb: Token) -> Token | None:
    """ "said in a statement that the vote would be delayed": the parse hangs the clause on "statement".

    Not one under a second verb of saying hung on this one ("mocked the rival, claiming that …"): that
    clause is the second verb's statement."""
    others = {t.i for c in verb.rights if c.dep_ in _OWN_STATEMENT_DEPS and is_cue_verb(c) for t in c.subtree}
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in {"acl", "relcl", "ccomp", "advcl"} or token.i in others:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            return token
    return None


def content_tokens(verb: Token) -> list[Token]:
    """What was said according to ``verb``: its clausal complement, or for object cues the rest of the clause.

    Empty when the verb has nothing that can be a statement (a bare "said on Tuesday").
    """
    particle = phrasal_particle(verb)
    if particle is not None:
        # "called for a ceasefire" (pobj), "called for reducing the rate" (pcomp), "called on Moscow to
        # withdraw" (the infinitive hangs on the verb or on the object)
        said = [c for c in particle.children if c.dep_ in {"pobj", "pcomp"}]
        if particle.lower_ != "for":  # "called on X" says something only with what X is to do
            wanted = [c for c in verb.children if c.dep_ in {"xcomp", "advcl", "ccomp"} and c.i > particle.i]
            wanted += [t for c in said for t in c.subtree if t.dep_ in {"acl", "relcl"} and t.tag_ == "VB"]
            if not wanted:
                return []
            said += [c for c in wanted if c.dep_ in {"xcomp", "advcl", "ccomp"}]
        return _trim(sorted((t for c in said for t in c.subtree), key=lambda t: t.i))
    if _labels(verb):
        named = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "xcomp"}]
        return _trim(sorted((t for c in named for t in c.subtree), key=lambda t: t.i))
    if characterizes(verb):
        return _trim(_characterized(verb))
    if is_directive_verb(verb):
        return _trim(_directed(verb))
    complement = _complement(verb)
    if complement is not None:
        tokens = _without_own_statements(complement)
    elif takes_object(verb):
        right = [c for c in verb.rights if c.dep_ not in {"punct", "cc", "conj", "npadvmod", "advcl"}]
        right = [c for c in right if c.dep_ in {"dobj", "prep", "xcomp", "dative", "attr", "oprd", "ccomp"}]
        if not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in right):
            return []  # "wrote about style" names a topic, not what was said
        tokens = _without_appositive_relatives([t for c in right for t in c.subtree])
    elif verb.dep_ == "parataxis":
        tokens = _around_parenthetical(verb)
    else:
        return []
    return _trim([t for t in sorted(tokens, key=lambda t: t.i) if same_paragraph(t, verb)])


def _without_own_statements(complement: Token) -> list[Token]:
    """The clause said, less a conjunct that is a statement of its own: in "she said fathers would not be
    eligible, and when pressed, the mother replied …" the parse joins "replied" to what she said, but
    a verb of saying with its own subject starts a new statement."""
    own = [c for c in complement.children if c.dep_ == "conj" and c.i > complement.i and _speaks_for_itself(c)]
    if not own:
        return list(complement.subtree)
    cut = min(t.i for c in own for t in c.subtree)
    tokens = [t for t in complement.subtree if t.i < cut]
    while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    return tokens


def _without_appositive_relatives(tokens: list[Token]) -> list[Token]:
    """An object less a relative clause set off by a comma ("praised the plan, which opens two crossings"):
    a non-restrictive relative is the reporter's aside about the thing judged, not part of the judgement
    (a restrictive one, "the plan that opens two crossings", names which plan and stays)."""
    doc = tokens[0].doc if tokens else None
    asides = {
        t.i
        for relative in tokens
        if relative.dep_ == "relcl"
        and doc is not None
        and relative.left_edge.i > 0
        and doc[relative.left_edge.i - 1].text == ","
        for t in relative.subtree
    }
    return [t for t in tokens if t.i not in asides]


def _speaks_for_itself(verb: Token) -> bool:
    """A cue verb with its own subject, not a second clause of the same saying ("agreed that … but that it
    would add …": the "that" marks it as said too)."""
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    return is_cue_verb(verb) and any(c.dep_ == "nsubj" for c in verb.children)


def _around_parenthetical(verb: Token) -> list[Token]:
    """What a cue set off by commas reports. Inside the clause ("The strikes, the ministry said, killed
    12 people"), the whole clause without the cue; after it ("Some want to spread panic …, he said,
    but …"), the clause before the cue (what follows is the reporter's)."""
    head = verb.head
    if verb.i < head.i:
        own = {t.i for t in verb.subtree}
        return [t for t in head.subtree if t.i not in own]
    return [t for t in head.subtree if t.i < verb.left_edge.i]


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading "that" and edge punctuation so the content reads as the clause itself.

    A semicolon ends the reported clause: in "said the curfew would stay; residents stayed indoors"
    what follows it is the reporter's next clause.
    """
    cut = next((n for n, t in enumerate(tokens) if t.text == ";" and n), None)
    if cut is not None:
        tokens = tokens[:cut]
    while tokens and (tokens[0].is_punct or (tokens[0].dep_ == "mark" and tokens[0].lower_ in {"that", "if"})):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {"?", "!"}:
        tokens = tokens[:-1]
    return tokens
