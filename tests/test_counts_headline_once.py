"""One figure, one claim across title and body: a title that restates the body's figure yields it to the body.

Texts are our own paraphrases of general report shapes, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from counterclaim.claims.headline_counts import yield_title_counts
from counterclaim.models import Claim, Claimant, Count, DateRef


def _claim(counts: list[Count], n: int = 1) -> Claim:
    return Claim(
        id=f"d-c{n:03d}",
        document_id="d",
        event_type="ASSAULT",
        mode=None,
        acled=None,
        actors=[],
        targets=[],
        target_categories=[],
        locations=[],
        date=DateRef(),
        counts=counts,
        claimant=Claimant(None, "publication"),
        negated=False,
        hedged=False,
        start=0,
        end=10,
    )


def _killed(low: int, qualifier: str | None = "exact") -> Count:
    return Count("killed", None, low, low, qualifier, str(low), 0, 2)


@pytest.mark.parametrize(
    ("title", "body", "kept"),
    [
        (40, 40, False),  # the same figure
        (40, 42, False),  # a round headline figure for the body's exact one
        (100, 112, False),
        (40, 47, True),  # 47 does not round to 40
        (12, 13, True),  # 12 is no round number
        (30, 9, True),  # another figure altogether
    ],
)
def test_a_title_figure_the_body_restates_yields_to_the_body(title: int, body: int, kept: bool) -> None:
    (headline,) = yield_title_counts([_claim([_killed(title)])], [_claim([_killed(body)], 2)])
    assert bool(headline.counts) is kept


def test_a_title_figure_of_another_category_stays() -> None:
    injured = Count("injured", None, 40, 40, "exact", "40", 0, 2)
    (headline,) = yield_title_counts([_claim([_killed(40)])], [_claim([injured], 2)])
    assert headline.counts == [_killed(40)]


@pytest.mark.slow
def test_a_title_restating_the_body_leaves_its_claim_without_the_figure() -> None:
    from counterclaim import extract

    result = extract(
        "A car bomb killed 42 people in the market town on Monday, the local council said.",
        title="Car bomb kills 40 in market town",
    )
    title_counts = [c for claim in result.claims if claim.in_headline for c in claim.counts]
    body_counts = [c for claim in result.claims if not claim.in_headline for c in claim.counts]
    assert any(claim.in_headline for claim in result.claims)
    assert not [c for c in title_counts if c.category == "killed"]
    assert [c.low for c in body_counts if c.category == "killed"] == [42]
