"""What grouping compares: a claim's (or a whole candidate incident's) type, dates, places, actors and figures.

Why one shape for both: a new claim is compared with a candidate incident, and two candidate incidents with
each other before they merge, by the same rules. A ``Profile`` is built once per claim (O(1) work per claim)
and an incident's profile grows as claims join it, so that comparing never walks an incident's claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from counterclaim.incidents.place_scale import is_broad
from counterclaim.models import Claim, Location

__all__ = ["Profile", "day_number", "profile_of"]

_KEEP_PLACES = 8  # an incident remembers this many precise places: enough to match, bounded to stay O(1)
_COUNTED = frozenset({"killed", "injured", "casualties"})


def day_number(iso: str | None) -> int | None:
    """The ordinal of an ISO day ("2015-09-30", or the day part of a datetime), None when unreadable."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso.strip()[:10]).toordinal()
    except ValueError:
        return None


@dataclass(slots=True)
class Profile:
    """The comparable attributes of a claim or of a candidate incident.

    ``lo``..``hi`` is the span of days the event can lie in (None: unknown); ``text_dated`` says whether the
    words of some claim date it (not only a report's publication day). ``places`` are precise places (towns,
    districts: ACLED precision 1-2) by case-folded name, ``broad`` those of them that are cities or districts
    (``place_scale.is_broad``: weak evidence); ``admin1s``/``countries`` what any place lies in.
    """

    event_type: str
    lo: int | None
    hi: int | None
    text_dated: bool
    places: dict[str, Location] = field(default_factory=dict)
    broad: set[str] = field(default_factory=set)
    admin1s: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    figures: dict[str, tuple[int, int]] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)
    placeless: bool = False

    def absorb(self, other: Profile) -> None:
        """Grow this incident's profile by a joining claim's (or a merged incident's)."""
        self.lo, self.hi, self.text_dated = _joined_span(self, other)
        for name, location in other.places.items():
            if len(self.places) < _KEEP_PLACES:
                self.places.setdefault(name, location)
        self.broad |= other.broad & self.places.keys()
        self.admin1s |= other.admin1s
        self.countries |= other.countries
        self.actors |= other.actors
        self.targets |= other.targets
        for category, (low, high) in other.figures.items():
            old = self.figures.get(category)
            self.figures[category] = (low, high) if old is None else (min(old[0], low), max(old[1], high))
        self.documents |= other.documents
        self.placeless = self.placeless or other.placeless


def _joined_span(a: Profile, b: Profile) -> tuple[int | None, int | None, bool]:
    """The days an incident can lie in once ``b`` joins ``a``: the overlap of what the texts say, else the hull.

    Why the overlap: "on 3 March" narrows "in March"; the hull of report-day windows only widens.
    """
    if b.lo is None or b.hi is None:
        return a.lo, a.hi, a.text_dated
    if a.lo is None or a.hi is None:
        return b.lo, b.hi, b.text_dated
    if a.text_dated != b.text_dated:
        return (a.lo, a.hi, True) if a.text_dated else (b.lo, b.hi, True)
    lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)
    if lo <= hi and a.text_dated:
        return lo, hi, True
    return min(a.lo, b.lo), max(a.hi, b.hi), a.text_dated


def _span(claim: Claim, day_slack: int, undated_lookback: int) -> tuple[int | None, int | None, bool]:
    """The days a claim's event can lie in: its own date (a day widened by ``day_slack``), else the
    ``undated_lookback`` days up to its report's publication day, else unknown."""
    start, end = day_number(claim.date.start), day_number(claim.date.end or claim.date.start)
    if start is not None and end is not None:
        slack = day_slack if claim.date.precision in (None, "day") else 0
        return start - slack, end + slack, True
    reported = day_number(claim.date.reported)
    if reported is not None:
        return reported - undated_lookback, reported, False
    return None, None, False


def _figures(claim: Claim) -> dict[str, tuple[int, int]]:
    """The claim's toll figures by category, as (low, high) with an open bound closed by the other."""
    found: dict[str, tuple[int, int]] = {}
    for count in claim.counts:
        if count.category not in _COUNTED:
            continue
        low = count.low if count.low is not None else count.high
        high = count.high if count.high is not None else count.low
        if low is None or high is None:
            continue
        old = found.get(count.category)
        found[count.category] = (low, high) if old is None else (min(old[0], low), max(old[1], high))
    return found


def profile_of(claim: Claim, *, day_slack: int, undated_lookback: int, city_population: int = 0) -> Profile:
    """The claim's profile; places of at least ``city_population`` people (or districts) are marked broad."""
    lo, hi, text_dated = _span(claim, day_slack, undated_lookback)
    located = claim.own_locations  # a borrowed town (Location.inherited) lowered ECB+ check recall: not linked on
    places = {loc.name.casefold(): loc for loc in located if loc.precision in (1, 2)}
    kept = dict(list(places.items())[:_KEEP_PLACES])
    return Profile(
        event_type=claim.event_type,
        lo=lo,
        hi=hi,
        text_dated=text_dated,
        places=kept,
        broad={name for name, loc in kept.items() if is_broad(loc, city_population)},
        admin1s={loc.admin1.casefold() for loc in located if loc.admin1},
        countries={loc.country.casefold() for loc in located if loc.country},
        actors={name.casefold() for name in claim.actors},
        targets={name.casefold() for name in claim.targets},
        figures=_figures(claim),
        documents={claim.document_id},
        placeless=not located,
    )
