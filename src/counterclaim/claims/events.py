"""Stage 4: events — which clauses of a sentence assert a PLOVER event, of which type and mode.

Matching a word against the trigger lexicon is ``triggers`` (with its conditions in
``trigger_conditions``), the ASSAULT mode is ``modes``. This module decides which matched
triggers assert an event: one clause asserts one event, so triggers that share a clause head
("Russia's air force carried out targeted strikes") merge into one mention, the most specific
trigger winning. A noun that is only the *topic* of a speech act ("dismissed claims on the
Russian strikes", "spoke about the air strikes"), the aim of an intent noun, a protest's own
demand, a classifier ("aid deliveries") or the setting of talks is not an event of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from counterclaim.claims.clauses import clause_head, is_nominal, lemma, subjects
from counterclaim.claims.headline_verbs import headline_verb_rule
from counterclaim.claims.modes import ModeCue, assault_mode, mode_cues
from counterclaim.claims.non_events import reports_no_event
from counterclaim.claims.reversals import find_reversals
from counterclaim.claims.triggers import TriggerRule, is_trigger, rule_for, trigger_rules
from counterclaim.datafiles import SHARED, words

__all__ = [
    "LIGHT_VERBS",
    "EventMention",
    "ModeCue",
    "TriggerRule",
    "assault_mode",
    "clause_head",
    "find_event_mentions",
    "is_demanded",
    "is_generic",
    "is_trigger",
    "mode_cues",
    "subjects",
    "trigger_rules",
]


# Verbs that only carry a nominal event ("carried out strikes", "launched an attack").
LIGHT_VERBS = words("counterclaim.claims", "light_verbs")
# Speech-act types: a noun attached to one of these through "about/on/over" is a topic, not an event.
_SPEECH_TYPES = frozenset({"CONSULT", "REJECT", "ACCUSE", "REQUEST", "AGREE", "SUPPORT", "THREATEN"})
_TOPIC_PREPS = words("counterclaim.claims", "topic_preps")
# What a protest is against: "protested over the arrest", "in protest at/of the refusal" (a grievance, not an event).
_GRIEVANCE_PREPS = frozenset({"against", "over", "at", "of"})
_ALWAYS_TOPIC_PREPS = words("counterclaim.claims", "always_topic_preps")


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event asserted in one clause: the winning trigger, the clause head, type and mode."""

    trigger: Token
    head: Token
    event_type: str
    mode: str | None
    priority: int
    acled_hint: str | None = None
    demand: bool = False  # "Paris said Rome must hand back the ship": a REQUEST by the speaker
    reversed_thing: Token | None = None  # "lifted the blockade on X": the blockade, whose recipient X is the event's


_ENACTING_REQUESTS = words("counterclaim.claims", "enacting_request_verbs")
# A reversal names what happened more exactly than the trigger of the thing it ends.
_REVERSAL_PRIORITY = 8


def _is_topic(token: Token, head: Token, rule_types: dict[int, str]) -> bool:
    """A nominal trigger reached from a speech-act trigger through "about/on/over" is that act's topic."""
    if not is_nominal(token):
        return False
    if token.dep_ == "dobj" and token.head != token:
        governor = rule_types.get(token.head.i)
        if governor == "REQUEST" and lemma(token.head) not in _ENACTING_REQUESTS:
            return True  # "demanded the resignation of ...", "demanded a truce": the content of a request
        own = rule_types.get(token.i)
        if governor in _SPEECH_TYPES and own in _SPEECH_TYPES and own != "AGREE":
            return True  # "rejected an appeal", "accepted their demands": the speech act answered, not a new one
    current = token
    crossed_topic_prep = False
    for _ in range(8):
        parent = current.head
        if parent == current:
            return False
        # "talks on ending the siege": a gerund after a topic preposition (pcomp) is a topic like a noun (pobj)
        prep_object = current.dep_ in {"pobj", "pcomp"}
        if prep_object and parent.lower_ in _ALWAYS_TOPIC_PREPS:
            return True
        if prep_object and parent.lower_ in _GRIEVANCE_PREPS and rule_types.get(parent.head.i) == "PROTEST":
            return True  # "protested against the arrest of ...", "in protest at the refusal": the grievance
        if prep_object and parent.lower_ in _TOPIC_PREPS:
            crossed_topic_prep = True
        if crossed_topic_prep and rule_types.get(parent.i) in _SPEECH_TYPES:
            return True
        if crossed_topic_prep and lemma(parent) in {"claim", "report", "allegation", "information", "clarity"}:
            return parent.head != parent and rule_types.get(parent.head.i) in _SPEECH_TYPES
        if parent == head and not _gerund_topic(parent):
            return False
        current = parent
    return False


def _gerund_topic(head: Token) -> bool:
    """ "talks about organising a march": a gerund clause under a topic preposition heads no event of its own, so
    the walk from its object goes on up to what the talks or agreement are about."""
    prep = head.head
    return head.dep_ == "pcomp" and prep.lower_ in _TOPIC_PREPS | _ALWAYS_TOPIC_PREPS


