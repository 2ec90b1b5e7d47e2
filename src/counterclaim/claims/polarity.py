"""Stage 4: polarity and modality — does the claimant say it happened, say it did not, hedge, or only foresee it?

Why look up the tree and not only at the verb: "there is no indication they were actually
targeting IS" negates the targeting through the noun it hangs from; "it appears the strikes
took place" hedges through the verb above; "should Russia strike" is conditional through
inverted "should". The walk stops at a reporting verb, because "US officials say the strikes
did not hit" is negated by its own "not", not by anything above "say".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from counterclaim.claims.clauses import lemma
from counterclaim.claims.events import LIGHT_VERBS, EventMention, is_trigger
from counterclaim.claims.modality import framed_modality
from counterclaim.claims.triggers import trigger_rules
from counterclaim.datafiles import SHARED, mapping, words

__all__ = ["Polarity", "find_polarity", "gapped_relative", "plover_recode"]

# PLOVER's auxiliary-mode rules (manual, "Auxiliary modes" and each type's ambiguities): a cooperative act
# announced for the future is AGREE (a future RETREAT is CONCEDE); a conflictual act announced by its own
# actor is THREATEN; a cooperative act that is refused is REJECT.
_FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_FUTURE_TO_THREATEN = frozenset({"ASSAULT", "PROTEST", "SANCTION", "COERCE", "MOBILIZE"})
# THREATEN's mode is the content of the threat (manual, THREATEN modes; CAMEO 131-138): to cut relations or talks,
# to restrict (boycott, strike, blockade), to arrest, to use force ("is ready to send troops": CAMEO 138).
_THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "restrict"}


def _threat_mode(event_type: str, mode: str | None) -> str | None:
    if event_type == "COERCE":
        return "arrest" if mode == "arrest" else "restrict"
    return _THREAT_MODES.get(event_type)


_REFUSED_TO_REJECT = frozenset({"AGREE", "SUPPORT", "COOPERATE", "CONSULT", "AID"})

_NEGATORS = words("counterclaim.claims", "negators")
_OCCURRENCE_VERBS = words("counterclaim.claims", "occurrence_verbs")
_NEGATING_VERBS = words("counterclaim.claims", "negating_verbs")
_DENIED_OBJECTS = words("counterclaim.claims", "denied_objects")
_NO_EVIDENCE_NOUNS = words("counterclaim.claims", "evidence_nouns")
_NEGATIVE_DETERMINERS = words("counterclaim.claims", "negative_determiners")
_DISOWNED_PART_NOUNS = words("counterclaim.claims", "disowned_part_nouns")
_HEDGES = words("counterclaim.claims", "hedges")
_TOLL_NOUNS = frozenset(mapping("counterclaim.claims", "toll_noun_categories"))
_FUTURE_AUX = words("counterclaim.claims", "future_auxiliaries")
_READY_WORDS = words("counterclaim.claims", "readiness_words")
_FUTURE_VERBS = words("counterclaim.claims", "intention_verbs")
# "an intent to fight ISIL", "plans to withdraw": the event is intended, not done.
_FUTURE_NOUNS = words(SHARED, "intent_nouns") | words(SHARED, "intent_speech_nouns")
_CONDITIONAL_MARKS = words("counterclaim.claims", "conditional_marks")
# The chain of heads stops at a verb of saying, but not at one that denies: "denied that its jets
# struck" negates the strike; nor at a speech act that is an event of its own ("threatened to strike").
_REPORTING = words(SHARED, "reporting_verbs") - words(SHARED, "speech_act_verbs") - _NEGATING_VERBS
# Where a denied event hangs under a negating verb: its complement, object, or a phrase of either; an adverbial
# clause too ("refused, citing ..."), except beside a denial, where denials.py makes it the denier's counter-account.
_DENIED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pcomp", "pobj", "prt", "acomp", "attr", "advcl"})


@dataclass(frozen=True, slots=True)
class Polarity:
    negated: bool
    hedged: bool
    modality: str


def _chain(mention: EventMention) -> list[Token]:
    """The trigger, its clause head, and the heads above them up to (not past) a reporting verb."""
    chain = [mention.trigger]
    current = mention.trigger
    for _ in range(10):
        parent = current.head
        if parent == current or parent.lemma_.lower() in _REPORTING:
            break
        chain.append(parent)
        current = parent
    if mention.head not in chain:
        chain.append(mention.head)
    return chain


def _denies(verb: Token, trigger: Token) -> bool:
    """A negating verb negates what it governs ("denied carrying out strikes", "failed to hit"), not its
    subject ("the army, which has been fighting ..., denied"), a clause beside it ("denied ..., blaming
    rebels for the attack": a counter-account), nor anything when it is itself negated or a refusal to
    say ("neither confirmed nor denied")."""
    below = next((c for c in verb.children if c == trigger or c.is_ancestor(trigger)), None)
    if below is None or below.dep_ not in _DENIED_DEPS or any(c.dep_ == "neg" for c in verb.children):
        return False
    if below.dep_ in {"ccomp", "xcomp"} and gapped_relative(verb):
        return False
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    return not any(t.lemma_.lower() == "confirm" for t in linked)


def gapped_relative(verb: Token) -> bool:
    """ "an accusation the militia has denied", "..., which the militias denied": a relative clause whose object is the
    noun it hangs on or a relative pronoun. "Deny" takes one complement, so a clause the parser hangs on it as
    well (a sub-heading glued to the sentence: "... has denied Heavy shelling The district has been ...")
    is not what is denied."""
    if verb.dep_ != "relcl":
        return False
    return verb.head.lemma_.casefold() in _DENIED_OBJECTS or any(
        c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children
    )


def _not_only(neg: Token) -> bool:
    """ "not only shelled the village but also stormed it": an addition, not a negation."""
    following = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in {"only", "just", "merely"}


def _negates(child: Token) -> bool:
    """A negation on the event word itself ("did not hit", "no strikes"), but not "not only ... but also"."""
    if child.dep_ == "neg":
        return not _not_only(child)
    return child.dep_ == "det" and child.lower_ in _NEGATIVE_DETERMINERS


def _disowns(token: Token) -> bool:
    """ "had nothing to do with the explosion": a negative pronoun owned by "have" disowns what follows."""
    return token.lower_ in _NEGATIVE_DETERMINERS and token.pos_ == "PRON" and token.head.lemma_.lower() == "have"


def _negated(mention: EventMention, chain: list[Token]) -> bool:
    trigger, head = mention.trigger, mention.head
    if trigger.lemma_.casefold() in _TOLL_NOUNS:
        return False  # "fires but no casualties": a toll of none, not a denial that the attack happened
    own = [trigger]
    if head == trigger or head.lemma_.lower() in LIGHT_VERBS | _OCCURRENCE_VERBS or is_trigger(head):
        own.append(head)  # "the strikes did not hit": the head's negation is the event's
    elif trigger.head != head:
        chain = [t for t in chain if t != head]  # "the targets of those strikes will not have been selected"
    for token in own:
        if any(_negates(c) for c in token.children):
            return True
    for subject in (c for t in own for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in _NEGATIVE_DETERMINERS or any(c.dep_ == "det" and _negates(c) for c in subject.children):
            return True
    for token in chain[1:]:
        lemma = token.lemma_.lower()
        if lemma in _NO_EVIDENCE_NOUNS | _DISOWNED_PART_NOUNS and any(
            c.lower_ in _NEGATIVE_DETERMINERS for c in token.children
        ):
            return True
        if _disowns(token):
            return True
        if lemma in _NEGATING_VERBS and token != trigger and token.pos_ == "VERB" and _denies(token, trigger):
            return True
        if token.lower_ == "without" and token.dep_ == "prep":
            return True
    return False


def _hedged(mention: EventMention, chain: list[Token]) -> bool:
    for token in chain:
        if token.lemma_.lower() in _HEDGES and token != mention.trigger:
            return True
        if any(c.lemma_.lower() in _HEDGES and c.dep_ in {"advmod", "aux", "amod"} for c in token.children):
            return True
    return False


def _conditional(mention: EventMention, chain: list[Token]) -> bool:
    for token in chain:
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL_MARKS:
                return True
            if child.dep_ == "aux" and child.lower_ in {"should", "were", "had"}:
                subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is not None and child.i < subject.i:  # "should Russia strike"
                    return True
    return False


def _future_scope(mention: EventMention) -> list[Token]:
    """Where a future marker can sit: the trigger, the verbs it is an open complement of ("plans to attack"),
    and, for a noun, the verb it is the subject or object of ("will launch strikes") — not a verb it is
    merely mentioned under ("in the midst of the battle ... will convene")."""
    trigger = mention.trigger
    scope = [trigger]
    current = trigger
    if current.pos_ in {"NOUN", "PROPN"}:
        if current.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr"} or current.head == current:
            return scope
        current = current.head
        scope.append(current)
    for _ in range(3):
        parent = current.head
        if parent == current or current.dep_ not in {"xcomp", "acomp", "acl", "pcomp", "prep", "pobj", "conj"}:
            break
        scope.append(parent)
        current = parent
    return scope


def _future(chain: list[Token]) -> bool:
    for token in chain:
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in token.children):
            return True
        if token.lemma_.lower() in _FUTURE_VERBS and token != chain[0] and token.pos_ == "VERB":
            return True
        if token.lemma_.lower() in _FUTURE_NOUNS and token != chain[0] and token.pos_ == "NOUN":
            return True
        if token.lower_ in _READY_WORDS | {"going"} and token != chain[0]:  # "going to attack"
            return True
    return False


def plover_recode(
    event_type: str,
    mode: str | None,
    polarity: Polarity,
    self_announced: bool,
    joint: bool = False,
    speaker_acts: bool = False,
) -> tuple[str, str | None, bool]:
    """(type, mode, negated) after PLOVER's future, conditional and refusal rules.

    ``self_announced``: the actor is the claimant or the publication reports it; ``speaker_acts``: a named
    claimant's own side is the actor (only they can make a conditional a threat); ``joint``: two or more
    states act together (joint military exercises are COOPERATE, not MOBILIZE).
    """
    if joint and event_type == "MOBILIZE":
        return "COOPERATE", None, polarity.negated
    if polarity.negated and event_type in _REFUSED_TO_REJECT and polarity.modality != "conditional":
        return "REJECT", None, False
    if polarity.modality == "conditional" and speaker_acts and not polarity.negated:
        if event_type in _FUTURE_TO_AGREE:  # "we will help if asked"
            return "AGREE", None, False
        if event_type not in {"AGREE", "REQUEST", "THREATEN"}:  # "we will withdraw unless ..."
            return "THREATEN", _threat_mode(event_type, mode), False
    if polarity.modality == "future" and not polarity.negated:
        if event_type in _FUTURE_TO_AGREE:
            return "AGREE", None, False
        if event_type == "RETREAT":
            return "CONCEDE", None, False
        if event_type in _FUTURE_TO_THREATEN and self_announced:  # a forecast by others is not a threat
            return "THREATEN", _threat_mode(event_type, mode), False
    return event_type, mode, polarity.negated


def _requested(mention: EventMention) -> bool:
    """ "urged the rebels to withdraw", "called on Ankara to halt its offensive": the act is what a request
    asks for (the REQUEST is the event, PLOVER's rule), not an act anyone says took place. The request verbs
    are the trigger table's verbal REQUEST rows; orders that enact their object ("ordered the troops to
    withdraw": ``enacting_request_verbs``) stay asserted, as for nominal objects in ``events``."""
    trigger = mention.trigger
    if trigger.dep_ != "xcomp" or trigger.head == trigger:
        return False
    governor = lemma(trigger.head)
    if governor in words("counterclaim.claims", "enacting_request_verbs"):
        return False
    return any(rule.pos == "VERB" and rule.event_type == "REQUEST" for rule in trigger_rules().get(governor, ()))


def _modality(mention: EventMention, chain: list[Token]) -> str:
    if _conditional(mention, chain):
        return "conditional"
    if _requested(mention):
        return "requested"
    return "future" if _future(_future_scope(mention)) else "asserted"


def find_polarity(mention: EventMention) -> Polarity:
    """Negation, hedging and modality ("asserted", "future", "conditional", "requested") of one event mention."""
    chain = _chain(mention)
    modality = framed_modality(mention) or _modality(mention, chain)  # requested/threatened: claims/modality.py
    return Polarity(_negated(mention, chain), _hedged(mention, chain), modality)
