"""Stage 4: contradictions — two opposing parties who disagree about one attribute of the same event.

Why so strict: most pairs of claims in a report that look alike are not disputes. Two strikes in
different towns or weeks are two events; a war-wide toll and one strike's toll, a figure and its
sub-count ("22 people, seven of them children"), a toll that rose or a period's running total
("5,000 targets since September", ``period_totals.py``) and one strike's figure, the reporter's own background
and two voices of one side are not contradictions. So two claims contradict only when

* both come from parties (``sides.py``): not the publication, not "reports", not a source the
  report only points back to, and not two voices of the same party;
* they are about the same event: the same material PLOVER type, both asserted, dates that overlap,
  no two different named places, and a shared target, actor or named place;
* they disagree on what conflict reporting disputes — who did it (``actor``), who or what was hit
  (``target``: a denied target, or civilians against fighters), how many (``count``: the same
  category, group and place), or whether it happened at all (``occurred``).

A denial is a contradiction of its own kind: "the army denied any involvement", or a negated claim
by the party another claimant says did it, disputes the ``actor``; a rejection of another party's
claims ("Lavrov dismissed claims by the Pentagon") disputes that party's ``claim``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from counterclaim.claims.background_claims import evidence, habitual_denial, is_rejection, recalled, rejecting_form
from counterclaim.claims.count_disputes import comparable, ranges_disagree
from counterclaim.claims.dispute_sides import DisputeSideReader
from counterclaim.claims.period_totals import is_period_total
from counterclaim.claims.rejection_kinds import clears_itself
from counterclaim.claims.sides import Side, SideReader
from counterclaim.datafiles import SHARED, words
from counterclaim.models import Claim, Contradiction, Count, Statement

__all__ = ["find_contradictions"]

CLAIMS = "counterclaim.claims"
_MATERIAL_TYPES = words(CLAIMS, "contradiction_event_types")
_ACCUSING_TYPES = frozenset({"accuse"})
# What a bare denial ("denied any involvement") answers: an accusation, or a report of violence.
_DENIABLE_TYPES = frozenset({"ASSAULT", "COERCE"})
_INVOLVEMENT_NOUNS = words(CLAIMS, "denied_involvement_nouns") | words(SHARED, "report_nouns")
_BLAME_NOUNS = words(CLAIMS, "blame_nouns")
_BACKGROUND_MODIFIERS = words(CLAIMS, "background_modifiers")
# How far back (characters, about two sentences) a bare "denied the allegation" looks for the allegation.
_ANSWER_WINDOW = 400
_CIVILIAN = words(CLAIMS, "civilian_nouns")
_SETTLEMENTS = words(CLAIMS, "settlement_nouns")
_ARMED = words(CLAIMS, "armed_nouns")
_VICTIM_CATEGORIES = words(CLAIMS, "disputed_count_categories")
_TERRITORY_CHANGES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# A claim dated more than this many days before its report's day is background (see find_contradictions).
BACKGROUND_DAYS = 60


@dataclass(frozen=True, slots=True)
class _Voiced:
    """A claim with the side of its claimant (None: no party) and, per count, whether it is a cumulative or
    period total ("5,000 targets struck since September")."""

    claim: Claim
    side: Side | None
    totals: tuple[bool, ...] = ()

    def is_total(self, index: int) -> bool:
        return index < len(self.totals) and self.totals[index]


def _material(claim: Claim) -> bool:
    return claim.event_type.casefold() in _MATERIAL_TYPES and claim.modality == "asserted"


def _generic(claim: Claim) -> bool:
    """ "Fighting ISIL only risks escalating the war": an activity with no one doing it is not a reported event."""
    trigger = claim.trigger or ""
    return not claim.actors and trigger.lower().endswith("ing") and not claim.counts


def _places(claim: Claim) -> set[str]:
    """Places the claim names itself (a town or district); the report's country alone is too coarse to match on,
    and a place inherited from the claim before (``Location.inherited``) is not one the claim names."""
    return {loc.name.casefold() for loc in claim.own_locations if loc.precision in {1, 2}}


def _dates_overlap(a: Claim, b: Claim) -> bool:
    """Unknown dates overlap anything; two known ones must share a day (ISO strings compare in order)."""
    if a.date.start is None or b.date.start is None:
        return True
    a_end, b_end = a.date.end or a.date.start, b.date.end or b.date.start
    return a.date.start <= b_end and b.date.start <= a_end


@dataclass(frozen=True, slots=True)
class _EventFacts:
    """What ``_same_event`` compares, read once per claim rather than once per pair of claims."""

    claim: Claim
    side: Side
    places: frozenset[str]
    targets: frozenset[str]
    actor_parties: frozenset[str]


def _event_facts(claim: Claim, side: Side, reader: SideReader) -> _EventFacts:
    return _EventFacts(claim, side, frozenset(_places(claim)), frozenset(claim.targets), reader.of_actors(claim.actors))


def _comparable(claim: Claim) -> bool:
    """A claim that can be one side of a dispute about an event: a material type, asserted, not generic."""
    return _material(claim) and not _generic(claim)


def _same_event(a: _EventFacts, b: _EventFacts) -> bool:
    """Overlapping dates, no two different towns, and something shared. ``_event_pairs`` only pairs
    comparable claims (``_comparable``) of one event type, so neither is asked again here."""
    if not _dates_overlap(a.claim, b.claim):
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    return bool(a.targets & b.targets or a.actor_parties & b.actor_parties or a.places & b.places)


def _victim_class(claim: Claim) -> str | None:
    """ "civilian" or "armed" when everything the claim says was hit is of one class (schools, children;
    positions, fighters), else None. Only figures of people harmed name who was hit: "three of its fighters
    carried out the attack" counts the attackers (``other``), not armed victims."""
    heads = [t.split()[-1].casefold() for t in [*claim.targets, *claim.target_categories] if t.split()]
    heads += [c.subject.casefold() for c in claim.counts if c.subject and c.category in _VICTIM_CATEGORIES]
    classes = {_class_of(h) for h in heads} - {None}
    return classes.pop() if len(classes) == 1 else None


