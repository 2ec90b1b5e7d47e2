"""Stage 4: claimant — who asserts a claim: a statement's speaker, "reports", a named group, or the publication.

Why in this order: a claim inside a quote or reported clause is the speaker's, whatever the
publication thinks of it (stage 3 finds those statements). Where stage 3 has no statement
for the clause, the reporting verb above it still names the source ("US officials say ...",
"according to activists"). "There have been reports of ..." and "reportedly" make the
claim the reports' own (kind unattributed); everything else the publication asserts itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from counterclaim.actors import lexicon
from counterclaim.claims.events import EventMention
from counterclaim.datafiles import SHARED, words
from counterclaim.models import Claimant, ClaimantKind, Document, Statement
from counterclaim.nlp import entities

__all__ = ["REPORTING_VERBS", "ClaimantFinding", "find_claimant"]

# Who reports an event: a verb of saying or of belief, but not a speech act that is an event of its own
# ("threatened to impose a curfew" is a threat, not a report that a curfew was imposed).
REPORTING_VERBS = (words(SHARED, "reporting_verbs") - words(SHARED, "speech_act_verbs")) | words(
    SHARED, "reporting_verbs_epistemic"
)
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj", "advcl"})
_REPORT_NOUNS = words(SHARED, "report_nouns")
_GROUP_HEADS = words("counterclaim.claims", "group_speaker_nouns")


@dataclass(frozen=True, slots=True)
class ClaimantFinding:
    """The claimant plus the country of their side, for "our forces" and "the country's air force"."""

    claimant: Claimant
    country: str | None


def _statement_for(mention: EventMention, statements: list[Statement]) -> Statement | None:
    position = mention.trigger.idx
    inside = [s for s in statements if s.start <= position < s.end]
    return min(inside, key=lambda s: s.end - s.start) if inside else None


def _country_of(*texts: str | None) -> str | None:
    for text in texts:
        if not text:
            continue
        for found in lexicon().find(text):
            if lexicon().kind(found.canonical) == "state":
                return found.canonical
            country = lexicon().country(found.text)
            if country:
                return country
    return None


def _phrase(head: Token) -> str:
    tokens = [t for t in head.subtree if t.dep_ not in {"relcl", "punct", "det"} and t.head.dep_ != "relcl"]
    if len(tokens) > 8:
        tokens = [t for t in head.lefts if t.dep_ in {"compound", "amod"}] + [head]
    return "".join(t.text_with_ws for t in sorted(tokens, key=lambda t: t.i)).strip()


def _speaker_claimant(head: Token) -> ClaimantFinding:
    """A claimant named by the subject of a reporting verb or the object of "according to"."""
    text = _phrase(head)
    persons = [e for e in entities(head.doc, "PERSON") if head.left_edge.i <= e.start and e.end <= head.i + 1]
    if persons:
        name: str = persons[-1].text
        return ClaimantFinding(Claimant(name=name, kind="person"), _country_of(text))
    if head.lemma_.lower() in _REPORT_NOUNS and not any(c.dep_ == "prep" for c in head.children):
        return ClaimantFinding(Claimant(name="reports", kind="unattributed"), None)
    canonical = lexicon().canonical(text)
    if canonical:
        kind: ClaimantKind = "organisation" if lexicon().kind(canonical) in {"organisation", "state"} else "group"
        return ClaimantFinding(Claimant(name=canonical, kind=kind), _country_of(text))
    plural = head.tag_ in {"NNS", "NNPS"} or (head.lemma_.lower() in _GROUP_HEADS and head.tag_ == "NNS")
    return ClaimantFinding(Claimant(name=text, kind="group" if plural else "organisation"), _country_of(text))


def _reporting_ancestor(mention: EventMention) -> Token | None:
    """The reporting verb whose complement holds the claim ("US officials say [the strikes did not hit ...]")."""
    current = mention.head
    for _ in range(8):
        parent = current.head
        if parent == current:
            return None
        claims_responsibility = any(c.lemma_.lower() in {"responsibility", "credit"} for c in parent.children)
        if parent.lemma_.lower() in REPORTING_VERBS and current.dep_ in _COMPLEMENT_DEPS and not claims_responsibility:
            return parent
        current = parent
    return None


def _according_to(mention: EventMention) -> Token | None:
    sentence = mention.trigger.sent
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _report_frame(mention: EventMention) -> Token | None:
    """ "There have been reports of X": the noun "reports" above the claim."""
    for token in mention.trigger.ancestors:
        if token.lemma_.lower() in {"report", "claim", "allegation", "account"} and token.pos_ == "NOUN":
            return token
    return None


def find_claimant(mention: EventMention, document: Document, statements: list[Statement]) -> ClaimantFinding:
    """Who asserts the event: statement speaker, reporting-verb subject, "reports", or the publication."""
    statement = _statement_for(mention, statements)
    if statement is not None and statement.speaker.name is None:  # stage 3 saw a claim but no one to name
        own = _own_claimant(mention, document)
        if own.claimant.kind != "publication":
            claimant = own.claimant
            return ClaimantFinding(Claimant(claimant.name, claimant.kind, statement.id), own.country)
        return ClaimantFinding(Claimant(None, statement.speaker.kind, statement.id), None)
    if statement is not None:
        speaker = statement.speaker
        country = speaker.country or _country_of(speaker.affiliation, speaker.as_written, speaker.name)
        return ClaimantFinding(Claimant(name=speaker.name, kind=speaker.kind, statement_id=statement.id), country)
    return _own_claimant(mention, document)


def _own_claimant(mention: EventMention, document: Document) -> ClaimantFinding:
    """The claimant this sentence names itself, when stage 3 has no statement for it."""
    reporting = _reporting_ancestor(mention)
    if reporting is not None:
        subject = next((c for c in reporting.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos_ != "PRON" and subject.tag_ not in {"WDT", "WP", "WRB"}:
            return _speaker_claimant(subject)
    source = _according_to(mention)
    if source is not None:
        return _speaker_claimant(source)
    frame = _report_frame(mention)
    if frame is not None:
        sources = [c for p in frame.children if p.lower_ in {"from", "by"} for c in p.children if c.dep_ == "pobj"]
        if sources:
            return _speaker_claimant(sources[0])
        return ClaimantFinding(Claimant(name="reports", kind="unattributed"), None)
    if any(t.lower_ in {"reportedly", "allegedly"} for t in mention.head.children):
        return ClaimantFinding(Claimant(name="reports", kind="unattributed"), None)
    return ClaimantFinding(Claimant(name=document.site or None, kind="publication"), None)
