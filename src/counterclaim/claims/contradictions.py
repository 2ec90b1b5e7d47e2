"""Stage 4: contradictions — two claimants who disagree about one attribute of the same event.

Why these attributes: they are what conflict reporting disputes — who did it (``actor``),
who or what was hit (``target``), how many (``count``), and whether it happened at all
(``occurred``). A negated claim that names a target ("the strikes did not hit IS targets")
disputes the target, not the whole event. ``claim`` marks an explicit rejection of another
party's claims ("Lavrov dismissed claims by the US Pentagon on the Russian strikes"): the
rejecting claim and the rejected party's claims on that topic.

Two claims are about the same event when they share the event type, neither is a mere
future or conditional, and they share an actor, a target or a place, or one of them names
no actor at all ("the air strikes"). Claims by the same claimant never contradict here.
"""

from __future__ import annotations

from functools import cache
from itertools import combinations

from counterclaim.actors import lexicon
from counterclaim.datafiles import packaged_text, table_rows, words
from counterclaim.models import Claim, Contradiction, Count, Speaker, Statement

__all__ = ["find_contradictions"]

# Verbal events (REQUEST, ACCUSE, ...) by two claimants are two events, not one disputed event.
_MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT", "SANCTION", "COOPERATE"})
_REJECTING_TRIGGERS = words("counterclaim.claims", "rejection_triggers")


def _claimant_key(claim: Claim) -> str:
    return (claim.claimant.name or claim.claimant.kind).casefold()


def _places(claim: Claim) -> set[str]:
    """Places the claim names itself (a town or district); the report's country alone is too coarse to match on."""
    return {loc.name.casefold() for loc in claim.locations if loc.precision in {1, 2}}


def _generic(claim: Claim) -> bool:
    """ "Fighting ISIL only risks escalating the war": an activity with no one doing it is not a reported event."""
    trigger = claim.trigger or ""
    return not claim.actors and trigger.lower().endswith("ing") and not claim.counts


def _same_event(a: Claim, b: Claim) -> bool:
    """Same type, both asserted, and a shared actor, target or named place."""
    if a.event_type != b.event_type or a.modality != "asserted" or b.modality != "asserted":
        return False
    if a.event_type not in _MATERIAL_TYPES:
        return False
    if _generic(a) or _generic(b):
        return False
    shared_actor = bool(set(a.actors) & set(b.actors))
    shared_target = bool(set(a.targets) & set(b.targets))
    if shared_target or (shared_actor and (_places(a) & _places(b) or not a.targets or not b.targets)):
        return True
    return bool(_places(a) & _places(b))


def _ranges_disagree(x: Count, y: Count) -> bool:
    x_low, y_low = x.low or 0, y.low or 0
    x_high = x.high if x.high is not None else 10**9
    y_high = y.high if y.high is not None else 10**9
    return x_high < y_low or y_high < x_low


def _disagreement(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The attribute two claims about one event disagree on, with a one-line summary."""
    if a.negated != b.negated:
        yes, no = (b, a) if a.negated else (a, b)
        if no.targets and set(no.targets) & set(yes.targets):
            shared = ", ".join(sorted(set(no.targets) & set(yes.targets)))
            return "target", f"{yes.claimant.name} says {shared} was targeted; {no.claimant.name} says it was not"
        return "occurred", f"{yes.claimant.name} says it happened; {no.claimant.name} says it did not"
    if a.negated:
        return None
    same_object = set(a.targets) & set(b.targets) or _places(a) & _places(b)
    if a.actors and b.actors and not set(a.actors) & set(b.actors) and same_object:
        return "actor", f"{a.claimant.name}: {', '.join(a.actors)}; {b.claimant.name}: {', '.join(b.actors)}"
    if a.targets and b.targets and not set(a.targets) & set(b.targets):
        return "target", f"{a.claimant.name}: {', '.join(a.targets)}; {b.claimant.name}: {', '.join(b.targets)}"
    for x in a.counts:
        for y in b.counts:
            if x.category == y.category and _ranges_disagree(x, y):
                return "count", f"{x.category}: {a.claimant.name} {x.as_written}; {b.claimant.name} {y.as_written}"
    return None


@cache
def _home_states() -> dict[str, str]:
    """Organisation → the state it speaks for ("Pentagon" → United States), from data/claims_home_states.tsv."""
    pairs = table_rows(packaged_text("counterclaim.claims", "claims_home_states.tsv"))
    return {p[0]: p[1] for p in pairs if len(p) >= 2}


def _parties(*names: str | None) -> set[str]:
    """Canonical actors (and their home states) a claimant or phrase stands for ("US officials" → United States)."""
    found: set[str] = set()
    for name in names:
        if not name:
            continue
        found |= {m.canonical for m in lexicon().find(name)}
        found |= {c for w in name.replace("-", " ").split() if (c := lexicon().canonical(w))}
    return found | {_home_states()[f] for f in found if f in _home_states()}


def _side(claim: Claim, speakers: dict[str, Speaker]) -> str:
    """One key per party, so "US officials" and "United States officials" do not repeat a contradiction.

    A named speaker stands for the body or country the text gives them ("Major General Igor
    Konashenkov, Russian Defence Ministry spokesman" → Russia), like the group they speak for.
    """
    speaker = speakers.get(claim.claimant.statement_id or "")
    names = [claim.claimant.name] + ([speaker.affiliation, speaker.country] if speaker else [])
    parties = sorted(_parties(*names))
    return "|".join(parties) if parties else _claimant_key(claim)


def _rejections(claims: list[Claim]) -> list[Contradiction]:
    """A REJECT claim aimed at another party's claims contradicts that party's claims of the same topic."""
    found = []
    for reject in claims:
        if reject.event_type != "REJECT" or (reject.trigger or "").lower() not in _REJECTING_TRIGGERS | {
            "dismissed",
            "denied",
            "rejected",
            "refuted",
            "rebuffed",
        }:
            continue
        rejected = _parties(*reject.targets) - _parties(*reject.actors)
        if not rejected:
            continue
        for other in claims:
            if other.id == reject.id or other.event_type == "REJECT" or other.claimant.kind == "publication":
                continue
            if _parties(other.claimant.name) & rejected and other.start != reject.start:
                found.append(
                    Contradiction(
                        attribute="claim",
                        claims=[reject.id, other.id],
                        summary=f"{', '.join(reject.actors) or reject.claimant.name} rejects the claim of "
                        f"{other.claimant.name}",
                        claimants=[", ".join(reject.actors) or reject.claimant.name, other.claimant.name],
                    )
                )
                break
    return found


def find_contradictions(claims: list[Claim], statements: list[Statement]) -> list[Contradiction]:
    """Pairs of claims by different claimants that disagree on one attribute of the same event."""
    found: list[Contradiction] = []
    seen: set[tuple[str, str, str]] = set()
    speakers = {statement.id: statement.speaker for statement in statements}
    for a, b in combinations(claims, 2):
        if _claimant_key(a) == _claimant_key(b) or not _same_event(a, b):
            continue
        disagreement = _disagreement(a, b)
        if disagreement is None:
            continue
        attribute, summary = disagreement
        first, second = sorted((_side(a, speakers), _side(b, speakers)))  # the same dispute, whichever side spoke first
        key = (attribute, first, second)
        if key in seen:
            continue
        seen.add(key)
        found.append(Contradiction(attribute, [a.id, b.id], summary, [a.claimant.name, b.claimant.name]))
    found.extend(_rejections(claims))
    return found
