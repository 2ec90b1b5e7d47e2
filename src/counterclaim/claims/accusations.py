"""Stage 4: accusations — "accused government forces of killing protesters" says who killed.

Why a step of its own: the killing is the accuser's claim, but its verb is a gerund with no subject,
so the roles find no doer; the accused, the accusing verb's object, is who the accuser says did it
("blamed the rebels for shelling the town", "condemned Israel for bombing the convoy" alike).

"X was responsible / to blame for the attack", "X holds responsibility for the strike", "they hold X responsible
for it" and "X was behind the attack" say the same of X.

The other order puts the event first and the accused after "on": "blamed the attack on the regime", also
inside a relative clause ("a gas attack that Washington blamed on the regime"). There the accused is the
"on" phrase, which the roles read as the event's target; it becomes the event's doer and the accusation's
target, so that a denial by the accused answers the accuser.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from counterclaim.claims.assembly import Draft
from counterclaim.claims.roles import RoleContext, name_phrase
from counterclaim.datafiles import packaged_text, table_rows

__all__ = ["name_the_accused"]

# What the accused is charged with: "accused X of killing", "blamed X for the attack".
_CHARGE_PREPS = frozenset({"of", "for"})
# Verbs that lay an event "on" the one accused: "blamed the attack on X", "pinned the bombing on X".
_LAYING_VERBS = frozenset({"blame", "pin"})
_NOT_ACCUSED_ENTITIES = frozenset({"DATE", "TIME"})
# Idioms of blaming, (verb, object noun) → the preposition of the accused: "pointed the finger at X".
_IDIOMS = {(row[0], row[1]): row[2] for row in table_rows(packaged_text("counterclaim.claims", "accusing_idioms.tsv"))}
# Words that make their subject answer "for" an event: "responsible for", "to blame for", "holds responsibility for".
_ANSWERING_WORDS = frozenset({"responsible", "responsibility", "blame", "culpable", "liable"})


def _accused(verb: Token) -> Token | None:
    """The accusing verb's object; in an idiom of blaming ("pointed the finger at X", "laid the blame on X") the
    object of the idiom's preposition instead, hung on the verb or on the idiom's noun."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    idiom = _IDIOMS.get((verb.lemma_.lower(), obj.lemma_.lower())) if obj is not None else None
    if idiom is None or obj is None:
        return obj
    preps = (c for h in (verb, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == idiom)
    return next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)


def _drop_idiom_noun(accusation: Draft, verb: Token) -> None:
    """ "put the blame aside": the idiom's noun is no one accused, whether or not its preposition follows."""
    nouns = {c.text for c in verb.children if c.dep_ == "dobj" and (verb.lemma_.lower(), c.lemma_.lower()) in _IDIOMS}
    if nouns:
        targets = [t for t in accusation.roles.targets if t not in nouns]
        accusation.roles = replace(accusation.roles, targets=targets)


def _charged(trigger: Token, verb: Token, accused: Token) -> bool:
    """The event is what the accused is charged with: a gerund or noun in "of"/"for" hung on the accusing verb
    or (as the parser often hangs it) on the accused."""
    prep = trigger.head
    if trigger.dep_ not in {"pcomp", "pobj"} or prep.lower_ not in _CHARGE_PREPS:
        return False
    return prep.head in {verb, accused}


def _names(head: Token) -> list[str]:
    """The accused as the roles would name them: lexicon names in the phrase, else the phrase as written."""
    return name_phrase(head, RoleContext())


def _laid_on(verb: Token, event: Token) -> Token | None:
    """The "on" object of "blamed the attack on X", hung on the verb or (as the parser often hangs it) on the
    event; not a day ("blamed it on Monday")."""
    if verb.lemma_.lower() not in _LAYING_VERBS:
        return None
    holders = [verb, event] if event.head == verb else [verb]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"):
        found = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if found is not None and found.ent_type_ not in _NOT_ACCUSED_ENTITIES:
            return found
    return None


