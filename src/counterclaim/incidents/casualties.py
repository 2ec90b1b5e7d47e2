"""Casualty figures per incident: low / best / high per category, each bound linked to its claim and claimant.

The rules (docs/incidents.md):

* Figures come from the incident's asserted claims (not denials, not plans; an accusation or an arrest
  "in the death of X" carries the toll too), in original documents only
  (a syndicated copy repeats its original). Categories: ``killed``, ``injured``, and ``casualties`` when
  the text does not say which; a count of a relative group ("23 others") is a part, never a toll.
* A source's figure in one report is the largest it gives there ("22 people, seven of them children" → 22).
* A source that reports again later *updates* its figure ("the toll rose to 112"): only its latest report
  counts. A toll rising across reports is an update, never a disagreement.
* The wounded who die later are counted once, as dead: an injured figure a source gave before any killed figure
  was reported, and no larger than the killed figure reported since, is taken over by it ("in critical
  condition" on the first day, "died of his wounds" the next).
* ``low`` = the lowest figure a source currently asserts (an open bound "more than 40" counts as 40);
  ``high`` = the highest upper bound (an open "at least 36" counts as 36);
  ``best`` = the figure of the latest report (tolls are revised upwards as bodies are found and counted);
  among figures of the same latest day, the largest (a smaller one is most often a part: "the two children"
  beside "three bodies"); a figure of one victim names a victim, not the toll, where another figure counts
  more. An approximate figure ("about 20", 18–22) counts as its middle.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterclaim.datafiles import words
from counterclaim.incidents.kinds import forms_incident
from counterclaim.incidents.sources import SourceBook
from counterclaim.models import CasualtyRange, Claim, Count

__all__ = ["CATEGORIES", "casualty_ranges", "counts_as_toll"]

CATEGORIES = ("killed", "injured", "casualties")
_ALWAYS = ("killed", "injured")
_RELATIVE = words("counterclaim.claims", "relative_count_subjects")


@dataclass(frozen=True, slots=True)
class _Figure:
    claim: Claim
    count: Count
    label: str
    key: str
    day: str

    @property
    def low(self) -> int:
        return _bound(self.count.low, self.count.high)

    @property
    def high(self) -> int:
        return _bound(self.count.high, self.count.low)

    @property
    def middle(self) -> int:
        return (self.low + self.high) // 2


def _bound(value: int | None, fallback: int | None) -> int:
    return value if value is not None else (fallback if fallback is not None else 0)


def counts_as_toll(claim: Claim) -> bool:
    """Claims that say the event happened (so their figures describe it): incident claims, not denied."""
    return forms_incident(claim) and not claim.negated


def _states_toll(claim: Claim) -> bool:
    """A claim whose figures describe the incident: asserted and not denied, whatever its type. A toll often
    sits on a claim that answers the event ("charged in the death of X", "investigating after three bodies
    were found"); the count was attached to that claim because it is the nearest, not because it is no toll."""
    return not claim.negated and claim.modality == "asserted"


def _figures(claims: list[Claim], book: SourceBook, category: str) -> list[_Figure]:
    """Each source's current figure of a category: the largest in its latest report."""
    latest: dict[str, _Figure] = {}
    for claim in claims:
        if not _states_toll(claim) or book.is_copy(claim.document_id):
            continue
        day = book.published(claim.document_id) or claim.date.reported or ""
        for count in claim.counts:
            if count.category != category or (count.low is None and count.high is None):
                continue
            if count.subject and count.subject.casefold() in _RELATIVE:
                continue
            figure = _Figure(claim, count, book.label(claim), book.key(claim), day)
            old = latest.get(figure.key)
            if old is None or (figure.day, figure.low) > (old.day, old.low):
                latest[figure.key] = figure
    return list(latest.values())


def _range(figures: list[_Figure]) -> CasualtyRange:
    if not figures:
        return CasualtyRange()
    low = min(figures, key=lambda f: (f.low, f.claim.id))
    high = max(figures, key=lambda f: (f.high, f.claim.id))
    best = _best(figures)
    return CasualtyRange(
        low=low.low, best=best.middle, high=high.high,
        low_claim=low.claim.id, best_claim=best.claim.id, high_claim=high.claim.id,
        low_claimant=low.label, best_claimant=best.label, high_claimant=high.label,
    )


def _best(figures: list[_Figure]) -> _Figure:
    """The figure of the latest report day that counts the most victims.

    Tolls are revised upwards as the dead are found and counted, so the latest day wins. Within one day, a
    smaller figure is most often a part of the larger one ("three bodies were found" beside "the two children
    died"), so the largest is the toll. A figure of one victim ("Joseph Smith, 48, died") names a victim, not
    the toll, when another figure counts more: it is left out of the choice then, whatever its day."""
    tolls = [f for f in figures if f.high != 1] or figures
    last_day = max(f.day for f in tolls)
    return max((f for f in tolls if f.day == last_day), key=lambda f: (f.middle, f.claim.id))


def _first_days(claims: list[Claim], book: SourceBook, category: str) -> dict[str, str]:
    """Each source's first report day of a figure of the category."""
    first: dict[str, str] = {}
    for claim in claims:
        if not _states_toll(claim) or book.is_copy(claim.document_id):
            continue
        if not any(c.category == category and (c.low is not None or c.high is not None) for c in claim.counts):
            continue
        day = book.published(claim.document_id) or claim.date.reported or ""
        key = book.key(claim)
        if day and (key not in first or day < first[key]):
            first[key] = day
    return first


def _died_since(injured: list[_Figure], killed: list[_Figure], claims: list[Claim], book: SourceBook) -> list[_Figure]:
    """The injured figures that a later killed figure takes over: the wounded who died of their wounds.

    Reports of a shooting first count a victim "in critical condition", and a report of a later day counts the
    same person dead ("succumbed", "later died"): that is an update of the figure, not a second victim. An
    injured figure whose source first gave it before any source gave a killed figure, and no larger than the
    killed figure reported since, is the same people; it leaves the injured range (a wounded count beside a
    killed count in the same report is kept: those are different people)."""
    if not injured or not killed:
        return injured
    first_killed = min(_first_days(claims, book, "killed").values(), default="")
    most_killed = max(f.high for f in killed)
    first_injured = _first_days(claims, book, "injured")
    return [
        f
        for f in injured
        if not (first_killed and first_injured.get(f.key, first_killed) < first_killed and f.high <= most_killed)
    ]


def casualty_ranges(claims: list[Claim], book: SourceBook) -> dict[str, CasualtyRange]:
    """Low / best / high per category; ``killed`` and ``injured`` always present (all None when unknown)."""
    figures = {category: _figures(claims, book, category) for category in CATEGORIES}
    figures["injured"] = _died_since(figures["injured"], figures["killed"], claims, book)
    found = {category: _range(figures[category]) for category in CATEGORIES}
    return {c: r for c, r in found.items() if c in _ALWAYS or r.low is not None or r.high is not None}
