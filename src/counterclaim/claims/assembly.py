"""Stage 4: assembly — the claim drafts a report builds up, and what later sentences and paragraphs add to them.

Why a draft: a claim is not finished when its own clause is read. A following sentence without an
event of its own ("Around 20 plane flights have been carried out.") adds its counts, a listing
sentence ("they included military equipment, arms depots ...") its target categories, and ACLED's
protest and battle categories depend on the other claims of the paragraph. ``Draft`` holds a claim
until then; ``freeze`` turns it into the frozen ``Claim`` with counts, places and dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from counterclaim.claims import counts, dates, places
from counterclaim.claims.acled import Neighbour, refine_protest, scene_words
from counterclaim.claims.events import EventMention
from counterclaim.claims.roles import Roles, listed_categories
from counterclaim.datafiles import phrases, words
from counterclaim.models import Acled, Claim, Claimant, Count, DateRef, Document, Location
from counterclaim.nlp import paragraph_of

__all__ = [
    "Draft",
    "attach_counts",
    "continue_previous",
    "evidence",
    "freeze",
    "inherit_places",
    "join_battles",
    "refine_protests",
    "speaker_acts",
]

_ARMED_CLASH = Acled("Battles", "Armed clash")
_VAC_ATTACK = Acled("Violence against civilians", "Attack")


@dataclass(slots=True)
class Draft:
    """A claim being assembled; frozen into a Claim once continuation sentences are read."""

    mention: EventMention
    event_type: str
    mode: str | None
    claimant: Claimant
    roles: Roles
    negated: bool
    hedged: bool
    modality: str
    acled: Acled | None
    evidence: Span
    paragraph: int
    extra_spans: list[Span] = field(default_factory=list)
    carried: bool = False  # a copy voicing a later sentence's own source (``carried.py``): its counts are theirs
    locations: list[Location] | None = None  # set by ``inherit_places``; None: ``freeze`` reads them


def evidence(mention: EventMention) -> Span:
    """The clause that carries the event, or the sentence when the clause is the sentence."""
    head = mention.head
    sentence = mention.trigger.sent
    start = max(head.left_edge.i, sentence.start)
    end = min(head.right_edge.i + 1, sentence.end)
    if not (start <= mention.trigger.i < end):
        return sentence
    return head.doc[start:end]


def _words(names: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for name in names for w in name.split())


def speaker_acts(found_claimant: Claimant, country: str | None, actors: list[str]) -> bool:
    """The claimant's own side is the actor: "Nigeria said it will withdraw its force unless ..."."""
    return bool({found_claimant.name, country} & set(actors) - {None})


def continue_previous(drafts: list[Draft], sentence: Span, paragraph: int) -> None:
    """ "Around 20 plane flights have been carried out." — a trigger-less sentence elaborates the claim before it."""
    if not drafts:
        return
    last = drafts[-1]
    categories = listed_categories(sentence.root)
    if categories:
        last.roles.target_categories.extend(c for c in categories if c not in last.roles.target_categories)
        last.extra_spans.append(sentence)
    elif last.paragraph == paragraph:
        last.extra_spans.append(sentence)


def refine_protests(drafts: list[Draft]) -> None:
    """ACLED's protest sub-types depend on what else the paragraph says happened at the protest."""
    for draft in drafts:
        if draft.acled is None or draft.acled.event_type not in {"Protests", "Riots"}:  # a protest, force used on one
            continue
        neighbours = [
            Neighbour(d.event_type, d.mode, _words(d.roles.actors), _words(d.roles.targets), d.mention.trigger.lemma_)
            for d in drafts
            if d is not draft and d.paragraph == draft.paragraph and not d.negated
        ]
        draft.acled = refine_protest(draft.acled, neighbours, *scene_words(draft.mention.trigger))


_ANSWERED_FIRE = words("counterclaim.claims", "answered_fire_triggers")
_TWO_WAY_PHRASES = tuple(" ".join(p) for p in phrases("counterclaim.claims", "two_way_phrases"))
_ONE_SIDED_FIRE = frozenset({_VAC_ATTACK, Acled("Explosions/Remote violence", "Shelling/artillery/missile attack")})


def _two_way_paragraphs(drafts: list[Draft]) -> set[int]:
    """Paragraphs that say fire was answered ("the army returned fire", "explosions in both directions")."""
    found = {d.paragraph for d in drafts if d.mention.trigger.lemma_.lower() in _ANSWERED_FIRE and not d.negated}
    sentences = {d.mention.trigger.sent.start: (d.mention.trigger.sent, d.paragraph) for d in drafts}
    for sentence, paragraph in sentences.values():
        lemmas = " ".join(t.lemma_.lower() for t in sentence)
        if any(f" {p} " in f" {lemmas} " for p in _TWO_WAY_PHRASES):
            found.add(paragraph)
    return found


