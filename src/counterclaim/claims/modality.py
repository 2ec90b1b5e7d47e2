"""Stage 4: modality framed by a request, a threat or an offer — an act someone asks for, threatens or promises is
not an act done.

"appealed for humanitarian aid", "called on the rebels to withdraw", "threatened to halt the talks",
"vowed to retake the town": the aid, the withdrawal, the halt and the retaking are named with their own
type (RAMS annotates a threatened shooting as an attack, a called-for boycott as a sanction), but nobody says
they took place. The claim keeps its type and carries the frame as its ``modality``:

* ``requested`` — the trigger (or the verb carrying it) is the to-infinitive of a request word, or the object
  of "for" after one (CAMEO 02 "Appeal": 023 appeal for aid, 025 appeal to yield, 026 appeal to meet);
  So is the verb of a demand reported with "must" or "should" ("the agency said donors must provide aid":
  ``events.is_demanded``, whose REQUEST the demand itself is);
* ``threatened`` — the trigger (or its verb) is the to-infinitive of a threat word, or what someone is
  threatened "with" (CAMEO 13 "Threaten": 131-139 threaten to halt, to ban, to use force);
* ``intended`` — the to-infinitive or should-clause of an intent word of the AGREE rows ("offered to negotiate",
  "pledged to provide aid", "agreed that the states should cooperate": CAMEO 03 "Express intent to …").

A that-clause of a request word in the mandative form ("requested that the government provide relief") is
requested like a to-infinitive, and a thing asked for through a measure ("asked for 5,000 tons of aid") like
the thing itself.

Request and threat words are the trigger table's REQUEST and THREATEN rows (the same words that make the
REQUEST or THREATEN claim itself), plus ``appeal_words.txt``; orders that enact what they order
("ordered the troops to withdraw", ``enacting_request_verbs.txt``) are no frame: the withdrawal is an event.

PLOVER codes a threat by its frame (a threat of sanctions is a THREATEN whose mode is the sanction):
``plover_reading`` gives that reading of a claim, so one claim serves PLOVER and RAMS at once.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from counterclaim.claims.clauses import lemma
from counterclaim.claims.events import EventMention, is_demanded
from counterclaim.claims.triggers import trigger_rules
from counterclaim.datafiles import words

__all__ = ["FRAMED_MODALITIES", "framed_modality", "plover_reading"]

FRAMED_MODALITIES = {"requested": "REQUEST", "threatened": "THREATEN"}
# How the framed act hangs on its frame word: a to-infinitive ("urged X to withdraw", "a threat to close the
# border") or the object of a preposition that names what is asked or threatened.
_INFINITIVE_DEPS = frozenset({"xcomp", "acl"})
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "dative"})
_REVERSAL_VERBS = words("counterclaim.claims", "reversal_verbs")
_CONTENT_PREPS = {"requested": frozenset({"for"}), "threatened": frozenset({"with"})}
# The PLOVER types a REQUEST's modes name (manual, "REQUEST modes": assist, yield, meet; CAMEO 101, 103, 105, 106).
_REQUEST_MODE_TYPES = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT"})
_INTENT = "intended"  # the modality an intent frame (an offer, pledge, promise or agreement to act) gives its act
# PLOVER's reading of an intended act (manual, AGREE: future CONSULT, SUPPORT, COOPERATE and AID are AGREE;
# CONCEDE/RETREAT: an announced withdrawal or release is CONCEDE).
_INTENDED_READING = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
_MEASURE_PREPS = frozenset({"of", "in"})
_MANDATIVE_MODALS = frozenset({"should", "must"})
_BARE_FORMS = frozenset({"VB", "VBP"})  # "that the soldiers withdraw": the tagger reads the bare form as present


@cache
def _frame_words(event_type: str) -> frozenset[str]:
    """The first word of every trigger rule of the frame's type ("call for" → "call"), less enacting orders."""
    rules = [rule for group in trigger_rules().values() for rule in group]
    found = {rule.lemma.split()[0] for rule in rules if rule.event_type == event_type}
    if event_type == "REQUEST":
        found |= words("counterclaim.claims", "appeal_words")
        found -= words("counterclaim.claims", "enacting_request_verbs")
    return frozenset(found)


def _content_frame(prep: Token) -> str | None:
    """ "appealed for aid", "threatened them with sanctions": the preposition's governor is a frame word; so is the
    word right before it ("renewed their calls for a ceasefire", where the parser hangs "for" on the verb)."""
    governors = {lemma(prep.head)} | ({lemma(prep.nbor(-1))} if prep.i > prep.sent.start else set())
    for modality, preps in _CONTENT_PREPS.items():
        if prep.lower_ in preps and governors & _frame_words(FRAMED_MODALITIES[modality]):
            return modality
    return None


