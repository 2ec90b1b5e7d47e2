"""Stage 4: trigger conditions — the named tests a trigger's context must pass ("strike" is an attack only if ...).

Why named conditions: the trigger table (``data/claims_triggers.tsv``) says *which* test a
lemma needs ("hit" needs violence nearby, "strike" must not be "struck a deal"); the tests
themselves are these small functions over the parse, so the table stays data and each test
can be read on its own.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from counterclaim.claims.clauses import lemma, phrase_lemmas, subjects
from counterclaim.claims.modes import mode_cues
from counterclaim.datafiles import SHARED, mapping, words

__all__ = ["CONDITIONS"]

_MILITARY_WORDS = words("counterclaim.claims", "military_words")
_VIOLENT_WORDS = words("counterclaim.claims", "violence_words")


def _needs_violence(token: Token) -> bool:
    head = token.head if token.dep_ in {"acl", "relcl"} else token
    scope = {*token.subtree, *head.children, *(t for s in subjects(head) for t in s.subtree)}
    nearby = {lemma(t) for t in scope if t != token} | {t.lower_ for t in scope if t != token}
    return bool(nearby & (_VIOLENT_WORDS | set(mode_cues())))


_STRUCK_IDIOMS = words("counterclaim.claims", "strike_idiom_objects")


def _strike_not_idiom(token: Token) -> bool:
    """ "Russia struck areas" is an attack, "the sides struck a deal" is not."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if objects:
        return all(o.lemma_.lower() not in _STRUCK_IDIOMS for o in objects)
    return _needs_violence(token)


def _needs_object(token: Token) -> bool:
    return any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "nsubjpass", "attr", "prt"} for c in token.children) or (
        token.dep_ in {"acl", "relcl", "amod"}
    )


def _with_partner(token: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in token.children):
        return True
    for subject in subjects(token):
        if any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in {"NNS", "NNPS"}:
            return True
    return False


_LABOUR_WORDS = words("counterclaim.claims", "labour_words")


def _protest_strike(token: Token) -> bool:
    """ "Workers went on strike", "a hunger strike", "an open-ended strike" by a union: a strike, not an attack. A
    labour word elsewhere in the sentence is enough, unless the strike itself does violence ("the strikes destroyed
    two positions, said a monitor that relies on doctors")."""
    on_strike = token.dep_ == "pobj" and token.head.lower_ == "on"
    if on_strike or any(lemma(t) in _LABOUR_WORDS for t in token.subtree):
        return True
    return any(lemma(t) in _LABOUR_WORDS for t in token.sent) and not _strike_does_violence(token)


def _strike_does_violence(token: Token) -> bool:
    """The strike is the subject of an attack verb ("the strikes destroyed", "strikes killed 12")."""
    from counterclaim.claims.triggers import rule_for  # the trigger table is built on these conditions

    verb = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or verb == token:
        return False
    return (rule := rule_for(verb)) is not None and rule.event_type == "ASSAULT"


def _military_object(token: Token) -> bool:
    scope = [c for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}]
    return any(phrase_lemmas(c) & _MILITARY_WORDS for c in scope)


_TERRITORY_WORDS = words("counterclaim.claims", "territory_nouns")


def _territory_object(token: Token) -> bool:
    """ "seized the town", "liberated Deir Ezzor": the object is held ground, a place entity, or a proper name the
    gazetteer knows as a town (the small model leaves many Arabic place names untagged)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(
        o.lemma_.lower() in _TERRITORY_WORDS or o.ent_type_ in {"GPE", "LOC", "FAC"} or _known_town(o) for o in objects
    )


def _known_town(token: Token) -> bool:
    """A proper-noun phrase (not an organisation or a people) that names a populated place in the gazetteer."""
    if token.pos_ != "PROPN" or token.ent_type_ in {"ORG", "NORP"}:
        return False
    from counterclaim.claims.gazetteer import gazetteer  # loaded once; the pipeline loads it anyway

    name = " ".join(t.text for t in token.subtree if t.pos_ == "PROPN")
    return bool(gazetteer().city_candidates(name) or gazetteer().admin1_candidates(name))


_ARMED_WORDS = words("counterclaim.claims", "non_state_armed_words") | words("counterclaim.claims", "armed_nouns")


def _armed_out_of_place(token: Token) -> bool:
    """ "expelled the rebels from their positions", "drove the militants out of the town": armed men put out of
    held ground is ground changing hands; "expelled the ambassador" is a diplomatic sanction."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    armed = any(phrase_lemmas(o) & (_ARMED_WORDS | _MILITARY_WORDS) or _armed_group(o) for o in objects)
    leaving = [c for c in token.children if c.lower_ in {"from", "out"}]
    return armed and bool(leaving)


