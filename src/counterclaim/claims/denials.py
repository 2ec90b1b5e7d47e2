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
from counterclaim.claims.denier_names import named_later
from counterclaim.claims.polarity import gapped_relative
from counterclaim.claims.roles import Roles
from counterclaim.claims.sources import canonical_name
from counterclaim.claims.state_organs import qualified_state_outlet
from counterclaim.datafiles import words
from counterclaim.models import Claimant, ClaimantKind

__all__ = ["add_denials", "denier_of", "is_denial", "is_denial_noun"]

_CLAIMS = "counterclaim.claims"
_DENYING = words(_CLAIMS, "denial_verbs")
_DENIED_OBJECTS = words(_CLAIMS, "denied_objects")
_DENIABLE_TYPES = words(_CLAIMS, "deniable_event_types")
_DENIAL_NOUNS = words(_CLAIMS, "denial_nouns")
_ORGANS = words(_CLAIMS, "bare_state_organs")
_NOUN_CONTENT = frozenset({"prep", "acl", "ccomp"})
_NO = frozenset({"no", "without"})
_ACCOUNT_TYPES = frozenset({"accuse", "reject"})  # speech acts: what they say is denied, not the saying
# Verbs that deny whatever they govern; the rest of the class denies only an account or a that-clause.
_ALWAYS_DENYING = frozenset({"deny", "refute", "rebut", "disavow", "repudiate", "disclaim"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pcomp", "pobj", "attr"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
_ALONGSIDE_DEPS = frozenset({"advcl", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})


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


def _shared_head(subject: Token) -> list[ClaimantFinding]:
    """ "Government and opposition forces": coordinated modifiers of one head noun, each with the head ("government
    forces", "opposition forces"), as a reader splits them; empty when the modifiers are not coordinated."""
    modifier = next((c for c in subject.lefts if c.dep_ in _MODIFIER_DEPS and _conjuncts(c)), None)
    if modifier is None:
        return []
    names = [_owned(word, subject) for word in (modifier, *_conjuncts(modifier))]
    kind: ClaimantKind = "group" if subject.tag_ in {"NNS", "NNPS"} else "organisation"
    return [ClaimantFinding(Claimant(canonical_name(name), kind), None) for name in names]


def _owned(modifier: Token, head: Token) -> str:
    """ "government forces" as one of "government and opposition forces": an organ of state qualified by its state
    ("Syrian government forces"), as a bare organ is; other modifiers as written ("opposition forces")."""
    phrase = f"{modifier.text} {head.text}"
    owned = qualified_state_outlet(modifier, phrase) if modifier.lemma_.casefold() in _ORGANS else None
    return owned or phrase


def _conjuncts(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "ADJ"}]


def deniers_of(verb: Token, actors: list[str]) -> list[ClaimantFinding]:
    """Who denies: the subject, named as a claimant, one per coordinated name; a pronoun subject is the actor
    the roles resolved it to."""
    subject = _subject(verb)
    return _deniers_named(subject, actors) if subject is not None else []


def _deniers_named(subject: Token, actors: list[str]) -> list[ClaimantFinding]:
    """The claimants a denier's phrase names: each of coordinated names; a pronoun is the actor the roles found; a
    description by office is the person the next sentences name (``denier_names``)."""
    if subject.pos_ == "PRON" or subject.tag_ in {"WDT", "WP"}:
        if not actors:
            return []
        kind = lexicon().kind(actors[0])
        claimant = Claimant(actors[0], "organisation" if kind in {"organisation", "state"} else "group")
        return [ClaimantFinding(claimant, lexicon().country(actors[0]))]
    named = named_later(subject)  # "a senior commander denied ... '...,' <name> said"
    if named is not None:
        return [speaker_claimant(named)]
    shared = _shared_head(subject)
    if shared:
        return shared
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
    sentence ("Rockets hit the market. X denied the allegations."), or before the denial's clause.

    Which of that sentence's events: the one the denial names again ("denied responsibility for the
    massacre" is the massacre reported before), else the sentence's main event, highest in its parse
    ("Y said X provoked the clashes by harassing convoys": the clashes, not the harassing)."""
    verb = drafts[before].mention.trigger
    candidates = [d for d in drafts[:before] if _before_denial(d.mention.trigger, verb) and _deniable(d)]
    if _verb_denies(verb) and gapped_relative(verb):  # what the relative denies is told in its own sentence
        candidates = [d for d in candidates if d.mention.trigger.sent.start == verb.sent.start]
    if not candidates:
        return None
    owned = _owned_by(candidates, account_owner(verb)) if _verb_denies(verb) else []
    if owned:
        return owned[-1]
    named = {t.lemma_.casefold() for t in verb.subtree if t.pos_ in {"NOUN", "PROPN"} and t.i > verb.i}
    again = [d for d in candidates if d.mention.trigger.lemma_.casefold() in named]
    if again:
        return again[-1]
    last = candidates[-1].mention.trigger.sent.start
    return min((d for d in candidates if d.mention.trigger.sent.start == last), key=_depth)


def _verb_denies(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _DENYING


def _owned_by(candidates: list[Draft], owner: Token | None) -> list[Draft]:
    """The claims the owner of a rejected account made ("Militants said they took the town. The army refuted
    the militants' claims": the militants' claim)."""
    if owner is None:
        return []
    word = owner.lemma_.casefold()
    return [d for d in candidates if word in (d.claimant.name or "").casefold().split()]


def _before_denial(trigger: Token, verb: Token) -> bool:
    """In an earlier sentence, or in the denial's own before its clause ("X accused Y of killing six, but the
    claim was denied")."""
    sentence = verb.sent.start
    return trigger.sent.start < sentence or (trigger.sent.start == sentence and trigger.i < verb.left_edge.i)


def _deniable(draft: Draft) -> bool:
    return draft.event_type.casefold() in _DENIABLE_TYPES and not draft.negated and draft.modality == "asserted"


def _depth(draft: Draft) -> tuple[bool, int]:
    """How far below the sentence's main verb the event sits; a modifier ("the US-backed militants") describes a
    participant and is never the main event."""
    trigger = draft.mention.trigger
    return trigger.dep_ in {"amod", "compound"}, sum(1 for _ in trigger.ancestors)


def _denied_event(denial: Draft, antecedent: Draft, denier: ClaimantFinding) -> Draft:
    """A negated claim of the antecedent event, voiced by the denier, over the denial's clause."""
    own_part = _verb_denies(denial.mention.trigger) and account_owner(denial.mention.trigger) is None
    roles = Roles(
        actors=(list(denial.roles.actors) if own_part else []) or list(antecedent.roles.actors),
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
        if trigger.i in _indices(ancestor, _content_deps(ancestor)):
            return ancestor
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _misparsed_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "deny Damascus carried out the attack": a that-less clause whose subject the parser took for the
    denial's object and whose verb it hung elsewhere; (the subject, the clause's verb) when a finite verb
    follows a named object at once. An account ("denied the reports") is an object, not a subject."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.casefold() in _DENIED_OBJECTS or obj.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    after = obj.right_edge.i + 1
    if after >= len(verb.doc):
        return None
    following = verb.doc[after]
    if following.tag_ in _FINITE_TAGS and following.pos_ in {"VERB", "AUX"}:
        clause = following.head if following.pos_ == "AUX" and following.head.i > following.i else following
        return obj, clause
    return None


def _passive_after(subject: Token, clause: Token) -> bool:
    """ "denied fighters were killed": the subject of a passive clause is who it happened to, not the doer."""
    between = subject.doc[subject.right_edge.i + 1 : clause.i]
    return clause.tag_ == "VBN" and any(t.lemma_.lower() in {"be", "get"} for t in between)


def _clause_doer(verb: Token) -> tuple[Token | None, set[int], bool]:
    """Who the denied clause says acted, the clause's words, and whether the clause is a passive that names
    only who it happened to ("denied civilians were killed"): the active subject of the that-clause ("denied
    Damascus had carried out the attack"), also where the parser misread the clause."""
    misparsed = _misparsed_clause(verb)
    if misparsed is not None:
        subject, clause = misparsed
        words_of = {t.i for t in clause.subtree} - _indices(clause, _ALONGSIDE_DEPS)
        passive = _passive_after(subject, clause)
        return (None if passive else subject), words_of, passive and not _deniers_own(subject)
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if complement is None:
        return None, set(), False
    return next((c for c in complement.children if c.dep_ == "nsubj"), None), set(), _victim_clause(complement)


def _victim_clause(clause: Token) -> bool:
    """ "(denied that) civilians were killed": a passive with a subject and no "by" phrase says who suffered, not
    who acted, so its event has no doer the denier could be. The denier's own ("its aircraft were involved") is
    no victim: that clause denies the denier's part."""
    patient = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if patient is None or any(c.dep_ == "agent" for c in clause.children):
        return False
    return not _deniers_own(patient)


def _deniers_own(subject: Token) -> bool:
    """ "it", "its aircraft": a pronoun or a phrase owned by one stands for the denier's side."""
    return subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)


