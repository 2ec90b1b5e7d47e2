"""Stage 4: ASSAULT modes — how an attack was done (aerial, drone, firearms, ...), from the clause's weapon words.

Why a table (``data/claims_mode_cues.tsv``) and an order: the weapon and means words of a
clause each imply a mode, and the most telling one wins ("aircraft fired missiles" is aerial,
not heavy-weapons); a cue may also carry a finer ACLED sub-event ("suicide bomb").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from counterclaim.claims.clauses import lemma, subjects
from counterclaim.datafiles import packaged_text, table_lines, table_rows, words

__all__ = ["ModeCue", "assault_mode", "mode_cues", "optional_cell"]

# Modes that say more about an ASSAULT come first: "aircraft fired missiles" is aerial, not heavy-weapons.
_MODE_ORDER = tuple(table_lines(packaged_text("counterclaim.claims", "assault_mode_order.txt")))
# "grenade launchers", "rocket launchers": the modifier names the ammunition, the head the weapon.
_WEAPON_HEADS = words("counterclaim.claims", "weapon_heads")


@dataclass(frozen=True, slots=True)
class ModeCue:
    """A weapon or means word and the ASSAULT mode it implies (plus an ACLED sub-event when it is finer)."""

    mode: str
    acled_sub_event: str | None


def optional_cell(value: str) -> str | None:
    return None if value in {"", "-"} else value


@cache
def mode_cues() -> dict[str, ModeCue]:
    """Weapon/means words → ASSAULT mode; keys are lemmas or two-word compounds ("air force")."""
    return {
        row[0]: ModeCue(row[1], optional_cell(row[2]) if len(row) > 2 else None)
        for row in table_rows(packaged_text("counterclaim.claims", "claims_mode_cues.tsv"))
    }


def _into_the_air(token: Token) -> bool:
    """ "fired shots into the air", "in the air": the air is where the shots went, not an aircraft (PLOVER counts
    firing in the air as crowd control)."""
    return lemma(token) == "air" and token.dep_ == "pobj" and token.head.lower_ in {"in", "into"}


def _cue_for(token: Token) -> ModeCue | None:
    if _into_the_air(token):
        return mode_cues().get("firing in the air")
    cues = mode_cues()
    compound = " ".join(t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod"})
    for key in (f"{compound} {lemma(token)}".strip(), lemma(token), token.lower_):
        if key in cues:
            return cues[key]
    return None


_MODE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "prep", "compound", "amod", "npadvmod", "advcl"})


def _mode_scope(trigger: Token, head: Token) -> list[Token]:
    """Words that can say how an ASSAULT was done: trigger, modifiers, the clause's subject, object, instrument."""
    scope = [trigger, *trigger.children]
    for verb in {trigger, head}:
        for child in verb.children:
            # "fired missiles, launchers and small arms": a misparsed list hangs off the verb as conjuncts, its
            # weapon words sometimes tagged as verbs ("grenade launchers" → "grenade" VERB + object "launchers")
            conjoined_weapon = child.dep_ == "conj" and (child.pos_ == "NOUN" or _cue_for(child) is not None)
            if child.dep_ in _MODE_DEPS or conjoined_weapon:
                scope.extend(child.subtree)
        for subject in subjects(verb):
            scope.extend(subject.subtree)
    return scope


def assault_mode(trigger: Token, head: Token) -> tuple[str | None, str | None]:
    """The most telling ASSAULT mode among the weapon/means words of the clause, with its ACLED hint."""
    found: dict[str, ModeCue] = {}
    for token in _mode_scope(trigger, head):
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
        if lemma(following) in _WEAPON_HEADS or (token.dep_ == "compound" and lemma(token.head) in _WEAPON_HEADS):
            continue
        cue = _cue_for(token)
        if cue is not None:
            found.setdefault(cue.mode, cue)
            if cue.acled_sub_event:
                found[cue.mode] = cue
    if {"heavy-weapons", "firearms"} <= set(found) and not {"aerial", "drone"} & set(found):
        return "firearms", None  # mortars *and* small arms: ACLED reads an exchange of fire as an armed clash
    for mode in _MODE_ORDER:
        if mode in found:
            return mode, found[mode].acled_sub_event
    return None, None
