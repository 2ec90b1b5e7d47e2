"""Stage 4: denials — "X denied carrying out the strikes" is X's claim that the strikes did not happen.

Why a step of its own: the verb "deny" is an event of its own in PLOVER (REJECT, reported by the
publication), but what a reader needs is the other side of it: the denier's negated claim of the
denied event, so that it can stand against the claim it answers. Three shapes:

* the denied event has a claim of its own ("denied that its jets struck the market", "denied
  carrying out any strikes"): that claim becomes the denier's, negated;
* the object names no event ("denied the allegations", "denied any involvement", "denied using
  chemical weapons"): a negated claim of the event the report last said happened, the denier's;
* beside the denial, a counter-account ("..., blaming terrorist groups for the attack") is the
  denier's own competing claim, asserted, not negated.

"neither confirmed nor denied" and "did not deny" deny nothing. "rejected the proposal" refuses
(REJECT) but denies no event: "reject", "dismiss", "dispute" and "contest" deny only an account
("the reports", "the allegations") or a that-clause.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from counterclaim.actors import lexicon
from counterclaim.claims.assembly import Draft
from counterclaim.claims.claimant import ClaimantFinding, speaker_claimant
from counterclaim.claims.roles import Roles
from counterclaim.datafiles import words
from counterclaim.models import Claimant

__all__ = ["add_denials", "denier_of", "is_denial"]

_CLAIMS = "counterclaim.claims"
_DENYING = words(_CLAIMS, "denial_verbs")
_DENIED_OBJECTS = words(_CLAIMS, "denied_objects")
_DENIABLE_TYPES = words(_CLAIMS, "deniable_event_types")
# Verbs that deny whatever they govern; the rest of the class denies only an account or a that-clause.
_ALWAYS_DENYING = frozenset({"deny", "refute", "rebut", "disavow", "repudiate", "disclaim"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pcomp", "pobj", "attr"})
_ALONGSIDE_DEPS = frozenset({"advcl", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _confirm_or_deny(verb: Token) -> bool:
    """ "neither confirmed nor denied", "would not confirm or deny": a refusal to say, not a denial."""
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    return any(t.lemma_.lower() == "confirm" for t in linked)


def _accounts(verb: Token) -> list[Token]:
    """Objects of the verb that stand for an account of an event or a part in it ("the allegations")."""
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _DENIED_OBJECTS]


def is_denial(verb: Token) -> bool:
    """A verb of denying, used to deny: not negated, not "confirm or deny", not a dative "denied them entry"."""
    lemma = verb.lemma_.lower()
    if lemma not in _DENYING or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" for c in verb.children) or _confirm_or_deny(verb):
        return False
    if any(c.dep_ == "dative" for c in verb.children):
        return False
    if lemma in _ALWAYS_DENYING:
        return True
    return bool(_accounts(verb)) or any(c.dep_ == "ccomp" for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with ("... and denied the reports")."""
    for token in (verb, verb.head if verb.dep_ in {"conj", "xcomp"} else verb):
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def denier_of(verb: Token, actors: list[str]) -> ClaimantFinding | None:
    """Who denies: the subject, named as a claimant; a pronoun subject is the actor the roles resolved it to."""
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.pos_ == "PRON" or subject.tag_ in {"WDT", "WP"}:
        if not actors:
            return None
        kind = lexicon().kind(actors[0])
        claimant = Claimant(actors[0], "organisation" if kind in {"organisation", "state"} else "group")
        return ClaimantFinding(claimant, lexicon().country(actors[0]))
    return speaker_claimant(subject)


def _indices(verb: Token, deps: frozenset[str]) -> set[int]:
    return {t.i for c in verb.children if c.dep_ in deps for t in c.subtree}


def _antecedent(drafts: list[Draft], before: int) -> Draft | None:
    """The event the report last said happened, for a denial whose object names none: in an earlier
    sentence ("Rockets hit the market. X denied the allegations."), never the denial's own."""
    sentence = drafts[before].mention.trigger.sent.start
    for draft in reversed(drafts[:before]):
        if draft.mention.trigger.sent.start >= sentence:
            continue
        if draft.event_type.casefold() in _DENIABLE_TYPES and not draft.negated and draft.modality == "asserted":
            return draft
    return None


def _denied_event(denial: Draft, antecedent: Draft, denier: ClaimantFinding) -> Draft:
    """A negated claim of the antecedent event, voiced by the denier, over the denial's clause."""
    roles = Roles(
        actors=list(denial.roles.actors) or list(antecedent.roles.actors),
        targets=list(antecedent.roles.targets),
        target_categories=list(antecedent.roles.target_categories),
        target_kind=antecedent.roles.target_kind,
        actor_kind=denial.roles.actor_kind or antecedent.roles.actor_kind,
    )
    return replace(
        denial,
        event_type=antecedent.event_type,
        mode=antecedent.mode,
        acled=None,
        claimant=denier.claimant,
        roles=roles,
        negated=True,
        hedged=False,
        modality="asserted",
        extra_spans=[],
    )


def add_denials(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each denial's negated claim made the denier's (added where the denied event had none)."""
    result: list[Draft] = []
    for position, draft in enumerate(drafts):
        result.append(draft)
        verb = draft.mention.trigger
        if not is_denial(verb):
            continue
        denier = denier_of(verb, draft.roles.actors)
        if denier is None:
            continue
        content, alongside = _indices(verb, _CONTENT_DEPS), _indices(verb, _ALONGSIDE_DEPS)
        denied = [d for d in drafts if d is not draft and d.mention.trigger.i in content]
        for other in denied:
            other.claimant, other.negated = denier.claimant, True
        for other in (d for d in drafts if d is not draft and d.mention.trigger.i in alongside):
            if other.claimant.kind == "publication":  # the denier's counter-account, asserted
                other.claimant, other.negated = denier.claimant, False
        if denied:
            continue
        antecedent = _antecedent(drafts, position)
        if antecedent is not None:
            result.append(_denied_event(draft, antecedent, denier))
    return result
