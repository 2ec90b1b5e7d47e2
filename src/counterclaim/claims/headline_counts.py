"""Stage 4: a title's figure that the report's body states again is one figure, kept on the body's claim.

Why: a title read apart from the text (``Document.title``; its claims flagged ``in_headline``, offsets into the
title) mostly restates the toll the body gives: the same category and number, or a round number the body's
figure rounds to ("40 killed" over "42 people were killed"). Kept on both claims, the figure is counted twice
by whoever sums claims (a CSV total) and weighs twice where figures are compared. The title's count yields to
the body's; the title's claim keeps its event, type and claimant. A title that gives a figure the body does
not is the only statement of it and keeps it.

Not applied inside the text: where a title is joined to the body as its first paragraph (and a scraped page
repeats it under a dateline), each statement of a figure is a mention of its own, as the figures gold lists
them (``bench/gold/README.md``); measured, dropping the headline's copy there lost more found figures than it
removed extra ones (docs/figures.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from counterclaim.models import Claim, Count

__all__ = ["restates", "yield_title_counts"]

_EXACT_ONLY = frozenset({"between", "about", "nearly"})  # a range stands for itself, not for a rounded figure


def _rounds_to(title: int, body: int) -> bool:
    """A title's round number stands for the body's figure: 40 for 42, 100 for 112 (not 40 for 47, 12 for 13)."""
    if title == body:
        return True
    if title <= 0 or title % 10:
        return False
    step = int(10 ** (len(str(title)) - len(str(title).rstrip("0"))))
    return round(body / step) * step == title


def restates(title: Count, body: Count) -> bool:
    """Whether the body's count states the title's figure again: same category, same or rounded number."""
    if title.category != body.category or title.low is None or body.low is None:
        return False
    if title.qualifier in _EXACT_ONLY or body.qualifier in _EXACT_ONLY:
        return (title.low, title.high, title.qualifier) == (body.low, body.high, body.qualifier)
    return _rounds_to(title.low, body.low)


def yield_title_counts(title_claims: list[Claim], body_claims: Sequence[Claim]) -> list[Claim]:
    """The title's claims, each count a body claim states again (``restates``) left to the body's claim."""
    body = [count for claim in body_claims if not claim.negated for count in claim.counts]
    kept: list[Claim] = []
    for claim in title_claims:
        counts = [c for c in claim.counts if not any(restates(c, b) for b in body)]
        kept.append(claim if len(counts) == len(claim.counts) else replace(claim, counts=counts))
    return kept