def _class_of(head: str) -> str | None:
    """ "civilian" or "armed" for a victim noun; a settlement ("a village", "the town") is where it
    happened, not who was hit, and has no class."""
    singular = head[:-1] if head.endswith("s") and head[:-1] in _CIVILIAN | _ARMED else head
    if singular in _SETTLEMENTS:
        return None
    civilian, armed = singular in _CIVILIAN, singular in _ARMED
    if civilian == armed:
        return None
    return "civilian" if civilian else "armed"


def _open_figures(voiced: list[_Voiced]) -> frozenset[tuple[str, str, str, int]]:
    """(document, side, category, figure) a party gives as a lower bound somewhere in its report
    ("at least 40"): the same party's bare "40 dead" elsewhere (a headline, a summary) is that bound."""
    return frozenset(
        (item.claim.document_id, item.side.key, count.category, count.low)
        for item in voiced
        if item.side is not None
        for count in item.claim.counts
        if count.low is not None and count.high is None
    )


def _is_open(item: _Voiced, count: Count, open_figures: frozenset[tuple[str, str, str, int]]) -> bool:
    """A lower bound: from a headline (headlines drop "at least"), or given as one elsewhere by the same party."""
    if item.claim.in_headline:
        return True
    key = (item.claim.document_id, item.side.key if item.side else "", count.category, count.low or 0)
    return key in open_figures


def _count_dispute(
    a: _Voiced, b: _Voiced, open_figures: frozenset[tuple[str, str, str, int]]
) -> tuple[Count, Count] | None:
    """Two figures for one group in one named place (a war-wide toll has none to share with one strike's)
    that no value fits, each read as the lower bound its party gives it as (``_is_open``)."""
    if not _places(a.claim) & _places(b.claim):
        return None
    for i, x in enumerate(a.claim.counts):
        for j, y in enumerate(b.claim.counts):
            if not comparable(x, a.claim, a.is_total(i), y, b.claim, b.is_total(j)):
                continue
            if ranges_disagree(x, y, x_open=_is_open(a, x, open_figures), y_open=_is_open(b, y, open_figures)):
                return x, y
    return None