# Nouns of intent: "the stated purpose to help fight IS", "an intent to fight ISIL", "its intentions, fighting
# ISIL" name an aim, not an event that happened.
_INTENT_NOUNS = words(SHARED, "intent_nouns")
_INTENT_PATH_DEPS = frozenset({"xcomp", "acl", "appos", "pobj", "prep", "dobj", "aux", "pcomp", "conj"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "the fight against ISIL", "our fight against terrorism": a campaign named as a cause, not one engagement.
_CAMPAIGN_NOUNS = words("counterclaim.claims", "campaign_nouns")


def _generic_gerund(token: Token) -> bool:
    """ "Fighting ISIL without a political transition only risks ...": a subjectless gerund with an object that
    opens its sentence and stands as (or is misparsed as) the clause's subject names an activity."""
    if token.tag_ != "VBG" or token.dep_ not in {"csubj", "csubjpass", "ROOT"} or subjects(token):
        return False
    before = token.doc[token.sent.start : token.i]
    opens = all(t.pos_ in {"ADV", "CCONJ", "PUNCT"} for t in before)
    return opens and any(c.dep_ == "dobj" for c in token.children)


def _after_intent_noun(token: Token) -> bool:
    """ "its stated purpose to help fight IS", "its intentions, fighting ISIL": the trigger follows an intent
    noun through "to", "help" or a comma only (the parse of such phrases is often wrong, the surface is not)."""
    for left in reversed(token.doc[token.sent.start : token.i]):
        if left.pos_ == "NOUN" and lemma(left) in _INTENT_NOUNS:
            return True
        if left.lower_ not in {"to", "help", ","}:
            return False
    return False


_DEFINITION_VERBS = words("counterclaim.claims", "definition_verbs")


def _defined_term(token: Token) -> bool:
    """ "A strike, as defined in the releases, means ...", "is not classified as a strike": the word is a term being
    defined or classified, not an event."""
    if any(lemma(c) in _DEFINITION_VERBS for c in token.children if c.dep_ in {"acl", "relcl", "advcl"}):
        return True
    if token.dep_ in {"nsubj", "nsubjpass"} and lemma(token.head) in _DEFINITION_VERBS:
        return True
    as_phrase = token.dep_ == "pobj" and token.head.lower_ == "as"
    return as_phrase and lemma(token.head.head) in _DEFINITION_VERBS


def is_generic(token: Token) -> bool:
    """Whether a trigger names an activity in general rather than asserting an event: the complement of an
    intent noun, a subjectless gerund used as a clause's subject ("Fighting ISIL ... only risks escalating"),
    a singular campaign noun with "against" ("the fight against ISIL"), or a term being defined."""
    if _generic_gerund(token) or _after_intent_noun(token) or _defined_term(token):
        return True
    if (
        lemma(token) in _CAMPAIGN_NOUNS
        and token.tag_ == "NN"
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)
        and not any(c.like_num for c in token.children)
    ):
        return True
    current = token
    for _ in range(5):
        if current.dep_ not in _INTENT_PATH_DEPS or current.head == current:
            return False
        current = current.head
        if current.pos_ == "NOUN" and lemma(current) in _INTENT_NOUNS:
            return True
        if current.tag_ in _FINITE_TAGS:
            return False
    return False


def _merge(mentions: list[EventMention]) -> list[EventMention]:
    """One mention per (clause head, event type): the most specific trigger wins, a known mode is kept."""
    merged: dict[tuple[int, str], EventMention] = {}
    for mention in mentions:
        key = (mention.head.i, mention.event_type)
        best = merged.get(key)
        if best is None:
            merged[key] = mention
            continue
        winner, other = (mention, best) if mention.priority > best.priority else (best, mention)
        mode = "riot" if "riot" in {winner.mode, other.mode} else winner.mode or other.mode
        merged[key] = EventMention(
            winner.trigger, winner.head, winner.event_type, mode, winner.priority, winner.acled_hint or other.acled_hint
        )
    return sorted(merged.values(), key=lambda m: m.trigger.i)


_DEMAND_MODALS = words("counterclaim.claims", "demand_modals")
_DEMAND_REPORTING = words(SHARED, "reporting_verbs") | words(SHARED, "reporting_verbs_epistemic")


def is_demanded(verb: Token) -> bool:
    """ "X said Y must do Z": the verb of a reported clause with "must" or "should" after its subject (not "we"
    or "I", who announce rather than demand) is what X demands of Y."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if modal is None or subject is None or modal.i < subject.i or subject.lower_ in {"we", "i"}:
        return False
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DEMAND_REPORTING


def _demands(sentence: Span) -> list[EventMention]:
    """PLOVER codes "X said Y must do Z" as X's REQUEST to Y, whatever Z is."""
    return [EventMention(verb, verb, "REQUEST", "change", 2, demand=True) for verb in sentence if is_demanded(verb)]


_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "conj"})


