"""Stage 4: when two parties' figures for one event dispute each other (``contradictions.py``, ``count``).

Why a module of its own: most pairs of figures in a report are not one toll seen two ways. Issue 8's rule is
"same event, same scope, same victim category": a figure of people harmed (``disputed_count_categories.txt``;
not each party's tally of its own strikes), of one group (not "22 people" against "seven children", a figure
and its sub-count), of the whole event (not one of two figures a claim gives per group or town), and not a
cumulative or period total beside one event's figure no larger than it (``period_totals.py``).
"""

from __future__ import annotations

from counterclaim.datafiles import words
from counterclaim.models import Claim, Count

__all__ = ["comparable", "ranges_disagree", "whole_and_part"]

CLAIMS = "counterclaim.claims"
_RELATIVE_SUBJECTS = words(CLAIMS, "relative_count_subjects")
_DISPUTED_CATEGORIES = words(CLAIMS, "disputed_count_categories")
_OPEN_HIGH = 10**9


def comparable(x: Count, x_claim: Claim, x_total: bool, y: Count, y_claim: Claim, y_total: bool) -> bool:
    """Two figures that count the same people over the same scope, so that no value fitting both is a dispute."""
    if not _same_group(x, y) or whole_and_part(x, x_total, y, y_total) or _sub_count(x, y):
        return False
    return not (_split(x_claim, x) or _split(y_claim, y))


def ranges_disagree(x: Count, y: Count, *, x_open: bool = False, y_open: bool = False) -> bool:
    """No value fits both figures; an ``open`` figure is a lower bound whatever its wording."""
    x_low, y_low = x.low or 0, y.low or 0
    x_high = x.high if x.high is not None and not x_open else _OPEN_HIGH
    y_high = y.high if y.high is not None and not y_open else _OPEN_HIGH
    return x_high < y_low or y_high < x_low


def _same_group(x: Count, y: Count) -> bool:
    """One category of people harmed, of one group: "22 people" and "seven children" are a figure and its
    sub-count; "40 sorties" and "three strikes" are two parties' tallies of their own scope."""
    if x.category != y.category or x.category not in _DISPUTED_CATEGORIES:
        return False
    subjects = {s.casefold() for s in (x.subject, y.subject) if s}
    if subjects & _RELATIVE_SUBJECTS:
        return False
    return len(subjects) <= 1


def _split(claim: Claim, count: Count) -> bool:
    """A claim with two figures of one category ("11 rebels and five Kurdish fighters killed", a toll per town)
    gives each group's or town's share: neither is the event's toll another party's figure could dispute."""
    return sum(other.category == count.category for other in claim.counts) > 1


def _sub_count(x: Count, y: Count) -> bool:
    """ "22 killed" and "seven children killed": a figure that names its group (children, civilians, fighters) no
    larger than one that names none is a part of it, not a second toll."""
    if bool(x.subject) == bool(y.subject):
        return False
    named, bare = (x, y) if x.subject else (y, x)
    return (named.low or 0) <= (bare.high if bare.high is not None else bare.low or 0)


def whole_and_part(x: Count, x_total: bool, y: Count, y_total: bool) -> bool:
    """A cumulative or period total and one event's figure no larger than it: a whole and its part (the
    coalition's 5,000 targets since September and the 12 of one strike), not a disagreement."""
    if x_total == y_total:
        return False
    total, part = (x, y) if x_total else (y, x)
    return (total.low or 0) >= (part.low or 0)