def _negation_dispute(yes: _Voiced, no: _Voiced, reader: SideReader, text: str | None) -> tuple[str, str] | None:
    """One party says it happened, another that it did not: about who did it, what was hit, or at all."""
    assert no.side is not None and yes.side is not None
    said, denied = yes.claim, no.claim
    doers_said, doers_denied = reader.of_actors(said.actors), reader.of_actors(denied.actors)
    if doers_said & no.side.parties and not _two_sided(said):
        return "actor", f"{yes.side.name} says {', '.join(said.actors)} did it; {no.side.name} denies it"
    if denied.actors and doers_denied <= no.side.parties:
        return None  # "Russia denied carrying out raids there" denies its part, not that the market was hit
    if doers_denied and not said.actors:  # "denied government bombings" of an attack told with no doer
        return "occurred", f"{yes.side.name} says it happened; {no.side.name} says it did not"
    shared = sorted(set(denied.targets) & set(said.targets))
    if denied.targets and shared:
        return "target", f"{yes.side.name} says {', '.join(shared)} was targeted; {no.side.name} says it was not"
    if denied.targets:
        return None  # "did not hit civilians" against "hit IS positions" agrees
    if evidence(denied, text) and not _said_denying(denied, text):
        return None  # "showed no sign of leaving", "no casualties": a negative with no doer or target denies no event
    return "occurred", f"{yes.side.name} says it happened; {no.side.name} says it did not"


def _blame_differs(a: _Voiced, b: _Voiced, reader: SideReader) -> bool:
    """Two parties name different perpetrators for what was hit in one place.

    Each party reporting its own operation ("our jets struck IS in Raqqa") tells of two operations.
    """
    assert a.side is not None and b.side is not None
    x, y = a.claim, b.claim
    if _two_sided(x) or _two_sided(y) or _taking_ground(x) or _taking_ground(y):
        return False
    actors_x, actors_y = reader.of_actors(x.actors), reader.of_actors(y.actors)
    if not actors_x or not actors_y or actors_x & actors_y:
        return False
    if actors_x <= a.side.parties and actors_y <= b.side.parties:
        return False
    return bool(_concrete_targets(x, reader) & _concrete_targets(y, reader) or _places(x) & _places(y))


def _taking_ground(claim: Claim) -> bool:
    """ "Kurdish-led forces seized more villages near Manbij": a place taken by force (ACLED "Government regains
    territory", "Non-state actor overtakes territory") is its taker's own operation, not a strike whose doer another
    party names differently."""
    return claim.acled is not None and claim.acled.sub_event_type in _TERRITORY_CHANGES


def _two_sided(claim: Claim) -> bool:
    """A clash (ACLED "Armed clash": two armed sides fighting each other) has no single perpetrator, so naming
    its sides is no answer to who did a strike: "fighting between X and Y" beside "Z began the offensive"."""
    clash = claim.acled is not None and claim.acled.sub_event_type == "Armed clash"
    return clash and len(claim.actors) > 1  # one side named ("Russia's strike on the convoy") is blame


def _counted_victims_differ(x: Claim, y: Claim) -> bool:
    """Two figures of different victims ("80 fighters killed", "14 civilians killed") count two groups, both of
    which can be true; a dispute over what was hit is one side's civilians against the other's military target."""
    return bool(x.counts and y.counts)


def _concrete_targets(claim: Claim, reader: SideReader) -> set[str]:
    """What was hit, less the parties: many forces fight Islamic State, and two of them naming it as
    their target tell of two campaigns, not of one strike blamed on two perpetrators."""
    return {t.casefold() for t in claim.targets if not reader.parties(t)}


def _disagreement(
    a: _Voiced,
    b: _Voiced,
    reader: SideReader,
    open_figures: frozenset[tuple[str, str, str, int]],
    text: str | None,
) -> tuple[str, str] | None:
    """The attribute two opposing parties' claims about one event disagree on, with a one-line summary."""
    assert a.side is not None and b.side is not None
    x, y = a.claim, b.claim
    if x.negated != y.negated:
        return _negation_dispute(b, a, reader, text) if x.negated else _negation_dispute(a, b, reader, text)
    if x.negated:
        return None
    if _blame_differs(a, b, reader):
        return "actor", f"{a.side.name}: {', '.join(x.actors)}; {b.side.name}: {', '.join(y.actors)}"
    class_x, class_y = _victim_class(x), _victim_class(y)
    if class_x and class_y and class_x != class_y and not _counted_victims_differ(x, y):
        return "target", f"{a.side.name}: {class_x} hit; {b.side.name}: {class_y} hit"
    counts = _count_dispute(a, b, open_figures)
    if counts is not None:
        first, second = counts
        return "count", f"{first.category}: {a.side.name} {first.as_written}; {b.side.name} {second.as_written}"
    return None


