"""Stage 4: event triggers — which words in a sentence assert a PLOVER event, of which type and mode.

Why a lexicon keyed by lemma plus dependency context, not a keyword list: "strike" is an
attack in "air strikes" and a protest in "workers went on strike"; "hit" is violent only
when something violent does the hitting. The words live in ``data/claims_triggers.tsv``
(lemma, part of speech, type, mode, a named condition, a priority) and the weapon/means
words that give an ASSAULT its mode in ``data/claims_mode_cues.tsv``; the conditions are
the small functions in ``_CONDITIONS`` below.

One clause asserts one event: triggers that share a clause head ("Russia's air force
carried out targeted strikes") merge into one mention, the most specific trigger winning.
A noun that == only the *topic* of a speech act ("dismissed claims on the Russian strikes",
"spoke about the air strikes") is not an event of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from counterclaim.datafiles import packaged_text, table_lines, table_rows, words

__all__ = ["EventMention", "ModeCue", "TriggerRule", "find_event_mentions", "is_trigger", "mode_cues", "trigger_rules"]


# Verbs that only carry a nominal event ("carried out strikes", "launched an attack").
LIGHT_VERBS = words("counterclaim.claims", "light_verbs")
# Speech-act types: a noun attached to one of these through "about/on/over" is a topic, not an event.
_SPEECH_TYPES = frozenset({"CONSULT", "REJECT", "ACCUSE", "REQUEST", "AGREE", "SUPPORT", "THREATEN"})
_TOPIC_PREPS = frozenset({"on", "over", "into"})
_ALWAYS_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
_MILITARY_WORDS = words("counterclaim.claims", "military_words")
_VIOLENT_WORDS = words("counterclaim.claims", "violence_words")
# Modes that say more about an ASSAULT come first: "aircraft fired missiles" is aerial, not heavy-weapons.
_MODE_ORDER = tuple(table_lines(packaged_text("counterclaim.claims", "assault_mode_order.txt")))
# "grenade launchers", "rocket launchers": the modifier names the ammunition, the head the weapon.
_WEAPON_HEADS = frozenset({"launcher", "launch", "pod", "system"})


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One row of the trigger lexicon."""

    lemma: str
    pos: str
    event_type: str
    mode: str | None
    condition: str | None
    priority: int