def _measured_whole(token: Token) -> Token:
    """ "an appeal for 50 million dollars in aid", "asked for 2,000 tons of food aid": the asked-for thing hangs on a
    measure noun (one counted by a number); the measure phrase as a whole is what the frame governs."""
    for _ in range(2):
        prep = token.head
        if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _MEASURE_PREPS:
            break
        measure = prep.head
        if measure.i == prep.i or not (measure.like_num or any(c.dep_ == "nummod" for c in measure.children)):
            break
        token = measure
    return token


def _subjunctive_content(token: Token) -> bool:
    """ "requested that the government provide relief", "demanded that the troops should leave": a that-clause of a
    request word in the bare (mandative) form or with "should"/"must" is what is asked (CAMEO 10 "Demand"); "asked
    whether the troops had left" and a clause in the past say what happened."""
    if token.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False
    modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return (token.tag_ in _BARE_FORMS and not modals) or bool(modals & _MANDATIVE_MODALS)


def _frame_of(token: Token) -> str | None:
    """The modality a frame word above ``token`` gives it: through a to-infinitive, a content preposition or a
    mandative that-clause."""
    token = _measured_whole(token)
    parent = token.head
    if parent.i == token.i:
        return None
    if token.dep_ in {"pobj", "pcomp"} and parent.dep_ == "prep" and parent.head.i != parent.i:
        return _content_frame(parent)
    if _subjunctive_content(token):
        return _frame_by_word(parent, {"requested": "REQUEST", _INTENT: "AGREE"})
    if token.dep_ not in _INFINITIVE_DEPS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    return _frame_by_word(parent, {**FRAMED_MODALITIES, _INTENT: "AGREE"})


def _frame_by_word(parent: Token, frames: dict[str, str]) -> str | None:
    """The modality whose frame type's trigger words hold the governor: "urged X to leave" is requested; "offered to
    negotiate", "agreed that the states should cooperate" only announce the act (CAMEO 03 "Express intent to …"):
    it is intended, keeps its own type (RAMS annotates "an offer to negotiate" as a negotiation) and PLOVER reads it
    as the AGREE (``plover_reading``)."""
    for modality, event_type in frames.items():
        if lemma(parent) in _frame_words(event_type):
            return modality
    return None


def _argument_of(trigger: Token, head: Token) -> bool:
    """The nominal trigger is the subject or object of the verb carrying it ("launch an offensive"), not a word
    describing a place or people the verb is about ("allow aid into the besieged town": the siege goes on)."""
    return trigger.i != head.i and trigger.head.i == head.i and trigger.dep_ in _ARGUMENT_DEPS


def _ends_something(verb: Token) -> bool:
    """ "pressed Ankara to halt its offensive": what a reversal verb would end is going on; only the halt is asked."""
    particles = {f"{lemma(verb)} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return bool(({lemma(verb)} | particles) & _REVERSAL_VERBS)


def framed_modality(mention: EventMention) -> str | None:
    """``requested`` or ``threatened`` when the mention's trigger or the verb carrying it is what a request asks
    for or a threat threatens; None otherwise (the mention's own modality then applies)."""
    if mention.event_type in FRAMED_MODALITIES.values():
        return None  # "threatened to issue an ultimatum": a speech act stays one
    carriers = [mention.trigger]
    if _argument_of(mention.trigger, mention.head) and not _ends_something(mention.head):
        carriers.append(mention.head)  # "threatened to launch an offensive": the verb carrying the noun is framed
    for token in carriers:
        found = _frame_of(token)
        if found is not None:
            return found
    return "requested" if any(is_demanded(t) for t in carriers) else None


def plover_reading(event_type: str, modality: str) -> str:
    """The claim's type as PLOVER codes the sentence: a threatened act is the THREATEN whose mode it gives (PLOVER's
    THREATEN modes, CAMEO 131-139 — what the recoding of a self-announced future act did before this modality
    existed); an intended act ("offered to negotiate") is the AGREE or CONCEDE the manual codes a promise of it as;
    a requested act of one of REQUEST's own modes is that REQUEST (the manual's modes assist, yield and
    meet: CAMEO 101/103 "Demand material cooperation / aid", 105 "Demand that target yields", 106 "Demand meeting");
    any other claim keeps its own type. A requested SUPPORT (verbal backing: "urged X to back the plan") keeps its
    type: PLOVER's gold codes it as SUPPORT as often as REQUEST, and reading every requested act as REQUEST lifted the
    tune half and cost the check half a sentence found (0.828 → 0.816)."""
    if modality == "threatened":
        return "THREATEN"
    if modality == "requested" and event_type in _REQUEST_MODE_TYPES:
        return "REQUEST"
    if modality == _INTENT:
        return _INTENDED_READING.get(event_type, event_type)
    return event_type