def _attribute_disputes(
    voiced: list[_Voiced], reader: SideReader, seen: _Listed, text: str | None
) -> list[Contradiction]:
    found = []
    open_figures = _open_figures(voiced)
    for a, b in _event_pairs(voiced, reader):
        assert a.side is not None and b.side is not None  # for mypy: _event_pairs pairs parties only
        disagreement = _disagreement(a, b, reader, open_figures, text)
        if disagreement is None:
            continue
        attribute, summary = disagreement
        if seen.seen(attribute, a.side, b.side):
            continue
        found.append(Contradiction(attribute, [a.claim.id, b.claim.id], summary, [a.side.name, b.side.name]))
    return found


def _event_pairs(voiced: list[_Voiced], reader: SideReader) -> Iterator[tuple[_Voiced, _Voiced]]:
    """Pairs of claims by two different parties about the same event, in the order of
    ``itertools.combinations``. Only claims of one event type are set against each other (blocked by
    type, each claim's facts read once), so a book-length report's thousands of claims are not each
    compared with every other: the pass stays near linear as reports grow (bench/long_documents.py)."""
    facts = {
        i: _event_facts(item.claim, item.side, reader)
        for i, item in enumerate(voiced)
        if item.side is not None and _comparable(item.claim)
    }
    by_type: dict[str, list[int]] = {}
    for i in facts:
        by_type.setdefault(voiced[i].claim.event_type, []).append(i)
    for i, a in facts.items():
        group = by_type[a.claim.event_type]
        for j in group[bisect_right(group, i) :]:
            b = facts[j]
            if not a.side.same_as(b.side) and _same_event(a, b):
                yield voiced[i], voiced[j]


class _Listed:
    """The disputes listed so far, so that one dispute between two parties is reported once, whichever
    side spoke first and under whatever name: one about a figure, one about the event (a denial read as
    a negated claim and as an answer to an accusation is one dispute, under the first attribute found),
    and one rejection of the other party's statements by name ("dismissed claims by the Pentagon")."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, Side, Side]] = []

    def seen(self, attribute: str, a: Side, b: Side) -> bool:
        family = attribute if attribute in {"count", "claim"} else "event"
        for listed, x, y in self.pairs:
            if listed == family and ((x.same_as(a) and y.same_as(b)) or (x.same_as(b) and y.same_as(a))):
                return True
        self.pairs.append((family, a, b))
        return False


# ---------------------------------------------------------------- denials and rejections


def _rejector(claim: Claim, side: Side | None, reader: SideReader) -> Side | None:
    """Who rejects: the subject of "denied" ("the army"), else the claimant who reports the rejection."""
    if claim.actors:
        name = ", ".join(claim.actors)
        return Side(name, reader.of_actors(claim.actors), frozenset(name.casefold().split()))
    return side


def _accusations(voiced: list[_Voiced], reader: SideReader) -> list[tuple[Side, frozenset[str], Claim]]:
    """Who says which parties did something: an ACCUSE claim's actors against its targets, or a party
    asserting that others carried out a material event."""
    found = []
    for item in voiced:
        claim = item.claim
        if claim.negated or claim.modality != "asserted":
            continue
        if claim.event_type.casefold() in _ACCUSING_TYPES:
            accuser = _rejector(claim, item.side, reader)
            accused = reader.of_actors(claim.targets)
        elif _material(claim) and item.side is not None and not _two_sided(claim):
            accuser, accused = item.side, reader.of_actors(claim.actors)
        else:
            continue
        if accuser is not None and accused and not accused & accuser.parties:
            found.append((accuser, accused, claim))
    return found


def _denials(voiced: list[_Voiced], reader: SideReader, text: str | None) -> list[tuple[Side, frozenset[str], Claim]]:
    """Parties that deny that someone did something, with whom they clear: "denied any involvement", "denied
    the allegations", a party's own negated claim of an event it would have carried out, or a denial on behalf
    of another named party ("Russia denies Damascus carried out the attack": it clears Syria)."""
    found = []
    for item in voiced:
        claim = item.claim
        if is_rejection(claim):
            denier = _rejector(claim, item.side, reader)
            targets = [t.split()[-1].casefold() for t in claim.targets if t.split()]
            if denier is not None and denier.parties and all(t.rstrip("s") in _INVOLVEMENT_NOUNS for t in targets):
                found.append((denier, denier.parties, claim))
        elif not claim.negated or not _material(claim) or item.side is None:
            continue
        elif _own_act(claim, item.side, reader):
            found.append((item.side, item.side.parties, claim))
        elif item.side.parties and _said_denying(claim, text) and (cleared := reader.of_actors(claim.actors)):
            found.append((item.side, cleared, claim))
    return found


def _said_denying(claim: Claim, text: str | None) -> bool:
    """The negated claim's sentence holds a verb of denial: a denial, not a plain negative account ("the strikes
    did not hit IS targets", which is about what was hit)."""
    sentence = [w.strip(".,;:\"'") for w in evidence(claim, text).casefold().split()]
    return any(rejecting_form(w) for w in sentence)