def _protest_purpose(mention: EventMention, protest_tokens: set[int]) -> bool:
    """ "Students staged demonstrations to demand reforms", "thousands demonstrated calling for independence",
    "blocked roads to press their demands": a demand voiced by a protest is the protest's aim, not a REQUEST."""
    current = mention.trigger
    for _ in range(5):
        if current.dep_ not in _PURPOSE_DEPS or current.head == current:
            return False
        current = current.head
        if current.i in protest_tokens:
            return True
    return False


_CLASSIFIER_TYPES = frozenset({"AID", "AGREE"})
_CLASSIFIED_NOUNS = words("counterclaim.claims", "classified_nouns")


def _modifier(token: Token, rule: TriggerRule) -> bool:
    """ "aid deliveries", "an aid program", "truce monitors": aid and agreement nouns modifying another noun
    classify it (workers, convoys, monitors) and assert no event of their own; so does any event noun that names
    what a weapon, vehicle, unit or zone is for ("assault rifles", "attack helicopters", "battle zones"). Other
    modified nouns keep the claim: "a mediation effort", "the boycott movement", "attack victims" still name the
    act."""
    if not (is_nominal(token) and token.dep_ in {"compound", "amod", "nmod"} and is_nominal(token.head)):
        return False
    return rule.event_type in _CLASSIFIER_TYPES or lemma(token.head) in _CLASSIFIED_NOUNS


def _setting_talks(mention: EventMention, mentions: list[EventMention]) -> bool:
    """ "demanded X at the latest round of talks", "failed to agree despite hours of negotiations": talks named
    in a prepositional phrase are the setting of another event in the sentence, not a CONSULT of their own."""
    token = mention.trigger
    if mention.event_type != "CONSULT" or not is_nominal(token) or token.dep_ != "pobj":
        return False
    return any(m.event_type != "CONSULT" and m.trigger != token for m in mentions)


def _reversal_mentions(
    sentence: Span, rules: dict[int, TriggerRule | None]
) -> tuple[list[EventMention], set[int]]:
    """ "lifted the siege", "called off the strike": one event of the reversal's type, unless it is itself the
    topic of a speech act ("demanded the lifting of the siege") or a generic mention; and the tokens whose own
    triggers it replaces (its verb, and the thing reversed when that was called off, not merely halted)."""
    reversals = find_reversals(sentence, rules)
    rule_types = {i: rule.event_type for i, rule in rules.items() if rule is not None}
    rule_types.update({r.trigger.i: r.event_type for r in reversals})
    found, replaced = [], set()
    for reversal in reversals:
        token = reversal.trigger
        head = clause_head(token)
        if _is_topic(token, head, rule_types) or is_generic(token):
            continue
        mention = EventMention(token, head, reversal.event_type, reversal.mode, _REVERSAL_PRIORITY)
        found.append(replace(mention, reversed_thing=reversal.reversed_thing))
        replaced |= {token.i, reversal.reversed_thing.i} if reversal.replaces_thing else {token.i}
    return found, replaced


def find_event_mentions(sentence: Span) -> list[EventMention]:
    """Every event the sentence asserts, one per clause and type, in text order; a reversal ("halted aid")
    replaces the triggers of its verb and of the thing reversed."""
    rules = {token.i: rule_for(token) or headline_verb_rule(token) for token in sentence}
    mentions, replaced = _reversal_mentions(sentence, rules)
    matched: list[tuple[Token, TriggerRule]] = []
    for token in sentence:
        rule = rules[token.i] if token.i not in replaced else None
        if rule is not None:
            matched.append((token, rule))
    rule_types = {token.i: rule.event_type for token, rule in matched}
    rule_types.update({m.trigger.i: m.event_type for m in mentions})
    for token, rule in matched:
        head = clause_head(token)
        if _is_topic(token, head, rule_types) or is_generic(token) or _modifier(token, rule):
            continue
        if reports_no_event(token, rule_types):
            continue
        mode, hint = rule.mode, None
        if rule.event_type == "ASSAULT":
            cue_mode, hint = assault_mode(token, head)
            if rule.mode in {None, "destroy", "explosives"} and cue_mode is not None:
                mode = cue_mode if rule.mode is None or cue_mode in {"aerial", "drone", "suicide-attack"} else mode
        mentions.append(EventMention(token, head, rule.event_type, mode, rule.priority, hint))
    protest_tokens = {t.i for m in mentions if m.event_type == "PROTEST" for t in (m.trigger, m.head)}
    mentions = [m for m in mentions if not (m.event_type == "REQUEST" and _protest_purpose(m, protest_tokens))]
    mentions = [m for m in mentions if not _setting_talks(m, mentions)]
    return _merge(mentions + _demands(sentence))
