"""Stage 4, per report: each clause's claim from its sub-steps, then what the document adds (see claims/__init__)."""


from __future__ import annotations

from spacy.tokens import Doc

from counterclaim.actors import lexicon
from counterclaim.claims import places
from counterclaim.claims.accusations import name_the_accused
from counterclaim.claims.acled import acled_for
from counterclaim.claims.assembly import (
    Draft,
    attach_counts,
    evidence,
    freeze,
    inherit_places,
    join_battles,
    refine_protests,
    speaker_acts,
)
from counterclaim.claims.carried import Continuations
from counterclaim.claims.claimant import find_claimant
from counterclaim.claims.denials import add_denials
from counterclaim.claims.events import EventMention, find_event_mentions
from counterclaim.claims.polarity import find_polarity, plover_recode
from counterclaim.claims.roles import RoleContext, find_roles
from counterclaim.models import Claim, Document, Statement
from counterclaim.nlp import paragraph_of

__all__ = ["find_claims"]


def _draft(
    mention: EventMention, document: Document, statements: list[Statement], previous: tuple[str, ...], paragraph: int
) -> Draft:
    """One clause's claim, sub-steps in order: the claimant first (roles resolve "their aircraft" to the
    claimant's side), then roles, polarity, PLOVER's recoding rules, and the ACLED category of what is left."""
    found = find_claimant(mention, document, statements)
    context = RoleContext(found.country, found.claimant.name, previous, found.claimant.kind == "person")
    roles = find_roles(mention, context)
    polarity = find_polarity(mention)
    speaker_side = speaker_acts(found.claimant, found.country, roles.actors)
    self_announced = speaker_side or found.claimant.kind == "publication"
    joint = sum(1 for a in roles.actors if lexicon().kind(a) == "state") >= 2
    event_type, mode, negated = plover_recode(
        mention.event_type, mention.mode, polarity, self_announced, joint, speaker_side
    )
    acled = None
    if event_type == mention.event_type and polarity.modality == "asserted":
        acled = acled_for(
            event_type,
            mode,
            roles.target_kind,
            mention.trigger.lemma_.lower(),
            mention.acled_hint,
            roles.actor_kind,
            roles.actors,
        )
    return Draft(
        mention,
        event_type,
        mode,
        found.claimant,
        roles,
        negated,
        polarity.hedged,
        polarity.modality,
        acled,
        evidence(mention),
        paragraph,
    )


def _drafts(document: Document, doc: Doc, statements: list[Statement]) -> list[Draft]:
    """Claims in text order; a sentence with no event adds its counts and listed targets to the claim before it."""
    drafts: list[Draft] = []
    previous: tuple[str, ...] = ()
    continuations = Continuations(document, statements)
    for sentence in doc.sents:
        if not sentence.text.strip():
            continue
        paragraph = paragraph_of(doc, sentence.start_char)
        mentions = find_event_mentions(sentence)
        if not mentions:
            continuations.add(drafts, sentence, paragraph)
            continue
        for mention in mentions:
            draft = _draft(mention, document, statements, previous, paragraph)
            drafts.append(draft)
            if draft.roles.actors:
                previous = tuple(draft.roles.actors)
    name_the_accused(continuations.placed(drafts))
    drafts = continuations.placed(add_denials(drafts))
    refine_protests(drafts)
    join_battles(drafts)
    return drafts


def find_claims(document: Document, doc: Doc, statements: list[Statement]) -> list[Claim]:
    """Every event claim in ``document``; ``doc`` is spaCy's parse of ``document.text``."""
    country = places.document_country(doc)
    drafts = _drafts(document, doc, statements)
    inherit_places(drafts, document, country)
    return [
        freeze(draft, n, document, country, found)
        for n, (draft, found) in enumerate(zip(drafts, attach_counts(drafts), strict=True), 1)
    ]