def _answers(denial: Claim, accusation: Claim) -> bool:
    """A denied event answers an accusation of that event; "denied any involvement" answers a blame or violence."""
    if accusation.event_type.casefold() in _ACCUSING_TYPES:
        return True
    if denial.event_type == "REJECT":
        return accusation.event_type in _DENIABLE_TYPES
    return accusation.event_type == denial.event_type


def _own_act(claim: Claim, side: Side, reader: SideReader) -> bool:
    """A party's negated claim about its own doing: "the army did not strike the market". With no doer
    ("the plant was not hit") it denies that something happened, which the attribute rules weigh."""
    doers = reader.of_actors(claim.actors)
    return bool(side.parties) and bool(doers) and doers <= side.parties


def _denied_accusations(
    voiced: list[_Voiced], reader: SideReader, seen: _Listed, text: str | None
) -> list[Contradiction]:
    """A party that denies what another party accuses it (or the party it clears) of: the two disagree on who
    did it."""
    found = []
    accusations = _accusations(voiced, reader)
    for denier, cleared, denial in _denials(voiced, reader, text):
        for accuser, accused, accusation in accusations:
            if not accused & cleared or accuser.same_as(denier) or not _answers(denial, accusation):
                continue
            if not _same_scope(denial, accusation):
                continue
            if seen.seen("actor", accuser, denier):
                continue
            summary = f"{accuser.name} says {', '.join(sorted(accused & cleared))} did it; {denier.name} denies it"
            found.append(Contradiction("actor", [accusation.id, denial.id], summary, [accuser.name, denier.name]))
    return found


def _same_scope(denial: Claim, accusation: Claim) -> bool:
    """A denial answers an accusation of its own time and place: "the plant was not hit" in one province
    does not answer a sniper shooting in another town, nor a strike of another day."""
    if not _dates_overlap(denial, accusation):
        return False
    places_a, places_b = _places(denial), _places(accusation)
    return not (places_a and places_b and not places_a & places_b)


def _denied_in_the_sentence(
    voiced: list[_Voiced], reader: SideReader, seen: _Listed, text: str | None
) -> list[Contradiction]:
    """ "The ministry accused the militias of looting the depot, which the militias have denied", "villagers say the
    unit works with the army, an accusation the militia has denied": a denial with no object of its own (a
    relative pronoun, the accusation it hangs on) in the sentence of an accusation answers that accusation, by
    the accused or, where the accusation names no one, by a named party. The two disagree on who did it."""
    found = []
    accusations = [item for item in voiced if _accusing(item.claim)]
    for item in voiced:
        denial = item.claim
        denier = _rejector(denial, item.side, reader) if is_rejection(denial) and not denial.targets else None
        if denier is None or not denial.actors:
            continue
        for accusing in accusations:
            accuser = _rejector(accusing.claim, accusing.side, reader)
            if accuser is None or accuser.same_as(denier) or not _earlier_in_sentence(accusing.claim, denial, text):
                continue
            if not _answers_the_accusation(accusing.claim, denier, reader) or seen.seen("actor", accuser, denier):
                continue
            summary = f"{accuser.name} accuses {denier.name}; {denier.name} denies it"
            found.append(Contradiction("actor", [accusing.claim.id, denial.id], summary, [accuser.name, denier.name]))
    return found


