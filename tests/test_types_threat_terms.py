"""Sending peacekeepers is aid; the terms of a threat and what an announced reversal would end are no events
(issue 8, item 4; docs/claim-precision.md).

Every sentence is written for this test and asserts a general rule of the CAMEO→PLOVER table: CAMEO 074 ("Provide
military protection or peacekeeping") maps to PLOVER AID, so deploying peacekeepers is not a MOBILIZE of one's own
forces; CAMEO 13/139 code a threat or ultimatum with its conditions as one THREATEN.
"""

from __future__ import annotations

import pytest

from counterclaim.claims.modality import plover_reading
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow


def _types(text: str) -> list[str]:
    return [c.event_type for c in extract(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations deployed 2,000 peacekeepers to the buffer zone.",
        "The first deployment of peacekeeping troops arrived in the region on Monday.",
    ],
)
def test_sending_peacekeepers_is_aid(text: str) -> None:
    types = _types(text)
    assert "AID" in types and "MOBILIZE" not in types


def test_sending_troops_is_still_mobilize() -> None:
    assert _types("The army sent troops to the border town.") == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Russia threatened to halt the talks if the alliance deploys new missiles near its border.", "MOBILIZE"),
        ("The council said it will pull out its monitors unless the two sides arrange a truce.", "AGREE"),
        ("The fighters vowed to fight on until they gain control of the valley.", "ASSAULT"),
    ],
)
def test_the_terms_of_a_threat_are_no_event(text: str, absent: str) -> None:
    """Read as PLOVER codes it: the vowed fight is the THREATEN (modality ``threatened``), the terms nothing."""
    assert absent not in [plover_reading(c.event_type, c.modality) for c in extract(text).claims]


def test_a_condition_of_nothing_threatened_keeps_its_claim() -> None:
    assert "ASSAULT" in _types("If the rebels attack again, the army will respond.")


def test_an_announced_reversal_does_not_make_a_future_siege() -> None:
    assert _types("The government will lift the siege of the town next week.") == ["CONCEDE"]


def test_a_reversal_done_keeps_what_it_ended() -> None:
    assert set(_types("The army lifted the siege of the town on Friday.")) == {"RETREAT", "COERCE"}