_TIE_NOUNS = words("counterclaim.claims", "diplomatic_tie_nouns")


_TIE_MODIFIERS = words("counterclaim.claims", "diplomatic_tie_modifiers")


def _diplomatic_tie(token: Token) -> bool:
    """ "established diplomatic ties", "opened an embassy": not "opened the road", nor "a meeting aimed at
    establishing close personal relations" (relations and ties count when a modifier makes them a state's)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    for head in objects:
        word = lemma(head)
        if word in _TIE_NOUNS and (word in {"embassy", "consulate"} or phrase_lemmas(head) & _TIE_MODIFIERS):
            return True
    return False


def _armed_group(token: Token) -> bool:
    """The object names an armed group of the actor lexicon ("drove the jihadist group out of its base")."""
    from counterclaim.actors import lexicon

    return any(lexicon().kind(m.canonical) == "armed_group" for m in lexicon().find_in(token.subtree))


_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})


def _violent_content(token: Token) -> bool:
    """ "vowed to recapture every city", "swore to crush the rebels": a vow whose complement is a conflictual act
    is a threat (CAMEO 138, PLOVER THREATEN), as is one said in violent words."""
    from counterclaim.claims.triggers import rule_for  # the trigger table is built on these conditions

    complements = [c for c in token.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"]
    conflictual = any((rule := rule_for(c)) is not None and rule.event_type in _CONFLICT_TYPES for c in complements)
    return conflictual or _needs_violence(token)


_CIVIL_OBJECTS = words("counterclaim.claims", "civil_mission_nouns")


def _civil_object(token: Token) -> bool:
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(phrase_lemmas(o) & _CIVIL_OBJECTS for o in objects)


_PEACEKEEPING_WORDS = words("counterclaim.claims", "peacekeeping_words")


def _peacekeeping_object(token: Token) -> bool:
    """ "deployed peacekeepers", "the deployment of a peacekeeping force", "peacekeepers were sent": what is moved
    keeps a peace for others, which CAMEO 074 ("Provide military protection or peacekeeping") codes as AID, not as
    a MOBILIZE of one's own forces."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "compound"}]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(phrase_lemmas(o) & _PEACEKEEPING_WORDS for o in objects)


_WEAPON_NOUNS = words("counterclaim.claims", "weapon_nouns")


def _weapon_object(token: Token) -> bool:
    """ "used sarin", "dropped barrel bombs", "the use of chemical weapons": using or dropping a weapon is an attack;
    "used the money", "dropped the charges" are not."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    cues = set(mode_cues()) | _WEAPON_NOUNS
    return any(phrase_lemmas(o) & cues for o in objects)


_ROUTE_NOUNS = words("counterclaim.claims", "route_nouns")


def _route_object(token: Token) -> bool:
    """ "cut the last road into the city", "the highway was cut": cutting a route restricts movement, a siege's act
    (CAMEO 191 "Impose blockade, restrict movement", COERCE), not the SANCTION of cutting ties or aid."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in _ROUTE_NOUNS for o in objects)


_COUNT_WORDS = frozenset(mapping("counterclaim.claims", "vague_numbers"))


def _counted_casualty(token: Token) -> bool:
    """ "35 casualties", "dozens of casualties", "caused heavy casualties": casualties counted or caused by an act
    are an attack's outcome; "civilian casualties have been high", "the casualties include women" describe a
    toll and report no attack of their own."""
    counted = any(t.like_num or lemma(t) in _COUNT_WORDS for t in token.subtree if t != token)
    return counted or token.dep_ in {"dobj", "pobj", "conj"}


_REPORT_OBJECTS = words("counterclaim.claims", "media_nouns") | words(SHARED, "report_nouns") | words(
    "counterclaim.claims", "published_matter_nouns"
)