def join_battles(drafts: list[Draft]) -> None:
    """ "A trafficker was killed after exchanging fire with police": a killing inside a two-sided fight is part of
    the battle for ACLED, unless the text says the dead were civilians. Shelling or shooting that the paragraph
    says was answered ("rebels fired mortars at army posts; the army returned fire") is one side of a clash."""
    battles = {d.mention.trigger.sent.start for d in drafts if d.acled == _ARMED_CLASH and d.mention.priority >= 6}
    two_way = _two_way_paragraphs(drafts)
    for draft in drafts:
        not_civilian = draft.roles.target_kind != "civilian"
        in_battle = draft.mention.trigger.sent.start in battles and not_civilian
        if in_battle and draft.acled == _VAC_ATTACK:
            draft.acled = _ARMED_CLASH
        answered = draft.paragraph in two_way and draft.mode in {None, "heavy-weapons", "firearms"}
        if answered and not_civilian and draft.acled in _ONE_SIDED_FIRE:
            draft.acled = _ARMED_CLASH


def _counts(draft: Draft) -> list[Count]:
    found: list[Count] = []
    spans = draft.extra_spans if draft.carried else [draft.evidence, draft.mention.trigger.sent, *draft.extra_spans]
    for span in spans:
        found.extend(c for c in counts.find_counts(span) if c not in found)
    return found


def _closeness(draft: Draft, count: Count) -> tuple[int, int, int]:
    """How near a count is to a draft's event, smaller first: inside its clause, governed by its trigger
    ("killed 16 and wounded 40": 16 under "killed", 40 under "wounded"), then distance from the trigger."""
    start = count.start or 0
    end = count.end or start
    inside = draft.evidence.start_char <= start < draft.evidence.end_char
    trigger = draft.mention.trigger
    span = trigger.doc.char_span(start, end, alignment_mode="expand")
    governed = span is not None and any(t == trigger for t in span.root.ancestors)
    return (not inside, not governed, abs(trigger.idx - start))


def attach_counts(drafts: list[Draft]) -> list[list[Count]]:
    """Each draft's counts, every figure on exactly one claim: the one whose event it is nearest.

    Why: two claims of one sentence ("shelled the town, killing 12") both read the sentence; a figure
    kept on both is counted twice by whoever sums claims (a CSV total over-counts by about a quarter).
    """
    found = [_counts(draft) for draft in drafts]
    owner: dict[tuple[int | None, int | None], int] = {}
    for index, draft_counts in enumerate(found):
        for count in draft_counts:
            key = (count.start, count.end)
            best = owner.get(key)
            if best is None or _closeness(drafts[index], count) < _closeness(drafts[best], count):
                owner[key] = index
    return [[c for c in draft_counts if owner[(c.start, c.end)] == i] for i, draft_counts in enumerate(found)]


def _own_locations(draft: Draft, country: str | None) -> list[Location]:
    """Places the clause names, else the sentence."""
    found = places.find_locations(draft.evidence, country)
    return found or places.find_locations(draft.mention.trigger.sent, country)


def _locations(draft: Draft, country: str | None) -> list[Location]:
    """The draft's places (its own or inherited), and the report's country at country precision (3) when it
    names none itself. Why the country after a borrowed town: ``Claim.own_locations`` is then exactly what the
    claim had before places were inherited, so the stages that read only its own places see no change."""
    found = draft.locations if draft.locations is not None else _own_locations(draft, country)
    if country and all(location.inherited for location in found):
        found = [*found, Location(name=country, country=country, precision=3)]
    return found


_SCENE_CHANGES = tuple(" ".join(p) + " " for p in phrases("counterclaim.claims", "scene_change_openers"))


def _opens_new_scene(sentence: Span) -> bool:
    """ "Elsewhere, ...", "In a separate incident, ...": the sentence turns to another event."""
    opening = " ".join(t.lower_ for t in sentence[:4] if not t.is_punct) + " "
    return opening.startswith(_SCENE_CHANGES)


def _sub_national(found: list[Location]) -> list[Location]:
    """Places finer than a province (precision 1 or 2): what a following sentence can mean without naming it."""
    return [loc for loc in found if loc.precision in {1, 2}]


