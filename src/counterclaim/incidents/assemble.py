"""One group of claims → the ``Incident`` record: what it is, when, where, from which reports, who says what.

Summaries prefer what the claims agree on: the most common event type; the narrowest date their words
give (the overlap of the text dates, else the most common one); the most precise place given most often
(town, then district, province, country); the earliest publication day as ``first_reported``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from counterclaim.incidents.casualties import casualty_ranges, counts_as_toll
from counterclaim.incidents.disputes import contradictions, corroborations, grade
from counterclaim.incidents.sources import SourceBook
from counterclaim.models import (
    Claim,
    ClaimantVersion,
    Incident,
    IncidentDate,
    IncidentDocument,
    IncidentPlace,
    Location,
    Statement,
)

__all__ = ["assemble"]

_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


def _event_type(claims: list[Claim]) -> str:
    asserted = [c.event_type for c in claims if c.modality == "asserted"] or [c.event_type for c in claims]
    return Counter(asserted).most_common(1)[0][0]


def _date(claims: list[Claim]) -> IncidentDate:
    dated = [c.date for c in claims if c.date.start and c.modality == "asserted"]
    if not dated:
        return IncidentDate()
    start = max(d.start for d in dated if d.start)
    end = min(d.end or d.start for d in dated if d.start)
    if start <= end:
        precision = min((d.precision or "day" for d in dated), key=lambda p: _PRECISION_ORDER.get(p, 9))
        return IncidentDate(start, end, precision if start != end or precision == "day" else "day")
    common = Counter((d.start, d.end or d.start, d.precision) for d in dated).most_common(1)[0][0]
    return IncidentDate(*common)


def _place(claims: list[Claim]) -> IncidentPlace:
    locations = [loc for c in claims if c.modality == "asserted" and not c.negated for loc in c.locations]
    locations = locations or [loc for c in claims for loc in c.locations]
    if not locations:
        return IncidentPlace()
    tally = Counter(loc.name for loc in locations)
    best: Location = min(locations, key=lambda loc: (loc.precision or 9, -tally[loc.name], loc.name))
    return IncidentPlace(best.name, best.admin1, best.country, best.lat, best.lon, best.precision)


def _first_reported(claims: list[Claim], book: SourceBook) -> str | None:
    days = [d for c in claims if (d := book.published(c.document_id) or c.date.reported)]
    return min(days) if days else None


def _documents(claims: list[Claim], book: SourceBook, listed: Iterable[str]) -> list[IncidentDocument]:
    """Original documents in order of first claim (then related reports without an incident claim), each
    listing its known copies."""
    order = list(dict.fromkeys([*(book.original(c.document_id) for c in claims), *(book.original(d) for d in listed)]))
    found = []
    for document_id in order:
        known = book.documents.get(document_id) or IncidentDocument(document_id)
        copies = sorted(set(book.copies_of.get(document_id, [])) | set(known.copies))
        found.append(IncidentDocument(known.id, known.url, known.source, known.published, copies))
    return found


def _figures(claims: list[Claim]) -> dict[str, str]:
    found: dict[str, list[str]] = {}
    for claim in claims:
        for count in claim.counts:
            written = found.setdefault(count.category, [])
            if count.as_written not in written:
                written.append(count.as_written)
    return {category: "; ".join(values) for category, values in found.items()}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _denies(claim: Claim) -> bool:
    """The claimant denies: a negated claim, or a rejection it voices itself (a report's own "the army denied"
    tells the army's denial, not the outlet's)."""
    if claim.negated:
        return True
    own_voice = claim.claimant.kind in ("publication", "unattributed")
    return claim.event_type == "REJECT" and not (own_voice and claim.actors)


def _versions(claims: list[Claim], book: SourceBook) -> list[ClaimantVersion]:
    """What each claimant says, attribute by attribute (copies left out: they say what their original says)."""
    by_label: dict[str, list[Claim]] = {}
    for claim in claims:
        if not book.is_copy(claim.document_id):
            by_label.setdefault(book.label(claim), []).append(claim)
    versions = []
    for label, own in by_label.items():
        asserted = [c for c in own if counts_as_toll(c)]
        versions.append(
            ClaimantVersion(
                claimant=label,
                claims=[c.id for c in own],
                perpetrators=_unique(a for c in asserted for a in c.actors),
                targets=_unique(t for c in asserted for t in [*c.targets, *c.target_categories]),
                places=_unique(loc.name for c in asserted for loc in c.locations),
                dates=_unique(c.date.as_written or c.date.start or "" for c in asserted),
                figures=_figures(asserted),
                denies=any(_denies(c) for c in own),
                documents=_unique(book.original(c.document_id) for c in own),
            )
        )
    return versions


def assemble(
    incident_id: str,
    claims: list[Claim],
    claim_ids: list[str],
    previous_ids: list[str],
    book: SourceBook,
    statements: Iterable[Statement],
    listed_documents: Iterable[str] = (),
) -> Incident:
    """The finished record for one group of claims (``claim_ids`` also lists claims not at hand)."""
    found = contradictions(claims, statements, book)
    graded, reason = grade(claims, found, book)
    versions = _versions(claims, book)
    return Incident(
        id=incident_id,
        event_type=_event_type(claims),
        first_reported=_first_reported(claims, book),
        date=_date(claims),
        place=_place(claims),
        documents=_documents(claims, book, listed_documents),
        claimants=[v.claimant for v in versions],
        claims=list(dict.fromkeys([*claim_ids, *(c.id for c in claims)])),
        corroborations=corroborations(claims, book),
        contradictions=found,
        casualties=casualty_ranges(claims, book),
        grade=graded,
        grade_reason=reason,
        previous_ids=sorted(set(previous_ids)),
        actors=_unique(a for c in claims if counts_as_toll(c) for a in c.actors),
        versions=versions,
        members=tuple(claims),
    )