def _laid_event(verb: Token) -> Token | None:
    """What is blamed: the verb's object, or the noun a relative clause hangs on ("the attack that X blamed")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if obj is not None:
        return obj
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} else None


def _lay_blame(accusation: Draft, drafts: list[Draft]) -> None:
    """ "blamed the attack on the regime": the regime is the attack's doer and the one accused."""
    verb = accusation.mention.trigger
    event = _laid_event(verb)
    accused = _laid_on(verb, event) if event is not None else None
    if accused is None or event is None:
        return
    names = _names(accused)
    if not names:
        return
    blamed = {t.text for t in event.subtree}  # the event is what is blamed, not whom
    kept = [t for t in accusation.roles.targets if not set(t.split()) <= blamed]
    accusation.roles = replace(accusation.roles, targets=list(dict.fromkeys([*kept, *names])))
    for draft in drafts:
        if draft is accusation or draft.mention.trigger != event or draft.roles.actors:
            continue
        targets = [t for t in draft.roles.targets if t not in names]
        draft.roles = replace(draft.roles, actors=list(names), targets=targets)


def _responsibility_holder(trigger: Token) -> Token | None:
    """Who is said to answer for an event: "X was responsible / to blame for the attack", "X holds (bears)
    responsibility for the strike", "they hold X responsible for the shelling", "X was behind the attack"; None
    under a negation ("X was not responsible for it")."""
    prep = trigger.head
    if trigger.dep_ != "pobj":
        return None
    if prep.lower_ == "behind":
        return _behind(prep)
    if prep.lower_ != "for" or prep.head.lemma_.lower() not in _ANSWERING_WORDS:
        return None
    word = prep.head
    if word.dep_ == "amod" and word.head.dep_ == "dobj":  # "held Hezbollah responsible for the attack"
        return None if _negated(word.head.head, word) else word.head
    if word.dep_ == "oprd":  # the same, parsed as an object predicate beside the object
        held = next((c for c in word.head.children if c.dep_ == "dobj"), None)
        return None if _negated(word.head, word) else held
    small_clause = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if word.dep_ == "ccomp" and small_clause is not None:  # "we hold the government responsible for ..."
        return None if _negated(word.head, word) else small_clause
    if word.dep_ not in {"acomp", "xcomp", "dobj", "attr"} or word.head == word:
        return None
    verb = word.head
    if _negated(verb, word):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _negated(*tokens: Token) -> bool:
    return any(c.dep_ == "neg" for t in tokens for c in t.children)


def _behind(prep: Token) -> Token | None:
    """ "X was behind the attack": the copula's subject, as "X was responsible for it" (not "the town behind the
    lines", where "behind" places something)."""
    verb = prep.head
    if verb.lemma_.lower() != "be" or prep.dep_ != "prep" or _negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _name_the_responsible(drafts: list[Draft]) -> None:
    """ "The monitor said government forces were responsible for the gas attack": the forces are the attack's
    doer in the monitor's claim, as "accused the forces of the attack" would make them."""
    for draft in drafts:
        if draft.roles.actors:
            continue
        holder = _responsibility_holder(draft.mention.trigger)
        names = _names(holder) if holder is not None else []
        if names:
            draft.roles = replace(draft.roles, actors=names, targets=[t for t in draft.roles.targets if t not in names])


def name_the_accused(drafts: list[Draft]) -> None:
    """Give each event an accusation charges someone with, where it names no doer, the accused as its actor; and
    each event someone is said to be responsible for, that one."""
    _name_the_responsible(drafts)
    for accusation in drafts:
        verb = accusation.mention.trigger
        if accusation.event_type != "ACCUSE" or verb.pos_ != "VERB":
            continue
        _lay_blame(accusation, drafts)
        _drop_idiom_noun(accusation, verb)
        accused = _accused(verb)
        if accused is None:
            continue
        idiom = accused.dep_ == "pobj"  # "pointed the finger at X": the roles took the idiom's noun as the target
        names = (not idiom and list(accusation.roles.targets)) or _names(accused)
        if not names:
            continue
        if idiom or not accusation.roles.targets:
            accusation.roles = replace(accusation.roles, targets=names)
        for draft in drafts:
            trigger = draft.mention.trigger
            if draft is accusation or draft.roles.actors or not _charged(trigger, verb, accused):
                continue
            draft.roles = replace(draft.roles, actors=list(names))