def _continues(before: Draft, draft: Draft, published: str | None) -> bool:
    """Whether ``draft`` goes on about the event of ``before``: the same paragraph, the same or the next
    sentence, no turn to another scene ("Elsewhere, ..."), and no date of its own that differs from the
    date ``before`` gives ("Shelling hit Kafr Nabl on Monday. Three people were killed." is one event;
    "... On Tuesday, a child was killed." need not be)."""
    earlier, sentence = before.mention.trigger.sent, draft.mention.trigger.sent
    next_sentence = earlier.end == sentence.start
    if before.paragraph != draft.paragraph or not (next_sentence or earlier.start == sentence.start):
        return False
    if next_sentence and _opens_new_scene(sentence):
        return False
    own = _date(draft, published)
    return own.start is None or own.start == _date(before, published).start


def inherit_places(drafts: list[Draft], document: Document, country: str | None) -> None:
    """Each draft's places; a claim whose clause and sentence name no place takes the places finer than a
    province of the claim before it, when it continues that claim's event (``_continues``).

    Why: reports name the place once ("Government aircraft bombed Kafr Nabl on Monday. Three civilians were
    killed and ten wounded."), and the claim that carries the toll would otherwise be placed at the country.
    Only a town or a point near one is passed on, only to the next sentence of the same paragraph: a wrong
    inherited place is worse than none, since it puts a claim on the map where nothing says it happened.
    """
    inheritable: list[Location] = []
    for index, draft in enumerate(drafts):
        own = _own_locations(draft, country)
        before = drafts[index - 1] if index else None
        if not own and before is not None and inheritable and _continues(before, draft, document.published):
            own = [_borrowed(location) for location in inheritable]
        elif not own:
            own = [_borrowed(location) for location in _lead_in_places(before, draft, document, country)]
        draft.locations = own
        inheritable = _sub_national(own)


def _lead_in_sentence(before: Draft | None, draft: Draft) -> Span | None:
    """The sentence just before the draft's, in its paragraph, when it opens the paragraph's claims.

    Why: a report often sets the scene in a sentence whose verb is no event ("A missile landed outside
    the hospital in <Town>.", "Troops stopped protesters at the square in <Town>.") and files the claim in
    the next one ("The hospital is regularly attacked."); the claim-to-claim inheritance never sees it.
    Only before the paragraph's first claim: further down a long article the sentence before a claim is
    as often background (a debate about the town, who was blamed) as the scene of the event.
    """
    sentence = draft.mention.trigger.sent
    if sentence.start == 0 or _opens_new_scene(sentence):
        return None
    lead_in = sentence.doc[sentence.start - 1].sent
    if paragraph_of(sentence.doc, lead_in.start_char) != draft.paragraph:
        return None
    if before is not None and before.paragraph == draft.paragraph:
        return None  # an earlier claim of the paragraph: the claim chain decides, a lead-in only opens one
    return lead_in


def _lead_in_places(before: Draft | None, draft: Draft, document: Document, country: str | None) -> list[Location]:
    """The towns of the lead-in sentence (``_lead_in_sentence``), when the draft gives no other date."""
    lead_in = _lead_in_sentence(before, draft)
    if lead_in is None:
        return []
    own = _date(draft, document.published).start
    if own is not None and own != dates.resolve_date(lead_in, document.published).start:
        return []
    return _sub_national(places.find_locations(lead_in, country))


def _borrowed(location: Location) -> Location:
    """The place marked as inherited (``Location.inherited``): the dispute stages must not read it as named."""
    return replace(location, inherited=True)


def _date(draft: Draft, published: str | None) -> DateRef:
    date = dates.resolve_date(draft.evidence, published)
    if date.start is None:
        date = dates.resolve_date(draft.mention.trigger.sent, published)
    return date


def freeze(draft: Draft, n: int, document: Document, country: str | None, found: list[Count]) -> Claim:
    """The finished claim: the draft plus its counts (``attach_counts``), places and date from the sibling modules."""
    return Claim(
        id=f"{document.id}-c{n:03d}",
        document_id=document.id,
        event_type=draft.event_type,
        mode=draft.mode,
        acled=draft.acled,
        actors=draft.roles.actors,
        targets=draft.roles.targets,
        target_categories=draft.roles.target_categories,
        locations=_locations(draft, country),
        date=_date(draft, document.published),
        counts=found,
        claimant=draft.claimant,
        negated=draft.negated,
        hedged=draft.hedged,
        start=draft.evidence.start_char,
        end=draft.evidence.end_char,
        trigger=draft.mention.trigger.text,
        modality=draft.modality,
    )