def _doer_names(subject: Token, denial: Draft) -> list[str]:
    """The named doer of a denied clause; a pronoun or the denier's own ("its aircraft") is the denier's side."""
    if subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return list(denial.roles.actors)
    found = [m.canonical for m in lexicon().find(" ".join(t.text for t in subject.subtree))]
    return list(dict.fromkeys(found)) or [subject.text]


def account_owner(verb: Token) -> Token | None:
    """Whose account a denial rejects: "refuted the terrorists' claims", "dismissed claims by the Pentagon"."""
    for account in _accounts(verb):
        owners = [c for c in account.children if c.dep_ == "poss"]
        for by in (c for c in account.children if c.dep_ == "prep" and c.lower_ == "by"):
            owners.extend(c for c in by.children if c.dep_ == "pobj")
        named = [o for o in owners if o.pos_ != "PRON"]
        if named:
            return named[0]
    return None


def _set_doer(denied: list[Draft], denial: Draft, subject: Token | None, misparsed: bool, passive: bool) -> None:
    """The doer of each denied event: the clause's named subject where the parse lost it, else the denier's own
    side for an event the clause names no doer of ("denied its aircraft were involved in the incident in which
    trucks were destroyed": the denier's forces are who is said to have done it). A passive clause naming only
    the victims ("the ministry denied civilians were killed") gives no doer: the denier denies the deaths, it
    does not confess to causing them."""
    for other in denied:
        if other.event_type.casefold() not in _DENIABLE_TYPES:
            continue
        if subject is not None and (misparsed or not other.roles.actors):
            other.roles = replace(other.roles, actors=_doer_names(subject, denial))
        elif passive:
            continue
        elif not other.roles.actors and denial.roles.actors and account_owner(denial.mention.trigger) is None:
            other.roles = replace(other.roles, actors=list(denial.roles.actors))


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


