"""Stage 4: modality framed by a request or a threat — an act someone asks for or threatens is not an act done.

"appealed for humanitarian aid", "called on the rebels to withdraw", "threatened to halt the talks",
"vowed to retake the town": the aid, the withdrawal, the halt and the retaking are named with their own
type (RAMS annotates a threatened shooting as an attack, a called-for boycott as a sanction), but nobody says
they took place. The claim keeps its type and carries the frame as its ``modality``:

* ``requested`` — the trigger (or the verb carrying it) is the to-infinitive of a request word, or the object
  of "for" after one (CAMEO 02 "Appeal": 023 appeal for aid, 025 appeal to yield, 026 appeal to meet);
  So is the verb of a demand reported with "must" or "should" ("the agency said donors must provide aid":
  ``events.is_demanded``, whose REQUEST the demand itself is);
* ``threatened`` — the trigger (or its verb) is the to-infinitive of a threat word, or what someone is
  threatened "with" (CAMEO 13 "Threaten": 131-139 threaten to halt, to ban, to use force).

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


def _frame_of(token: Token) -> str | None:
    """The modality a frame word above ``token`` gives it: through a to-infinitive, or a content preposition."""
    parent = token.head
    if parent.i == token.i:
        return None
    if token.dep_ in {"pobj", "pcomp"} and parent.dep_ == "prep" and parent.head.i != parent.i:
        return _content_frame(parent)
    if token.dep_ not in _INFINITIVE_DEPS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    for modality, event_type in FRAMED_MODALITIES.items():
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
    existed); any other claim, a requested act included, keeps its own type. PLOVER's gold codes a request's
    content as often as the request itself ("urged X to back the plan" coded SUPPORT): reading requested acts as
    REQUEST lifted the PLOVER tune half and lowered its check half (found 0.828 → 0.816), so it is not done."""
    return "THREATEN" if modality == "threatened" else event_type
