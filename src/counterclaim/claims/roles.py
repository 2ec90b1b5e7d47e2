"""Stage 4: roles — who did it (actors) and to whom or what (targets), as canonical names.

Why the dependency tree and not word order: "Russia's air force carried out strikes at eight
objects of the Islamic State" and "IS facilities were targeted by the air force" name the same
actor and target in opposite orders. Actors are subjects, passive agents ("by"), possessors
("Russia's strikes") and nationality adjectives ("Russian strikes"); targets are objects,
passive subjects and the complements of "against", "at", "on", "targeting". Every phrase is
named through the actor lexicon; a phrase the lexicon does not know is kept as written
("Jubaland security forces"), so that a reader still sees who the text says acted.

Pronouns: a possessive ("their aircraft", "our forces") or "the country" points to the
claimant's side; a subject "they"/"it" points to the actors of the claim before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from counterclaim.actors import lexicon
from counterclaim.claims.clauses import is_nominal
from counterclaim.claims.events import LIGHT_VERBS, EventMention, is_trigger, subjects
from counterclaim.claims.triggers import rule_for
from counterclaim.datafiles import SHARED, packaged_text, table_rows, words

__all__ = ["RoleContext", "Roles", "find_roles", "listed_categories", "name_phrase"]

_TARGET_PREPS = words("counterclaim.claims", "target_preps")
_PARTNER_PREPS = frozenset({"with", "to"})
_OF_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# A fight of two sides ("a clash between villagers and the police"): whoever stands after "between" or "among" fights.
_TWO_SIDED_FIGHTS = words("counterclaim.claims", "armed_clash_triggers")
_SIDES_PREPS = frozenset({"between", "among", "amongst"})
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "mark", "appos"})
_VICTIM_SUBJECT_VERBS = words("counterclaim.claims", "victim_subject_verbs")
_WITNESS_VERBS = words("counterclaim.claims", "witness_light_verbs")
_CEASEFIRE_NOUNS = words("counterclaim.claims", "ceasefire_nouns")
_INSTRUMENT_OBJECT_VERBS = words("counterclaim.claims", "instrument_object_verbs")
# Events with a partner or beneficiary named by "to"/"with": offers, aid, talks, cooperation, threats.
_PARTNER_TYPES = frozenset({"CONSULT", "COOPERATE", "AID", "THREATEN", "AGREE", "SUPPORT", "RETREAT"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_PLACE_PREPS = words("counterclaim.claims", "setting_preps")
_ASSAULT_LIKE = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION"})
_NOT_TARGET_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})
_HONORIFICS = words(SHARED, "honorifics")
_FIRST_PERSON = words("counterclaim.claims", "first_person_pronouns")
_POSSESSIVE_THIRD = words("counterclaim.claims", "third_person_possessives")
_SUBJECT_THIRD = words("counterclaim.claims", "third_person_pronouns")
_SELF_NOUNS = words("counterclaim.claims", "self_nouns")
_CIVILIAN_WORDS = words("counterclaim.claims", "civilian_nouns")
_ARMED_WORDS = words("counterclaim.claims", "armed_nouns")
_CROWD_WORDS = words("counterclaim.claims", "crowd_nouns")
# Things, not people: an attack on them alone is ACLED's property destruction.
_PROPERTY_WORDS = words("counterclaim.claims", "property_nouns")
# Entities that measure or date, never take part: "On Jan. 8", "18,000 square kilometers".
# A cardinal is kept: "hundreds protested", "dozens of residents" name people by their number.
_MEASURE_ENTS = frozenset({"DATE", "TIME", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
# A verb heading a clause ("having a single aircraft deliver ...": csubj "having") is no participant; a verb
# in a noun's slot (subject, object) is kept, since the tagger misreads nouns ("Rioters", "Gunmen") as verbs.
_CLAUSE_VERB_DEPS = frozenset({"csubj", "csubjpass", "xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl", "conj"})
_NOT_ACTORS = words("counterclaim.claims", "non_actor_pronouns")


@dataclass(frozen=True, slots=True)
class RoleContext:
    """What pronouns can point to: the claimant's side and the actors of the previous claim."""

    claimant_country: str | None = None
    claimant_name: str | None = None
    previous_actors: tuple[str, ...] = ()
    claimant_is_person: bool = False


