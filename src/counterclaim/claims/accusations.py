"""Stage 4: accusations — "accused government forces of killing protesters" says who killed.

Why a step of its own: the killing is the accuser's claim, but its verb is a gerund with no subject,
so the roles find no doer; the accused, the accusing verb's object, is who the accuser says did it
("blamed the rebels for shelling the town", "condemned Israel for bombing the convoy" alike).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from counterclaim.claims.assembly import Draft

__all__ = ["name_the_accused"]

_CHARGE_PREPS = frozenset({"of", "for"})


def _accused(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _charged(trigger: Token, verb: Token, accused: Token) -> bool:
    """The event is what the accused is charged with: a gerund or noun in "of"/"for" hung on the accusing verb
    or (as the parser often hangs it) on the accused."""
    prep = trigger.head
    if trigger.dep_ not in {"pcomp", "pobj"} or prep.lower_ not in _CHARGE_PREPS:
        return False
    return prep.head in {verb, accused}


def name_the_accused(drafts: list[Draft]) -> None:
    """Give each event an accusation charges someone with, where it names no doer, the accused as its actor."""
    for accusation in drafts:
        verb = accusation.mention.trigger
        if accusation.event_type != "ACCUSE" or verb.pos_ != "VERB" or not accusation.roles.targets:
            continue
        accused = _accused(verb)
        if accused is None:
            continue
        for draft in drafts:
            trigger = draft.mention.trigger
            if draft is accusation or draft.roles.actors or not _charged(trigger, verb, accused):
                continue
            draft.roles = replace(draft.roles, actors=list(accusation.roles.targets))
