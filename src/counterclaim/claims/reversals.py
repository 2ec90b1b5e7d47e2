"""Stage 4: reversals — ending, suspending or easing something is an event of the type PLOVER gives the reversal.

Why a rule of its own: "lifted the siege", "called off the strike", "halted aid", "suspended talks" each
contain a trigger of the thing ended (a siege, a strike, aid, talks), but what happened is its reversal,
and PLOVER codes that by what was reversed, not by the verb: an eased blockade or sanctions is RETREAT,
a called-off protest CONCEDE, halted aid or talks SANCTION, a cancelled meeting REJECT (the manual's
CONCEDE, REQUEST and SANCTION sections; CAMEO 08 and 16). The verbs live in ``data/reversal_verbs.txt``,
the types in ``data/reversal_types.tsv``. What is lifted or halted took place and keeps its own claim; what
is called off or cancelled (``data/cancelling_verbs.txt``) did not. A reversal only announced or threatened
("will lift the siege", "threatened to stop the talks") stands alone: the thing's own claim would take its mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from counterclaim.claims.clauses import is_nominal, is_verbal, lemma, subjects
from counterclaim.claims.modes import optional_cell
from counterclaim.claims.triggers import TriggerRule
from counterclaim.datafiles import packaged_text, table_rows, words

__all__ = ["Reversal", "find_reversals"]

_REVERSAL_VERBS = words("counterclaim.claims", "reversal_verbs")
_REVERSAL_NOUNS = words("counterclaim.claims", "reversal_nouns")
_CANCELLING = words("counterclaim.claims", "cancelling_verbs")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_NOUN_PREPS = frozenset({"of", "to", "on"})


@dataclass(frozen=True, slots=True)
class Reversal:
    """A reversal: the word that reverses (the trigger), the thing reversed, and the PLOVER type and mode."""

    trigger: Token
    reversed_thing: Token
    event_type: str
    mode: str | None
    replaces_thing: bool  # the thing's own trigger gives no claim: a called-off strike, yes; a lifted blockade, no


@cache
def _types() -> dict[str, tuple[str, str | None]]:
    rows = table_rows(packaged_text("counterclaim.claims", "reversal_types.tsv"))
    return {row[0]: (row[1], optional_cell(row[2])) for row in rows}


def _reverses(token: Token) -> bool:
    """A verb of ending ("halted", "called off") or a noun of it ("the lifting of")."""
    if is_verbal(token):
        particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
        return lemma(token) in _REVERSAL_VERBS or any(f"{lemma(token)} {p}" in _REVERSAL_VERBS for p in particles)
    return is_nominal(token) and lemma(token) in _REVERSAL_NOUNS


def _things(token: Token) -> list[Token]:
    """What is ended: the object ("lifted the siege", "the siege was lifted"), or a noun's "of/to/on" phrase."""
    if is_verbal(token):
        return [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS]
    return [g for c in preps for g in c.children if g.dep_ == "pobj"]


def _cancels(token: Token) -> bool:
    """ "called off the strike", "cancelled the visit": the thing did not take place. What is lifted, halted or
    eased ("lifted the sanctions", "halted the offensive") did, and keeps its own claim."""
    particles = [f"{lemma(token)} {c.lower_}" for c in token.children if c.dep_ == "prt"]
    return lemma(token) in _CANCELLING or any(p in _CANCELLING for p in particles)


_FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})


def _unrealised(token: Token, rules: Mapping[int, TriggerRule | None]) -> bool:
    """ "threatened to stop the talks", "will lift the siege": a reversal only threatened or announced. The thing it
    would end still goes on, but its own claim would take the reversal's mode (a future siege, read as a threat), so
    the reversal alone stands for both. An agreed or offered one ("agreed to reduce sanctions") keeps the thing:
    event coders (RAMS) code the sanctions themselves."""
    if not is_verbal(token):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_MODALS for c in token.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    governor = rules.get(token.head.i) if token.head != token else None
    return infinitive and governor is not None and governor.event_type == "THREATEN"


def _type_of(thing: Token, rule: TriggerRule | None) -> tuple[str, str | None] | None:
    """The reversal's type and mode, by the thing's lemma, else by its own trigger's (``rule``) type and mode."""
    table = _types()
    typed = table.get(lemma(thing))
    if typed is None and rule is not None:
        typed = table.get(f"{rule.event_type}/{rule.mode}") or table.get(rule.event_type)
    return typed


_FORCE_WORDS = words("counterclaim.claims", "security_force_words")


def _forces_stop_protest(token: Token, typed: tuple[str, str | None]) -> bool:
    """ "Police stopped the march" is force used on a protest, not the protesters calling it off."""
    return typed[0] == "CONCEDE" and any(lemma(s) in _FORCE_WORDS for s in subjects(token))


def find_reversals(sentence: Span, rules: Mapping[int, TriggerRule | None]) -> list[Reversal]:
    """Every reversal the sentence states, with the type PLOVER gives it; ``rules``: each token's trigger rule."""
    found = []
    for token in sentence:
        if not _reverses(token):
            continue
        for thing in _things(token):
            typed = _type_of(thing, rules.get(thing.i))
            if typed is not None and not _forces_stop_protest(token, typed):
                found.append(Reversal(token, thing, typed[0], typed[1], _cancels(token) or _unrealised(token, rules)))
                break
    return found