@dataclass(slots=True)
class Roles:
    """Actors, targets, listed target categories, and whether the targets read as civilian or armed."""

    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_categories: list[str] = field(default_factory=list)
    target_kind: str | None = None
    actor_kind: str | None = None


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    stack = list(tokens)
    while stack:
        token = stack.pop(0)
        if token in out:
            continue
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"})
    return out


def _pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in preps:
            found.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
    return found


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _verb_roles(verb: Token, event_type: str) -> tuple[list[Token], list[Token]]:
    actors: list[Token] = []
    targets: list[Token] = []
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"} for c in verb.children):
        (targets if _is_passive(verb) else actors).append(verb.head)
    elif verb.dep_ == "acl":
        if verb.tag_ == "VBN":  # "civilians killed in the raid"
            targets.append(verb.head)
        else:  # "missions targeting IS": the actor is whoever carries out the modified noun
            actors.extend(_governing_subjects(verb.head))
    if verb.lemma_.lower() in _VICTIM_SUBJECT_VERBS:  # "two soldiers died in the attack": the subject is the victim
        targets.extend(s for s in subjects(verb) if s.dep_ != "expl")
        return actors, targets
    instrument = verb.lemma_.lower() in _INSTRUMENT_OBJECT_VERBS  # "used chemical weapons": no target named
    if _is_passive(verb):
        actors.extend(_pobjs(verb, frozenset({"by"})))
        targets.extend(c for c in verb.children if c.dep_ == "nsubjpass" and not instrument)
    else:
        actors.extend(s for s in subjects(verb) if s.dep_ != "expl" and s.dep_ != "nsubjpass")
        targets.extend(c for c in verb.children if c.dep_ in {"dobj", "dative"} and not instrument)
        if not targets:  # "shot and killed a soldier": the object is shared with the conjoined verb
            targets.extend(c for v in verb.children if v.dep_ == "conj" for c in v.children if c.dep_ == "dobj")
    preps = (_TARGET_PREPS if event_type in _ASSAULT_LIKE else frozenset({"against", "targeting"})) | (
        _PARTNER_PREPS if event_type in _PARTNER_TYPES else frozenset()
    )
    targets.extend(t for t in _pobjs(verb, preps) if t.ent_type_ not in _NOT_TARGET_ENTS and not _is_time(t))
    if event_type in {"REQUEST", "THREATEN", "ACCUSE"}:  # "demanded that the US cancel the sale": the US is asked
        targets.extend(s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj")
    if not targets and not _is_passive(verb) and not instrument:
        # a misparsed object ("targeted IS facilities": IS read as a verb)
        targets.extend(c for c in verb.rights if c.dep_ in {"ccomp", "attr", "oprd", "dep"} and c.i - verb.i <= 3)
    return actors, _not_broken_truces(targets)


def _not_broken_truces(targets: list[Token]) -> list[Token]:
    """ "violated the truce", "a breach of the ceasefire": the truce broken is no target of the attack (CAMEO 196)."""
    return [t for t in targets if t.lemma_.lower() not in _CEASEFIRE_NOUNS]


# Month names stay here until the shared months class (counterclaim.lexicon) replaces them.
_MONTHS = words(SHARED, "months")
_TIME_WORDS = _MONTHS | words("counterclaim.claims", "time_words")
_QUANTITY_HEADS = words("counterclaim.claims", "quantity_heads")


def _is_time(token: Token) -> bool:
    """ "On 9 May 2020": a date is never a target, even when the tagger misses it."""
    return token.lower_ in _TIME_WORDS or token.like_num


def _governing_subjects(noun: Token) -> list[Token]:
    head = noun.head
    if head != noun and head.pos_ in {"VERB", "AUX"} and noun.dep_ in {"dobj", "attr"}:
        return [s for s in subjects(head) if s.dep_ != "expl"]
    return []


def _fighting_sides(noun: Token) -> list[Token]:
    """Both sides of a clash act, neither is its target: "a clash between villagers and the police", and with the
    sides on the verb the fight is the subject of ("clashes erupted between residents and the army")."""
    sides = _pobjs(noun, _SIDES_PREPS)
    if not sides and noun.dep_ == "nsubj" and noun.head.i != noun.i:
        sides = _pobjs(noun.head, _SIDES_PREPS)
    return sides


def _noun_roles(noun: Token, head: Token, event_type: str) -> tuple[list[Token], list[Token]]:
    actors = [c for c in noun.children if c.dep_ == "poss"]
    actors.extend(c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"} and lexicon().canonical(c.text))
    actors.extend(_pobjs(noun, frozenset({"by", "from"})))
    if event_type == "ASSAULT" and noun.lemma_.lower() in _TWO_SIDED_FIGHTS:
        actors.extend(_fighting_sides(noun))
    preps = _TARGET_PREPS | ({"of"} if event_type in _OF_TARGET_TYPES else set())
    if event_type in _PARTNER_TYPES:  # "aid to Mozambique", "talks with Iran"
        preps = preps | _PARTNER_PREPS
    targets = _pobjs(noun, frozenset(preps))
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() == "target":
            targets.extend(c for c in child.children if c.dep_ == "dobj")
    carrier = noun.head
    if carrier != noun and carrier.lemma_.lower() in LIGHT_VERBS and noun.dep_ in {"dobj", "nsubjpass"}:
        if not actors and carrier.lemma_.lower() not in _WITNESS_VERBS:
            actors.extend(_verb_roles(carrier, event_type)[0])
        targets.extend(t for t in _pobjs(carrier, _TARGET_PREPS) if t.ent_type_ not in _NOT_TARGET_ENTS)
    elif noun.dep_ in {"nsubj", "nsubjpass"} and head == noun.head and is_trigger(head):  # "the strikes did not hit"
        targets.extend(_verb_roles(head, event_type)[1])
    return actors, _not_broken_truces(targets)


def _phrase_tokens(head: Token, top: bool = True) -> list[Token]:
    """The words of a noun phrase, without its relative clauses, conjuncts or other clauses.

    Conjoined modifiers stay ("Greek and Turkish frigates"); conjoined heads are phrases of their own.
    """
    tokens = [head]
    for child in head.children:
        if child.dep_ in _CLAUSAL and not (child.dep_ in {"conj", "cc"} and not top and head.dep_ in _MODIFIER_DEPS):
            continue
        if (child.dep_ == "punct" and child.text != "-") or (child.dep_ == "prep" and child.lower_ in _PLACE_PREPS):
            continue
        tokens.extend(_phrase_tokens(child, top=False))
    return sorted(tokens, key=lambda t: t.i)


def _as_text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _resolve_pronoun(token: Token, context: RoleContext) -> list[str]:
    word = token.lower_
    if word in _FIRST_PERSON or word in _POSSESSIVE_THIRD:
        side = context.claimant_country or context.claimant_name
        return [side] if side else []
    if word in {"he", "she", "him"} and context.claimant_name and context.claimant_is_person:
        return [context.claimant_name]
    if word in _SUBJECT_THIRD:
        if context.previous_actors:
            return list(context.previous_actors)
        side = context.claimant_country or context.claimant_name
        return [side] if side else []
    return []


@cache
def not_participants() -> dict[str, bool]:
    """Common nouns that name no participant ("use", "kind", "purpose") → whether only when unmodified
    ("areas", not "civilian areas"): ``claims_not_participants.tsv``."""
    rows = table_rows(packaged_text("counterclaim.claims", "claims_not_participants.tsv"))
    return {row[0]: len(row) > 1 and row[1] == "bare" for row in rows}


def _no_participant(head: Token) -> bool:
    """A head that cannot name who acted or was hit: a date or measure, or an abstract noun."""
    if head.ent_type_ in _MEASURE_ENTS or (head.pos_ != "PROPN" and head.lower_ in _TIME_WORDS):
        return True
    only_bare = not_participants().get(head.lemma_.lower())
    if head.pos_ != "NOUN" or only_bare is None:
        return False
    return not only_bare or not any(c.dep_ in {"amod", "compound", "nmod"} for c in head.children)


def _adjacent(modifier: Token, head: Token) -> bool:
    """No comma, colon or semicolon between a modifier and its head: "Near Ar Raqqah, strikes" is two phrases."""
    low, high = sorted((modifier.i, head.i))
    return not any(t.text in {",", ";", ":"} for t in head.doc[low + 1 : high])


def _bare_phrase(head: Token) -> str | None:
    if head.pos_ == "PRON" or head.lower_ in _NOT_ACTORS or (not head.is_alpha and head.pos_ != "PROPN"):
        return None
    if head.pos_ in {"VERB", "AUX"} and head.dep_ in _CLAUSE_VERB_DEPS:
        return None
    if _no_participant(head):
        return None
    modifiers = [t for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"} and t.pos_ != "NUM"]
    if head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        modifiers = [t for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"} or t.ent_iob_ == "I"]
    modifiers = [m for m in modifiers if abs(m.i - head.i) <= 4 and m.lower_ not in _HONORIFICS and _adjacent(m, head)]
    kept = sorted([*modifiers, head], key=lambda t: t.i)
    if kept[0].lower_ in _PLACE_PREPS:  # "Near Ar Raqqah, strikes ...": a place phrase misread as a name
        return None
    return _as_text(kept) or None


def name_phrase(head: Token, context: RoleContext) -> list[str]:
    """Canonical names for the phrase headed by ``head``; the phrase as written when the lexicon knows none."""
    if head.pos_ == "PRON" or head.tag_ in {"PRP", "PRP$"}:
        return _resolve_pronoun(head, context)
    tokens = _phrase_tokens(head)
    names: list[str] = []
    for token in tokens:
        if token.dep_ == "poss" and token.tag_ == "PRP$":
            names.extend(_resolve_pronoun(token, context))
        if token.lemma_.lower() in _SELF_NOUNS and any(c.lower_ == "the" for c in token.children):
            side = context.claimant_country
            names.extend([side] if side else [])
    names.extend(m.canonical for m in lexicon().find(_as_text(tokens)))
    if not names:
        bare = _bare_phrase(head)
        names = [bare] if bare else []
    return list(dict.fromkeys(n for n in names if n))


def _is_armed_actor(canonical: str | None) -> bool:
    return bool(canonical) and lexicon().kind(canonical or "") in {"armed_group", "state"}


def _group_of_people(token: Token) -> bool:
    """ "a group of people", "dozens of villagers": the head is a quantity, the people are in its "of" phrase."""
    if token.lemma_.lower() not in _QUANTITY_HEADS:
        return False
    return any(t.lemma_.lower() in _CIVILIAN_WORDS for t in _phrase_tokens(token))


def _kind_of_target(token: Token) -> str | None:
    """What one target phrase names, as ACLED tells violence against civilians from battles."""
    lemmas = {t.lemma_.lower() for t in _phrase_tokens(token)}
    head_word = token.lemma_.lower()
    canonical = lexicon().canonical(token.text)
    # "two Palestinians", "a Palestinian": people named by nationality are civilians unless the phrase says otherwise
    people_of = token.lower_ in lexicon().demonyms and token.pos_ in {"NOUN", "PROPN"}
    if head_word in {"protester", "demonstrator", "rioter", "crowd", "mob"} or lemmas & {"protest", "demonstrate"}:
        return "protesters"
    if lemmas & {"civilian", "civilians"}:
        return "civilian"
    if head_word in _PROPERTY_WORDS and not (lemmas - {head_word}) & _ARMED_WORDS:
        return "property"
    if head_word in _ARMED_WORDS or lemmas & _ARMED_WORDS or (_is_armed_actor(canonical) and not people_of):
        return "armed"
    if head_word in _CIVILIAN_WORDS or people_of or _group_of_people(token):
        return "civilian"
    unknown_name = token.pos_ == "PROPN" and canonical is None and token.ent_type_ not in {"ORG", "PERSON", "NORP"}
    if token.ent_type_ in {"GPE", "LOC"} or unknown_name:  # "militants attacked Napula": a place, no defenders named
        return "civilian"
    return None


def _target_kind(tokens: list[Token]) -> str | None:
    kinds = {kind for token in tokens if (kind := _kind_of_target(token))}
    for kind in ("protesters", "armed", "civilian", "property"):  # soldiers and civilians hit: ACLED sees a battle
        if kind in kinds:
            return kind
    return None


_AGENT_SUFFIXES = tuple(words("counterclaim.claims", "agent_noun_suffixes"))


def _is_crowd(token: Token, head: str, lemmas: set[str]) -> bool:
    if head in _CROWD_WORDS or lemmas & (_CROWD_WORDS - {"member", "family", "relative"}):
        return True
    # a plural agent noun ("journalists", "labourers", "migrants", "residents"), not a plural thing ("strikes")
    agent_noun = token.tag_ == "NNS" and head.endswith(_AGENT_SUFFIXES) and not is_trigger(token)
    return (agent_noun or head == "group") and token.pos_ == "NOUN"


def _organised(token: Token) -> bool:
    """ "members of the ELN", "the TCP and CV groups", "FARC dissidents": a side of a fight named with an
    organisation is an organised armed group, not a crowd; so are "members" of something not a crowd ("community
    members" are one; the parser often hangs the organisation on the other side of "between X and members of Y")."""
    phrase = _phrase_tokens(token)
    if any(t.ent_type_ == "ORG" for t in phrase):
        return True
    return token.lemma_.lower() == "member" and not {t.lemma_.lower() for t in phrase if t.i != token.i} & _CROWD_WORDS


def _actor_kind(tokens: list[Token], fight: bool = False) -> str | None:
    """Who acts, as ACLED distinguishes them: "protesters", "armed", or "crowd" (residents, a mob, two groups
    of labourers: unorganised civilians, ACLED's mob violence). In a ``fight`` of two sides a crowd on either side
    makes it mob violence (ACLED: rioters "violently interacting with ... armed actors"; an armed clash is between
    armed, organised groups)."""
    kinds = set()
    for token in tokens:
        lemmas = {t.lemma_.lower() for t in _phrase_tokens(token)}
        head = token.lemma_.lower()
        canonical = lexicon().canonical(token.text)
        armed_words = head in _ARMED_WORDS or bool(lemmas & (_ARMED_WORDS | {"armed", "gunman", "gunmen"}))
        if head in {"protester", "demonstrator", "rioter"}:
            kinds.add("protesters")
        elif armed_words or _is_armed_actor(canonical) or (fight and _organised(token)):
            kinds.add("armed")
        elif _is_crowd(token, head, lemmas):
            kinds.add("crowd")
    for kind in ("protesters", "crowd", "armed") if fight else ("protesters", "armed", "crowd"):
        if kind in kinds:
            return kind
    return None


def _reversal_targets(thing: Token, targets: list[Token], head: Token) -> list[Token]:
    """ "lifted the blockade on the lorries", "halted aid to the government": the recipient of a reversal is the
    recipient of what it reverses, not the blockade or the aid itself."""
    rule = rule_for(thing)
    own = _noun_roles(thing, head, rule.event_type if rule else "ASSAULT")[1] if is_nominal(thing) else []
    return [t for t in targets if t != thing] + [t for t in own if t not in targets]


def find_roles(mention: EventMention, context: RoleContext) -> Roles:
    """Actors and targets of one event mention, named through the actor lexicon."""
    trigger = mention.trigger
    if mention.demand:  # the speaker requests, the modal's subject is asked
        side = context.claimant_country or context.claimant_name
        targets = [n for s in subjects(trigger) for n in name_phrase(s, context)]
        return Roles(actors=[side] if side else [], targets=targets)
    if trigger.pos_ in {"NOUN", "PROPN"}:
        actor_heads, target_heads = _noun_roles(trigger, mention.head, mention.event_type)
    else:
        actor_heads, target_heads = _verb_roles(trigger, mention.event_type)
    if mention.reversed_thing is not None:
        target_heads = _reversal_targets(mention.reversed_thing, target_heads, mention.head)
    actor_heads = _with_conjuncts(actor_heads)
    target_heads = [t for t in _with_conjuncts(target_heads) if t not in actor_heads]
    fight = mention.event_type == "ASSAULT" and trigger.lemma_.lower() in _TWO_SIDED_FIGHTS
    roles = Roles(target_kind=_target_kind(target_heads), actor_kind=_actor_kind(actor_heads, fight))
    for head in actor_heads:
        roles.actors.extend(n for n in name_phrase(head, context) if n not in roles.actors)
    unnamed: list[str] = []
    for head in target_heads:
        names = name_phrase(head, context)
        if any(lexicon().canonical(n) for n in names) or head.pos_ == "PROPN":  # named targets are never categories
            roles.targets.extend(n for n in names if n not in roles.targets)
        else:
            unnamed.extend(names)
    if len(unnamed) >= 2:
        roles.target_categories = unnamed
    roles.targets.extend(n for n in unnamed if n not in roles.targets and len(unnamed) < 2)
    return roles


def listed_categories(root: Token) -> list[str]:
    """The items a sentence lists as what was hit ("they included military equipment, arms depots, ...")."""
    if root.lemma_.lower() not in {"include", "comprise", "be"}:
        return []
    objects = [c for c in root.children if c.dep_ in {"dobj", "attr"}]
    items = _with_conjuncts(objects)
    if len(items) < 2:
        return []
    return [_as_text([t for t in _phrase_tokens(item) if t.dep_ not in {"det", "cc"}]) for item in items]