def is_denial_noun(noun: Token) -> bool:
    """ "repeated its denial", "denials by X": the noun of a denying verb, not negated ("no denial")."""
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in _DENIAL_NOUNS:
        return False
    return not any(c.dep_ == "neg" or c.lower_ in _NO for c in noun.children)


def _noun_denier(noun: Token) -> Token | None:
    """Who denies, for a denial said as a noun: "denials by X", "X repeated/issued the denial", "X's denial"."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if agent is not None:
        return agent
    if noun.dep_ == "dobj":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _noun_deniers(noun: Token, actors: list[str]) -> list[ClaimantFinding]:
    subject = _noun_denier(noun)
    return _deniers_named(subject, actors) if subject is not None else []


def _content_deps(verb: Token) -> frozenset[str]:
    """Where a denial's denied content hangs: its object and complements, no clause beside a gapped object."""
    return _CONTENT_DEPS - _CLAUSE_DEPS if gapped_relative(verb) else _CONTENT_DEPS


def _verbal(draft: Draft) -> bool:
    return draft.event_type.casefold() in _ACCOUNT_TYPES


def add_denials(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each denial's negated claim made the denier's (added where the denied event had none),
    one claim per denier where several deny together."""
    result: list[Draft] = []
    extra: dict[int, list[Draft]] = {}
    _deny_governed(drafts, extra)
    for position, draft in enumerate(drafts):
        result.append(draft)
        verb = draft.mention.trigger
        doer: Token | None = None
        clause: set[int] = set()
        passive = False
        if is_denial(verb):
            deniers = deniers_of(verb, draft.roles.actors)
            content = _indices(verb, _content_deps(verb))
            alongside = _indices(verb, _ALONGSIDE_DEPS)
            doer, clause, passive = _clause_doer(verb)
            content |= clause
        elif is_denial_noun(verb):
            deniers, content, alongside = _noun_deniers(verb, draft.roles.actors), _indices(verb, _NOUN_CONTENT), set()
        else:
            continue
        if not deniers:
            continue
        denier = deniers[0]
        # an account the denier gives in the same breath ("denied responsibility and blamed rebels") is not denied
        denied = [d for d in drafts if d is not draft and d.mention.trigger.i in content and not _verbal(d)]
        _set_doer(denied, draft, doer, bool(clause), passive)
        for other in denied:
            other.claimant, other.negated = denier.claimant, True
            extra.setdefault(id(other), []).extend(_copies(other, deniers))
        beside = alongside - clause  # a misread clause hung as a conjunct is denied, not said beside
        for other in (d for d in drafts if d is not draft and d.mention.trigger.i in beside):
            if other.claimant.kind == "publication":  # the denier's counter-account, asserted
                other.claimant, other.negated = denier.claimant, False
        if denied:
            continue
        antecedent = _antecedent(drafts, position)
        if antecedent is not None:
            result.extend(_denied_event(draft, antecedent, d) for d in deniers)
    return [copy for draft in result for copy in (draft, *extra.get(id(draft), []))]