def _accusing(claim: Claim) -> bool:
    return claim.event_type.casefold() in _ACCUSING_TYPES and not claim.negated and claim.modality == "asserted"


def _earlier_in_sentence(first: Claim, then: Claim, text: str | None) -> bool:
    """Said before the other claim, in its sentence: no sentence break between the two in the report's text (a
    stored claim, read without its report, by its evidence sentence)."""
    if first.in_headline != then.in_headline or first.start >= then.start:
        return False
    if text is None or first.in_headline:
        return evidence(first, text) == evidence(then, text)
    return text.find(". ", first.start, then.start) < 0


def _answers_the_accusation(accusation: Claim, denier: Side, reader: SideReader) -> bool:
    """The denier is the accused (by party, or in the same words: "accused rebels ..., which rebels denied"), or
    the accusation names no one and the denier is a named party ("an accusation Hezbollah has denied")."""
    if not accusation.targets:
        return _named(denier)
    if reader.of_actors(accusation.targets) & denier.parties:
        return True
    accused = frozenset(w.casefold() for t in accusation.targets for w in t.split())
    return Side("", frozenset(), accused).same_as(Side("", frozenset(), denier.words))


def _rejections(voiced: list[_Voiced], reader: SideReader, seen: _Listed, text: str | None) -> list[Contradiction]:
    """A rejection aimed at another party's claims contradicts its claims ("dismissed claims by the Pentagon"), or
    who did it when the rejector denies its own act in that sentence (``rejection_kinds``)."""
    found = []
    for item in voiced:
        reject = item.claim
        if not is_rejection(reject):
            continue
        rejected = (
            reader.of_actors(reject.targets)
            - reader.of_actors(reject.actors)
            - _denied_event_parties(reject, voiced, reader)
        )
        rejector = _rejector(reject, item.side, reader)
        if not rejected or rejector is None:
            continue
        for other in voiced:
            claim = other.claim
            if claim.id == reject.id or claim.event_type == "REJECT" or other.side is None:
                continue
            if other.side.parties & rejected and claim.start != reject.start:
                if seen.seen("claim", rejector, other.side):
                    break
                summary = f"{rejector.name} rejects the claim of {other.side.name}"
                own = clears_itself(reject, rejector, ((v.claim, v.side) for v in voiced), text)
                names: list[str | None] = [rejector.name, other.side.name]
                found.append(Contradiction("actor" if own else "claim", [reject.id, claim.id], summary, names))
                break
    return found


def _denied_event_parties(reject: Claim, voiced: list[_Voiced], reader: SideReader) -> frozenset[str]:
    """The doers and victims of the event a rejection denies ("denied government bombings of the Turkey-backed
    fighters": the government and Turkey), read from the negated claim the same denial gives: the parties in
    its object are part of the denied event, not parties whose statements it rejects."""
    found: set[str] = set()
    for other in voiced:
        claim = other.claim
        if (
            claim.negated
            and claim.id != reject.id
            and claim.in_headline == reject.in_headline
            and claim.start == reject.start
        ):
            found |= reader.of_actors(claim.actors) | reader.of_actors(claim.targets)
    return frozenset(found)


def _object_heads(claim: Claim) -> list[str]:
    """The head nouns of what a rejection rejects, singular ("the allegations" → allegation)."""
    return [t.split()[-1].casefold().removesuffix("s") for t in claim.targets if t.split()]


def _past_object(reject: Claim) -> bool:
    """ "denied previous accusations": what is rejected is in the past, not the claim just made."""
    return any(w.casefold() in _BACKGROUND_MODIFIERS for target in reject.targets for w in target.split())


