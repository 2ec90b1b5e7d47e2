"""A toll sentence with no source of its own continues the source of the sentence before when it stays on that
event; another place, another month or year, or the war as a whole keep the outlet's voice. A toll named by
its publisher ("an Observatory toll") is the publisher's.

Own paraphrases of the constructions, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract

OBSERVATORY = "Syrian Observatory for Human Rights"
LEAD = (
    "Government helicopters dropped barrel bombs on the market of Kafr Nabl on Tuesday, according to SOHR. "
)


def _toll_after_lead(follow_up: str) -> Claim:
    """The claim that carries the follow-up sentence's killed figure."""
    text = LEAD + follow_up
    claims = extract(text, published="2016-05-02").claims
    after = [c for c in claims if c.start >= len(LEAD) and any(k.category == "killed" for k in c.counts)]
    assert after, [(c.event_type, c.start, c.counts) for c in claims]
    return after[0]


@pytest.mark.slow
def test_a_toll_on_the_same_event_continues_the_source_before() -> None:
    claim = _toll_after_lead("At least 14 civilians were killed in the raids, including four children.")
    assert claim.claimant.name == OBSERVATORY


@pytest.mark.slow
def test_a_toll_at_another_place_is_the_outlets_own() -> None:
    claim = _toll_after_lead("Jets struck the centre of Maarat al-Numan, killing six people.")
    assert claim.claimant.kind == "publication"


@pytest.mark.slow
def test_a_toll_of_another_month_is_the_outlets_own() -> None:
    claim = _toll_after_lead("In March more than 40 civilians were killed in similar raids.")
    assert claim.claimant.kind == "publication"


@pytest.mark.slow
def test_a_war_wide_toll_is_the_outlets_own() -> None:
    claim = _toll_after_lead("In all, the war has killed over 310000 Syrians.")
    assert claim.claimant.kind == "publication"


@pytest.mark.slow
def test_a_toll_named_by_its_publisher_is_the_publishers() -> None:
    """ "according to an Observatory toll": the body before the published toll, not "Observatory toll"."""
    text = "Two days of fighting around the airbase killed 57 soldiers, according to an Observatory toll."
    claims = [c for c in extract(text, published="2016-05-02").claims if c.counts]
    assert claims and claims[0].claimant.name == "Observatory"