def _non_media_object(token: Token) -> bool:
    """ "released the hostages", "offered aid" are events; "released footage", "offered different accounts of the
    toll" publish something and are not."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(lemma(o) in _REPORT_OBJECTS for o in objects):
        return False
    return token.pos_ != "VERB" or _needs_object(token)


def _intransitive(token: Token) -> bool:
    return not any(c.dep_ in {"dobj", "ccomp"} for c in token.children)


_MEDIA_NOUNS = words("counterclaim.claims", "media_nouns")


def _crowd_gathers(token: Token) -> bool:
    """ "Hundreds gathered outside the ministry" is a protest; "gathered evidence" is not, nor a media advisory's
    "press will gather around the call"."""
    return _intransitive(token) and not any(lemma(s) in _MEDIA_NOUNS for s in subjects(token))


def _commits_to(token: Token) -> bool:
    """ "committed to withdrawing", "committed itself to a truce" is a pledge; "committed atrocities" is not."""
    return any((c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in token.children)


def _gunfire_sense(token: Token) -> bool:
    return token.tag_ == "NN" and _needs_violence(token)


def _as_subject(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"}


def _plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"}


def _diplomatic(token: Token) -> bool:
    from counterclaim.actors import lexicon

    for subject in subjects(token):
        if subject.tag_ in {"NNS", "NNPS"} and subject.pos_ != "PROPN":
            return False
        canonical = lexicon().canonical(subject.text)
        if canonical and lexicon().kind(canonical) in {"state", "organisation"}:
            return True
    return False


_CEASEFIRE_NOUNS = words("counterclaim.claims", "ceasefire_nouns")
_VIOLATION_WORDS = words("counterclaim.claims", "violation_words")


def _broken_things(token: Token) -> list[Token]:
    """What a violation word breaks: its object ("violated the truce"), compound ("ceasefire violations") or "of"
    phrase ("a breach of the ceasefire"); for "the truce was violated", its passive subject."""
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "compound", "nmod", "amod"}]
    return things + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _ceasefire_broken(token: Token) -> bool:
    """ "violated the ceasefire", "ceasefire violations", "a breach of the truce": fighting in breach of a truce is
    an attack (CAMEO 196), not a REJECT; "violated human rights" stays what it was."""
    return any(lemma(t) in _CEASEFIRE_NOUNS for t in _broken_things(token))


def _not_broken(token: Token) -> bool:
    """A ceasefire noun is an AGREE unless it is only the thing a violation breaks ("violated the truce")."""
    governor = token.head if token.dep_ != "pobj" else token.head.head
    return not (governor != token and lemma(governor) in _VIOLATION_WORDS and token in _broken_things(governor))


_FORMAL_COMPLAINT_WORDS = words("counterclaim.claims", "formal_complaint_words")


def _formal_complaint(token: Token) -> bool:
    """ "lodged an official protest with Albania", "a formal protest": a complaint delivered to a government (CAMEO
    114, ACCUSE), not a crowd in the street; "protesters lodged in tents" is no object of "lodge"."""
    delivered = token.dep_ == "dobj" and lemma(token.head) in _FORMAL_COMPLAINT_WORDS
    described = any(c.dep_ == "amod" and lemma(c) in _FORMAL_COMPLAINT_WORDS for c in token.children)
    return delivered or described


def _blockaders(token: Token) -> list[Token]:
    """Who imposes, keeps or lifts a blockade: the subject of the verb it is the object of, its owner ("the army's
    blockade"), or its "by" agent."""
    found = [c for c in token.children if c.dep_ == "poss"]
    found += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    if token.dep_ in {"dobj", "nsubjpass"} and token.head != token:
        found += subjects(token.head)
    return found


def _armed_blockade(token: Token) -> bool:
    """ "the navy imposed a blockade on the port", "the army lifted its blockade": a blockade by armed forces or a
    state restricts movement (CAMEO 191, COERCE); one by protesters ("blockaded the highway") stays a PROTEST."""
    from counterclaim.actors import lexicon

    for who in _blockaders(token):
        if phrase_lemmas(who) & (_MILITARY_WORDS | _ARMED_WORDS) or _armed_group(who):
            return True
        if any(lexicon().kind(m.canonical) == "state" for m in lexicon().find_in(who.subtree)):
            return True
    return False


CONDITIONS: dict[str, Callable[[Token], bool]] = {
    "needs_violence": _needs_violence,
    "needs_object": _needs_object,
    "with_partner": _with_partner,
    "protest_strike": _protest_strike,
    "military_object": _military_object,
    "as_subject": _as_subject,
    "plural": _plural,
    "diplomatic": _diplomatic,
    "strike_not_idiom": _strike_not_idiom,
    "territory_object": _territory_object,
    "armed_out_of_place": _armed_out_of_place,
    "violent_content": _violent_content,
    "diplomatic_tie": _diplomatic_tie,
    "civil_object": _civil_object,
    "gunfire_sense": _gunfire_sense,
    "intransitive": _intransitive,
    "weapon_object": _weapon_object,
    "route_object": _route_object,
    "peacekeeping_object": _peacekeeping_object,
    "crowd_gathers": _crowd_gathers,
    "commits_to": _commits_to,
    "counted_casualty": _counted_casualty,
    "non_media_object": _non_media_object,
    "ceasefire_broken": _ceasefire_broken,
    "not_broken": _not_broken,
    "formal_complaint": _formal_complaint,
    "armed_blockade": _armed_blockade,
}