@dataclass(frozen=True, slots=True)
class ModeCue:
    """A weapon or means word and the ASSAULT mode it implies (plus an ACLED sub-event when it is finer)."""

    mode: str
    acled_sub_event: str | None


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event asserted in one clause: the winning trigger, the clause head, type and mode."""

    trigger: Token
    head: Token
    event_type: str
    mode: str | None
    priority: int
    acled_hint: str | None = None
    demand: bool = False  # "Russia said Sudan must return the helicopter": a REQUEST by the speaker


def _rows(name: str) -> list[list[str]]:
    return table_rows(packaged_text("counterclaim.claims", name))


def _dash(value: str) -> str | None:
    return None if value in {"", "-"} else value


@cache
def trigger_rules() -> dict[str, tuple[TriggerRule, ...]]:
    """Trigger rules keyed by the lemma of the token that carries them (the last word for compounds)."""
    table: dict[str, list[TriggerRule]] = {}
    for row in _rows("claims_triggers.tsv"):
        rule = TriggerRule(row[0], row[1], row[2], _dash(row[3]), _dash(row[4]), int(row[5]))
        words = rule.lemma.split()
        key = words[-1] if rule.pos == "NOUN" and len(words) > 1 else words[0]
        table.setdefault(key, []).append(rule)
    return {k: tuple(sorted(v, key=lambda r: -r.priority)) for k, v in table.items()}


@cache
def mode_cues() -> dict[str, ModeCue]:
    """Weapon/means words → ASSAULT mode; keys are lemmas or two-word compounds ("air force")."""
    return {row[0]: ModeCue(row[1], _dash(row[2]) if len(row) > 2 else None) for row in _rows("claims_mode_cues.tsv")}


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_verbal(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or (token.pos_ == "ADJ" and token.tag_ == "VBN")


def _is_nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"}


def _pos_matches(rule: TriggerRule, token: Token) -> bool:
    if rule.pos == "VERB":
        return _is_verbal(token)
    if rule.pos == "NOUN":
        return _is_nominal(token)
    return _is_verbal(token) or _is_nominal(token)


def _words_match(rule: TriggerRule, token: Token) -> bool:
    words = rule.lemma.split()
    if len(words) == 1:
        return True
    if rule.pos == "NOUN":  # "air strike": the modifier is a compound/amod child
        return any(_lemma(c) == words[0] or c.lower_ == words[0] for c in token.lefts)
    # "pull out", "open fire" (a child), "set on fire" (the object of a child preposition)
    near = [*token.children, *(g for c in token.children if c.dep_ == "prep" for g in c.children)]
    return any(_lemma(c) == words[-1] or c.lower_ == words[-1] for c in near)


def subjects(verb: Token) -> list[Token]:
    """Grammatical subjects of a verb, climbing through conjoined and open-complement verbs."""
    seen: set[int] = set()
    while verb.i not in seen:
        seen.add(verb.i)
        found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
        if found:
            return found
        if verb.dep_ in {"conj", "xcomp", "acomp"} and verb.head != verb:  # "he is prepared to lift the ban"
            verb = verb.head
            continue
        break
    return []


def _phrase_lemmas(token: Token) -> set[str]:
    return {_lemma(t) for t in token.subtree} | {t.lower_ for t in token.subtree}


def _needs_violence(token: Token) -> bool:
    head = token.head if token.dep_ in {"acl", "relcl"} else token
    scope = {*token.subtree, *head.children, *(t for s in subjects(head) for t in s.subtree)}
    words = {_lemma(t) for t in scope if t != token} | {t.lower_ for t in scope if t != token}
    return bool(words & (_VIOLENT_WORDS | set(mode_cues())))


_STRUCK_IDIOMS = words("counterclaim.claims", "strike_idiom_objects")


def _strike_not_idiom(token: Token) -> bool:
    """ "Russia struck areas" is an attack, "the sides struck a deal" is not."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if objects:
        return all(o.lemma_.lower() not in _STRUCK_IDIOMS for o in objects)
    return _needs_violence(token)


def _needs_object(token: Token) -> bool:
    return any(c.dep_ in {"dobj", "ccomp", "xcomp", "prep", "nsubjpass", "attr", "prt"} for c in token.children) or (
        token.dep_ in {"acl", "relcl", "amod"}
    )


def _with_partner(token: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in token.children):
        return True
    for subject in subjects(token):
        if any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in {"NNS", "NNPS"}:
            return True
    return False


_LABOUR_WORDS = words("counterclaim.claims", "labour_words")


def _protest_strike(token: Token) -> bool:
    """ "Workers went on strike", "a hunger strike", "an open-ended strike" by a union: a strike, not an attack."""
    on_strike = token.dep_ == "pobj" and token.head.lower_ == "on"
    return on_strike or any(_lemma(t) in _LABOUR_WORDS for t in token.sent)


def _military_object(token: Token) -> bool:
    scope = [c for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}]
    return any(_phrase_lemmas(c) & _MILITARY_WORDS for c in scope)


_TERRITORY_WORDS = words("counterclaim.claims", "territory_nouns")


def _territory_object(token: Token) -> bool:
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(o.lemma_.lower() in _TERRITORY_WORDS or o.ent_type_ in {"GPE", "LOC", "FAC"} for o in objects)


_CIVIL_OBJECTS = words("counterclaim.claims", "civil_mission_nouns")


def _civil_object(token: Token) -> bool:
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(_phrase_lemmas(o) & _CIVIL_OBJECTS for o in objects)


def _intransitive(token: Token) -> bool:
    return not any(c.dep_ in {"dobj", "ccomp"} for c in token.children)


def _gunfire_sense(token: Token) -> bool:
    return token.tag_ == "NN" and _needs_violence(token)