def _named(side: Side) -> bool:
    """A party the lexicon knows, or a proper name ("Faylaq al-Rahman", "al-Rahman" after an Arabic
    particle): not "the group", "a source"."""
    return bool(side.parties) or any(part[:1].isupper() for part in side.name.replace("-", " ").split())


def _answered_claim(reject: _Voiced, voiced: list[_Voiced], denier: Side, reader: SideReader) -> _Voiced | None:
    """The allegation a bare "denied the allegation" answers: among the claims of other parties just
    before it (about two sentences back; the report's own voice and other rejections aside), the
    nearest that names the denier as the doer, else the nearest."""
    claim = reject.claim
    near = [
        other
        for other in voiced
        if other.side is not None
        and other.claim.in_headline == claim.in_headline
        and (_material(other.claim) or other.claim.event_type.casefold() in _ACCUSING_TYPES)
        and not other.claim.negated
        and other.claim.modality == "asserted"
        and not other.side.same_as(denier)
        and other.claim.end <= claim.start
        and claim.start - other.claim.end <= _ANSWER_WINDOW
    ]
    blaming = [other for other in near if reader.of_actors(other.claim.actors) & denier.parties]
    return max(blaming or near, key=lambda other: other.claim.end, default=None)


def _answered_allegations(voiced: list[_Voiced], reader: SideReader, seen: _Listed) -> list[Contradiction]:
    """ "Jaish al-Islam said its rivals started the clashes. Faylaq al-Rahman denied the allegation."

    A rejection whose object is only a noun of report or blame, naming no one, answers the claim just
    made by another party: blame nouns dispute who did it (``actor``), the others the statement (``claim``).
    """
    found = []
    for item in voiced:
        reject = item.claim
        heads = _object_heads(reject)
        if not is_rejection(reject) or not heads or not all(h in _INVOLVEMENT_NOUNS for h in heads):
            continue
        if not reject.actors or _past_object(reject) or reader.of_actors(reject.targets):
            continue
        denier = _rejector(reject, item.side, reader)
        if denier is None or not _named(denier):
            continue
        answered = _answered_claim(item, voiced, denier, reader)
        if answered is None or answered.side is None:
            continue
        attribute = "actor" if any(h in _BLAME_NOUNS for h in heads) else "claim"
        if seen.seen("actor", answered.side, denier):  # one dispute about the event, however the denial reads
            continue
        summary = f"{denier.name} rejects what {answered.side.name} says"
        names: list[str | None] = [answered.side.name, denier.name]
        found.append(Contradiction(attribute, [answered.claim.id, reject.id], summary, names))
    return found


def _totals(claim: Claim, text: str | None) -> tuple[bool, ...]:
    """Per count of the claim, whether its sentence makes it a cumulative or period total."""
    if not claim.counts:
        return ()
    sentence = evidence(claim, text)
    return tuple(is_period_total(count, sentence) for count in claim.counts)


def find_contradictions(
    claims: list[Claim],
    statements: list[Statement],
    *,
    background_days: int | None = BACKGROUND_DAYS,
    text: str | None = None,
) -> list[Contradiction]:
    """Pairs of claims by opposing parties that disagree on one attribute of the same event, and denials.

    ``background_days``: claims dated more than this before their report's day are left out (a report's
    recollection of the past); None keeps them (an incident, whose follow-up reports date the event).
    ``text``: the report's text, where a denial's own words are read (a habitual denial is background);
    stored claims carry their sentence in their provenance instead.
    """
    if background_days is not None:
        past = recalled(claims, background_days, text)
        claims = [claim for claim in claims if claim.id not in past]
    claims = [claim for claim in claims if not habitual_denial(claim, text)]
    reader = DisputeSideReader(claims, {statement.id: statement.speaker for statement in statements})
    voiced = [_Voiced(claim, reader.of_claimant(claim), _totals(claim, text)) for claim in claims]
    seen = _Listed()
    found = _attribute_disputes(voiced, reader, seen, text)
    found.extend(_denied_accusations(voiced, reader, seen, text))
    found.extend(_answered_allegations(voiced, reader, seen))
    found.extend(_denied_in_the_sentence(voiced, reader, seen, text))
    found.extend(_rejections(voiced, reader, seen, text))
    return found
