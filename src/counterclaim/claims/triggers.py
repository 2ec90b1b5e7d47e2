"""Stage 4: trigger matching — which rule of the trigger lexicon, if any, a token carries.

Why a lexicon keyed by lemma plus dependency context, not a keyword list: "strike" is an
attack in "air strikes" and a protest in "workers went on strike"; "hit" is violent only
when something violent does the hitting. The words live in ``data/claims_triggers.tsv``
(lemma, part of speech, type, mode, a named condition, a priority); the conditions are the
functions of ``trigger_conditions``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from counterclaim.claims.clauses import is_nominal, is_verbal, lemma
from counterclaim.claims.modes import optional_cell
from counterclaim.claims.trigger_conditions import CONDITIONS
from counterclaim.datafiles import packaged_text, table_rows

__all__ = ["TriggerRule", "is_trigger", "rule_for", "trigger_rules"]


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One row of the trigger lexicon."""

    lemma: str
    pos: str
    event_type: str
    mode: str | None
    condition: str | None
    priority: int


@cache
def trigger_rules() -> dict[str, tuple[TriggerRule, ...]]:
    """Trigger rules keyed by the lemma of the token that carries them (the last word for compounds)."""
    table: dict[str, list[TriggerRule]] = {}
    for row in table_rows(packaged_text("counterclaim.claims", "claims_triggers.tsv")):
        rule = TriggerRule(row[0], row[1], row[2], optional_cell(row[3]), optional_cell(row[4]), int(row[5]))
        words = rule.lemma.split()
        key = words[-1] if rule.pos == "NOUN" and len(words) > 1 else words[0]
        table.setdefault(key, []).append(rule)
    return {k: tuple(sorted(v, key=lambda r: -r.priority)) for k, v in table.items()}


def _pos_matches(rule: TriggerRule, token: Token) -> bool:
    if rule.pos == "VERB":
        return is_verbal(token)
    if rule.pos == "NOUN":
        return is_nominal(token)
    return is_verbal(token) or is_nominal(token)


def _words_match(rule: TriggerRule, token: Token) -> bool:
    words = rule.lemma.split()
    if len(words) == 1:
        return True
    if rule.pos == "NOUN":  # "air strike": the modifier is a compound/amod child
        return any(lemma(c) == words[0] or c.lower_ == words[0] for c in token.lefts)
    # "pull out", "open fire" (a child), "set on fire" (the object of a child preposition)
    near = [*token.children, *(g for c in token.children if c.dep_ == "prep" for g in c.children)]
    return any(lemma(c) == words[-1] or c.lower_ == words[-1] for c in near)


_NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "LAW"})


def rule_for(token: Token) -> TriggerRule | None:
    """The highest-priority rule whose words, part of speech and condition fit this token."""
    if token.pos_ == "PROPN" and token.ent_type_ in _NAME_ENTITIES:
        return None  # "Amnesty International", "the Peace Corps": a word of a name, not a trigger
    rules = trigger_rules()
    candidates = rules.get(lemma(token), ()) + (rules.get(token.lower_, ()) if token.lower_ != lemma(token) else ())
    for rule in sorted(candidates, key=lambda r: -r.priority):
        if not (_pos_matches(rule, token) and _words_match(rule, token)):
            continue
        if rule.condition is None or CONDITIONS[rule.condition](token):
            return rule
    return None


def is_trigger(token: Token) -> bool:
    """Whether the token is an event trigger in its own right."""
    return rule_for(token) is not None
