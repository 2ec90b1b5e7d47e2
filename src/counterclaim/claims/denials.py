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
    """Objects of the verb that stand for an account of an event or a part in it ("the allegations"), also
    the noun a reduced relative hangs on ("an accusation dismissed by the government")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _DENIED_OBJECTS]
    if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in _DENIED_OBJECTS:
        found.append(verb.head)
    return found


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


def _agent(verb: Token) -> Token | None:
    """ "the claim was denied by Brussels", "an accusation dismissed by the government": the passive's agent."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _subject(verb: Token) -> Token | None:
    """The denier: the passive's agent, else the verb's subject or that of the verb it is coordinated with
    ("... and denied the reports"); the passive subject is what is denied, not who denies."""
    agent = _agent(verb)
    if agent is not None:
        return agent
    for token in (verb, verb.head if verb.dep_ in {"conj", "xcomp"} else verb):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _coordinated(subject: Token) -> list[Token]:
    """ "Syria and its ally Russia", "government and opposition forces": each name of a coordinated subject."""
    names = [subject]
    for token in subject.subtree:
        if token.dep_ == "conj" and token.head in names and token.pos_ in {"NOUN", "PROPN"}:
            names.append(token)
    return names


def deniers_of(verb: Token, actors: list[str]) -> list[ClaimantFinding]:
    """Who denies: the subject, named as a claimant, one per coordinated name; a pronoun subject is the actor
    the roles resolved it to."""
    subject = _subject(verb)
    if subject is None:
        return []
    if subject.pos_ == "PRON" or subject.tag_ in {"WDT", "WP"}:
        if not actors:
            return []
        kind = lexicon().kind(actors[0])
        claimant = Claimant(actors[0], "organisation" if kind in {"organisation", "state"} else "group")
        return [ClaimantFinding(claimant, lexicon().country(actors[0]))]
    names = _coordinated(subject)
    return [speaker_claimant(name, alone=len(names) > 1) for name in names]


def denier_of(verb: Token, actors: list[str]) -> ClaimantFinding | None:
    """The first denier (``deniers_of``), or None."""
    found = deniers_of(verb, actors)
    return found[0] if found else None


def _indices(verb: Token, deps: frozenset[str]) -> set[int]:
    return {t.i for c in verb.children if c.dep_ in deps for t in c.subtree}


def _antecedent(drafts: list[Draft], before: int) -> Draft | None:
    """The event the report last said happened, for a denial whose object names none: in an earlier
    sentence ("Rockets hit the market. X denied the allegations."), or before the denial's clause."""
    verb = drafts[before].mention.trigger
    sentence = verb.sent.start
    for draft in reversed(drafts[:before]):
        trigger = draft.mention.trigger
        # the denial's own sentence only before its clause: "X accused Y of killing six, but the claim was denied"
        if trigger.sent.start > sentence or (trigger.sent.start == sentence and trigger.i >= verb.left_edge.i):
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


def _governing_denial(trigger: Token, triggers: set[int]) -> Token | None:
    """A denial verb above the event that is no claim's trigger itself ("the army refuted claims that
    militants had retaken the district": "refute" is typed nowhere, but it still denies what it governs)."""
    for ancestor in list(trigger.ancestors)[:6]:
        if ancestor.i in triggers or not is_denial(ancestor):
            continue
        if trigger.i in _indices(ancestor, _CONTENT_DEPS):
            return ancestor
    return None


def _copies(draft: Draft, deniers: list[ClaimantFinding]) -> list[Draft]:
    """The same negated claim voiced by each further denier ("Syria and Russia deny ...")."""
    return [replace(draft, claimant=d.claimant, negated=True, extra_spans=[]) for d in deniers[1:]]


def _deny_governed(drafts: list[Draft], extra: dict[int, list[Draft]]) -> None:
    triggers = {d.mention.trigger.i for d in drafts}
    for draft in drafts:
        verb = _governing_denial(draft.mention.trigger, triggers)
        deniers = deniers_of(verb, []) if verb is not None else []
        if deniers:
            draft.claimant, draft.negated = deniers[0].claimant, True
            extra.setdefault(id(draft), []).extend(_copies(draft, deniers))


def add_denials(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each denial's negated claim made the denier's (added where the denied event had none),
    one claim per denier where several deny together."""
    result: list[Draft] = []
    extra: dict[int, list[Draft]] = {}
    _deny_governed(drafts, extra)
    for position, draft in enumerate(drafts):
        result.append(draft)
        verb = draft.mention.trigger
        if not is_denial(verb):
            continue
        deniers = deniers_of(verb, draft.roles.actors)
        if not deniers:
            continue
        denier = deniers[0]
        content, alongside = _indices(verb, _CONTENT_DEPS), _indices(verb, _ALONGSIDE_DEPS)
        denied = [d for d in drafts if d is not draft and d.mention.trigger.i in content]
        for other in denied:
            other.claimant, other.negated = denier.claimant, True
            extra.setdefault(id(other), []).extend(_copies(other, deniers))
        for other in (d for d in drafts if d is not draft and d.mention.trigger.i in alongside):
            if other.claimant.kind == "publication":  # the denier's counter-account, asserted
                other.claimant, other.negated = denier.claimant, False
        if denied:
            continue
        antecedent = _antecedent(drafts, position)
        if antecedent is not None:
            result.extend(_denied_event(draft, antecedent, d) for d in deniers)
    return [copy for draft in result for copy in (draft, *extra.get(id(draft), []))]
