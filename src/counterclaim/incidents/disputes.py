"""Across the reports of one incident: contradictions, corroborations, and the grade with its reason.

Contradictions reuse the per-report rules (``claims.contradictions``: opposing parties only, the same
event, a disagreement on who did it, what was hit, how many, or whether it happened; denials of an
accusation) over the incident's claims from all its original documents, so a denial in one outlet meets
the accusation in another. Two exceptions make them genuine across reports: a syndicated copy is its
original (copies are left out), and a higher toll in a later report is an update of a lower earlier one,
not a disagreement.

Corroborations: independent sources (``SourceBook.key``) agreeing that it happened, on who did it, where,
or on a figure.

Grade, in the spirit of Airwars, first rule that holds:
``confirmed`` the party named as perpetrator itself says it acted (and does not deny it);
``discounted`` more independent sources deny it happened than assert it;
``contested`` sources dispute who did it or whether it happened (a contradiction of ``actor``, ``occurred``
or ``claim``);
``fair`` two or more independent sources assert it; ``weak`` one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from counterclaim.claims.contradictions import find_contradictions
from counterclaim.claims.sides import parties
from counterclaim.incidents.casualties import CATEGORIES, counts_as_toll
from counterclaim.incidents.kinds import forms_incident
from counterclaim.incidents.sources import SourceBook
from counterclaim.models import Claim, Contradiction, Corroboration, IncidentGrade, Statement

__all__ = ["contradictions", "corroborations", "grade"]

_MAX_COMPARED = 400  # claims compared pairwise per incident: a bound on the quadratic step, by source
_CONTESTING = frozenset({"actor", "occurred", "claim"})
_TOLLS = frozenset(CATEGORIES)


def _compared(claims: list[Claim], book: SourceBook) -> list[Claim]:
    originals = [c for c in claims if not book.is_copy(c.document_id)]
    return originals[:_MAX_COMPARED]


def _figure(claim: Claim, category: str) -> int | None:
    lows = [c.low if c.low is not None else c.high for c in claim.counts if c.category == category]
    found = [v for v in lows if v is not None]
    return max(found) if found else None


def _is_update(found: Contradiction, by_id: dict[str, Claim], book: SourceBook) -> bool:
    """A count "dispute" where the later report gives the higher toll: the toll rose, nobody disagrees."""
    if found.attribute != "count":
        return False
    a, b = (by_id[c] for c in found.claims)
    day_a, day_b = book.published(a.document_id), book.published(b.document_id)
    if day_a is None or day_b is None or day_a == day_b:
        return False
    earlier, later = (a, b) if day_a < day_b else (b, a)
    category = found.summary.split(":", 1)[0]
    low, high = _figure(earlier, category), _figure(later, category)
    return low is not None and high is not None and high > low


def contradictions(claims: list[Claim], statements: Iterable[Statement], book: SourceBook) -> list[Contradiction]:
    """Genuine disagreements about the incident, within and across its reports."""
    compared = _compared(claims, book)
    if len(compared) < 2:
        return []
    by_id = {claim.id: claim for claim in compared}
    found = find_contradictions(compared, list(statements), background_days=None)
    return [c for c in found if not _is_update(c, by_id, book)]


def _agreeing(attribute: str, claims_by_key: dict[str, Claim]) -> Corroboration | None:
    if len(claims_by_key) < 2:
        return None
    keys = sorted(claims_by_key)
    return Corroboration(attribute, [claims_by_key[k].id for k in keys], keys)


def corroborations(claims: list[Claim], book: SourceBook) -> list[Corroboration]:
    """Independent sources agreeing: it happened, who did it, where, and each toll category (overlapping)."""
    asserted = [c for c in claims if counts_as_toll(c) and not book.is_copy(c.document_id)]
    values: dict[str, dict[str, Claim]] = defaultdict(dict)
    for claim in asserted:
        key = book.key(claim)
        values["occurred"].setdefault(key, claim)
        for actor in claim.actors:
            values[f"actor:{actor}"].setdefault(key, claim)
        for location in claim.own_locations:  # a borrowed place is no source saying where
            if location.precision in (1, 2):
                values[f"place:{location.name}"].setdefault(key, claim)
    found = [c for attribute, by_key in values.items() if (c := _agreeing(attribute, by_key)) is not None]
    found.extend(_figure_agreements(asserted, book))
    return found


def _figure_agreements(asserted: list[Claim], book: SourceBook) -> list[Corroboration]:
    """Independent sources giving the same figure of a toll category."""
    by_value: dict[tuple[str, int], dict[str, Claim]] = defaultdict(dict)
    for claim in asserted:
        for category in {c.category for c in claim.counts} & _TOLLS:
            value = _figure(claim, category)
            if value is not None:
                by_value[(category, value)].setdefault(book.key(claim), claim)
    found = []
    for (category, value), by_key in sorted(by_value.items()):
        agreed = _agreeing(f"{category}:{value}", by_key)
        if agreed is not None:
            found.append(agreed)
    return found


@lru_cache(maxsize=65536)
def _actor_parties(name: str) -> frozenset[str]:
    return parties(name)


def _acknowledged(claims: list[Claim], book: SourceBook) -> Claim | None:
    """An asserted claim whose claimant speaks for a party it names as perpetrator, from a party that denies nothing."""
    deniers = {p for c in claims if c.negated or c.event_type == "REJECT" for p in book.party(c)}
    for claim in claims:
        if not counts_as_toll(claim) or claim.event_type == "REJECT":
            continue
        own = book.party(claim)
        done_by = frozenset().union(*(_actor_parties(a) for a in claim.actors))
        if own and own & done_by and not own & deniers:
            return claim
    return None


def _sources(claims: list[Claim], book: SourceBook, *, negated: bool) -> set[str]:
    return {
        book.key(c)
        for c in claims
        if forms_incident(c) and c.negated == negated and not book.is_copy(c.document_id)
    }


def grade(claims: list[Claim], found: list[Contradiction], book: SourceBook) -> tuple[IncidentGrade, str]:
    """The grade and its reason (first rule that holds; see the module docstring)."""
    acknowledged = _acknowledged(claims, book)
    if acknowledged is not None:
        return "confirmed", f"{book.label(acknowledged)} says its own side did it"
    asserting, denying = _sources(claims, book, negated=False), _sources(claims, book, negated=True)
    if len(denying) > len(asserting):
        return "discounted", f"{len(denying)} independent sources deny it happened, {len(asserting)} assert it"
    disputes = [c for c in found if c.attribute in _CONTESTING]
    if disputes:
        return "contested", f"disputed ({disputes[0].attribute}): {disputes[0].summary}"
    if len(asserting) >= 2:
        return "fair", f"{len(asserting)} independent sources report it"
    return "weak", "one source reports it" if asserting else "no source asserts it"