def _as_subject(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"}


def _plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"}


def _diplomatic(token: Token) -> bool:
    from counterclaim.actors import lexicon

    for subject in subjects(token):
        if subject.tag_ in {"NNS", "NNPS"} and subject.pos_ != "PROPN":
            return False
        canonical = lexicon().canonical(subject.text)
        if canonical and lexicon().kind(canonical) in {"state", "organisation"}:
            return True
    return False


_CONDITIONS: dict[str, Callable[[Token], bool]] = {
    "needs_violence": _needs_violence,
    "needs_object": _needs_object,
    "with_partner": _with_partner,
    "protest_strike": _protest_strike,
    "military_object": _military_object,
    "as_subject": _as_subject,
    "plural": _plural,
    "diplomatic": _diplomatic,
    "strike_not_idiom": _strike_not_idiom,
    "territory_object": _territory_object,
    "civil_object": _civil_object,
    "gunfire_sense": _gunfire_sense,
    "intransitive": _intransitive,
}


_NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "LAW"})


def _rule_for(token: Token) -> TriggerRule | None:
    """The highest-priority rule whose words, part of speech and condition fit this token."""
    if token.pos_ == "PROPN" and token.ent_type_ in _NAME_ENTITIES:
        return None  # "Amnesty International", "the Peace Corps": a word of a name, not a trigger
    rules = trigger_rules()
    candidates = rules.get(_lemma(token), ()) + (rules.get(token.lower_, ()) if token.lower_ != _lemma(token) else ())
    for rule in sorted(candidates, key=lambda r: -r.priority):
        if not (_pos_matches(rule, token) and _words_match(rule, token)):
            continue
        if rule.condition is None or _CONDITIONS[rule.condition](token):
            return rule
    return None


def is_trigger(token: Token) -> bool:
    """Whether the token is an event trigger in its own right."""
    return _rule_for(token) is not None


def clause_head(token: Token) -> Token:
    """The verb whose clause asserts the event: the trigger itself, or the verb that carries a nominal trigger."""
    current = token
    if _is_verbal(current) and current.dep_ not in {"acl", "amod"}:
        return current
    for _ in range(6):
        head = current.head
        if head == current:
            return current
        if _is_verbal(head) and current.dep_ not in {"compound"}:
            if head.dep_ in {"acl", "amod"} and head.head != head:  # "missions targeting X" → carried
                current = head
                continue
            return head
        current = head
    return current


# An authority's order enacts its object ("the government ordered patrols"): the object stays an event.
_ENACTING_REQUESTS = frozenset({"order", "command", "direct"})


def _is_topic(token: Token, head: Token, rule_types: dict[int, str]) -> bool:
    """A nominal trigger reached from a speech-act trigger through "about/on/over" is that act's topic."""
    if not _is_nominal(token):
        return False
    if token.dep_ == "dobj" and token.head != token:
        governor = rule_types.get(token.head.i)
        if governor == "REQUEST" and _lemma(token.head) not in _ENACTING_REQUESTS:
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
        if current.dep_ == "pobj" and parent.lower_ in _ALWAYS_TOPIC_PREPS:
            return True
        if (
            current.dep_ == "pobj"
            and parent.lower_ in {"against", "over"}
            and rule_types.get(parent.head.i) == "PROTEST"
        ):
            return True  # "protested against the arrest of ...": the grievance, not an event of the protest
        if current.dep_ == "pobj" and parent.lower_ in _TOPIC_PREPS:
            crossed_topic_prep = True
        if crossed_topic_prep and rule_types.get(parent.i) in _SPEECH_TYPES:
            return True
        if crossed_topic_prep and _lemma(parent) in {"claim", "report", "allegation", "information", "clarity"}:
            return parent.head != parent and rule_types.get(parent.head.i) in _SPEECH_TYPES
        if parent == head:
            return False
        current = parent
    return False


