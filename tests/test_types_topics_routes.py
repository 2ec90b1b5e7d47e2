"""Event types by what a word governs (CAMEO classes), and topics that assert no event of their own.

- cutting a road or route restricts movement (CAMEO 191 "Impose blockade, restrict movement": COERCE); cutting
  funds or ties stays a SANCTION;
- what a protest is against ("in protest of the refusal ...") is its grievance, not an event of its own;
- what talks or an agreement are about, given as a gerund clause ("talks about organising a march"), is a topic.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from counterclaim import extract
from counterclaim.models import Claim

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[Claim]:
    return extract(text).claims


@pytest.mark.parametrize(
    "text",
    [
        "Army units cut the main highway north of the city on Sunday.",
        "The highway to the airport was cut by rebel fighters.",
    ],
)
def test_cutting_a_route_is_a_restriction_of_movement(text: str) -> None:
    assert [(c.trigger, c.event_type) for c in _claims(text)] == [("cut", "COERCE")]


def test_cutting_funds_stays_a_sanction() -> None:
    claims = _claims("The government cut funding to the agency.")
    assert [(c.trigger, c.event_type) for c in claims] == [("cut", "SANCTION")]


def test_the_grievance_of_a_protest_is_no_event() -> None:
    text = "Hundreds of workers went on a hunger strike in protest of the ministry's refusal to pay their wages."
    assert [c.event_type for c in _claims(text)] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The two factions reached an agreement on staging a peaceful march next week.", "AGREE"),
        ("The envoys held talks about organising a demonstration in the square.", "CONSULT"),
    ],
)
def test_what_talks_or_an_agreement_are_about_is_a_topic(text: str, kept: str) -> None:
    assert [c.event_type for c in _claims(text)] == [kept]


def test_a_gerund_under_a_time_preposition_keeps_its_event() -> None:
    claims = _claims("Rebels ambushed a convoy on the road after launching an attack on the town.")
    assert [c.event_type for c in claims] == ["ASSAULT", "ASSAULT"]