# Nouns of intent: "the stated purpose to help fight IS", "an intent to fight ISIL", "its intentions, fighting
# ISIL" name an aim, not an event that happened.
_INTENT_NOUNS = frozenset(
    {"purpose", "intent", "intention", "aim", "goal", "objective", "plan", "determination", "commitment", "willingness"}
)
_INTENT_PATH_DEPS = frozenset({"xcomp", "acl", "appos", "pobj", "prep", "dobj", "aux", "pcomp", "conj"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "the fight against ISIL", "our fight against terrorism": a campaign named as a cause, not one engagement.
_CAMPAIGN_NOUNS = frozenset({"fight", "struggle", "war"})


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
        if left.pos_ == "NOUN" and _lemma(left) in _INTENT_NOUNS:
            return True
        if left.lower_ not in {"to", "help", ","}:
            return False
    return False


def is_generic(token: Token) -> bool:
    """Whether a trigger names an activity in general rather than asserting an event: the complement of an
    intent noun, a subjectless gerund used as a clause's subject ("Fighting ISIL ... only risks escalating"),
    or a singular campaign noun with "against" ("the fight against ISIL")."""
    if _generic_gerund(token) or _after_intent_noun(token):
        return True
    if (
        _lemma(token) in _CAMPAIGN_NOUNS
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
        if current.pos_ == "NOUN" and _lemma(current) in _INTENT_NOUNS:
            return True
        if current.tag_ in _FINITE_TAGS:
            return False
    return False


def _cue_for(token: Token) -> ModeCue | None:
    cues = mode_cues()
    compound = " ".join(t.lower_ for t in token.lefts if t.dep_ in {"compound", "amod"})
    for key in (f"{compound} {_lemma(token)}".strip(), _lemma(token), token.lower_):
        if key in cues:
            return cues[key]
    return None


_MODE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "prep", "compound", "amod", "npadvmod", "advcl"})


def _mode_scope(trigger: Token, head: Token) -> list[Token]:
    """Words that can say how an ASSAULT was done: trigger, modifiers, the clause's subject, object, instrument."""
    scope = [trigger, *trigger.children]
    for verb in {trigger, head}:
        for child in verb.children:
            # "fired missiles, launchers and small arms": a misparsed list hangs off the verb as conjuncts
            conjoined_weapon = child.dep_ == "conj" and child.pos_ == "NOUN"
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
        if _lemma(following) in _WEAPON_HEADS or (token.dep_ == "compound" and _lemma(token.head) in _WEAPON_HEADS):
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


_DEMAND_MODALS = frozenset({"must", "should"})
_DEMAND_REPORTING = frozenset(
    {"say", "insist", "tell", "state", "declare", "add", "stress", "warn", "conclude", "announce"}
)


def _demands(sentence: Span) -> list[EventMention]:
    """PLOVER codes "X said Y must do Z" as X's REQUEST to Y, whatever Z is."""
    found = []
    for verb in sentence:
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS), None)
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if modal is None or subject is None or modal.i < subject.i or subject.lower_ in {"we", "i"}:
            continue
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _DEMAND_REPORTING:
            found.append(EventMention(verb, verb, "REQUEST", "change", 2, demand=True))
    return found


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


def _modifier(token: Token, rule: TriggerRule) -> bool:
    """ "aid deliveries", "an aid program", "truce monitors": aid and agreement nouns modifying another noun
    classify it (workers, convoys, monitors) and assert no event of their own. Other types keep the claim: "a
    mediation effort", "the boycott movement" still name the act."""
    return (
        _is_nominal(token)
        and token.dep_ in {"compound", "amod", "nmod"}
        and _is_nominal(token.head)
        and rule.event_type in _CLASSIFIER_TYPES
    )


def _setting_talks(mention: EventMention, mentions: list[EventMention]) -> bool:
    """ "demanded X at the fourth round of talks", "failed to agree despite hours of negotiations": talks named
    in a prepositional phrase are the setting of another event in the sentence, not a CONSULT of their own."""
    token = mention.trigger
    if mention.event_type != "CONSULT" or not _is_nominal(token) or token.dep_ != "pobj":
        return False
    return any(m.event_type != "CONSULT" and m.trigger != token for m in mentions)


def find_event_mentions(sentence: Span) -> list[EventMention]:
    """Every event the sentence asserts, one per clause and type, in text order."""
    matched: list[tuple[Token, TriggerRule]] = []
    for token in sentence:
        rule = _rule_for(token)
        if rule is not None:
            matched.append((token, rule))
    rule_types = {token.i: rule.event_type for token, rule in matched}
    mentions = []
    for token, rule in matched:
        head = clause_head(token)
        if _is_topic(token, head, rule_types) or is_generic(token) or _modifier(token, rule):
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
