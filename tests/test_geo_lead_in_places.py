"""A claim whose sentence names no place takes the towns of the sentence before it when no claim was drawn
from that sentence (a scene-setting lead-in) and it gives no other date."""

from __future__ import annotations

import pytest

import counterclaim
from counterclaim.models import Claim


def _names(claims: list[Claim], trigger: str) -> set[str]:
    return {loc.name for c in claims if c.trigger == trigger for loc in c.locations}


def _claims(text: str) -> list[Claim]:
    return counterclaim.extract(text, published="2016-05-03").claims


@pytest.mark.slow
def test_a_claim_after_a_scene_setting_sentence_takes_its_town() -> None:
    claims = _claims(
        "On Monday, a rocket landed near the central market in the town of Saraqib. "
        "The market is regularly attacked by militants."
    )
    assert "Saraqib" in _names(claims, "attacked")
    assert all(loc.inherited for c in claims if c.trigger == "attacked" for loc in c.locations if loc.name == "Saraqib")


@pytest.mark.slow
def test_a_lead_in_in_another_paragraph_passes_nothing_on() -> None:
    claims = _claims(
        "On Monday, a rocket landed near the central market in the town of Saraqib.\n\n"
        "The market is regularly attacked by militants."
    )
    assert "Saraqib" not in _names(claims, "attacked")


@pytest.mark.slow
def test_a_turn_to_another_scene_takes_nothing_from_the_lead_in() -> None:
    claims = _claims(
        "On Monday, a rocket landed near the central market in the town of Saraqib. "
        "Elsewhere, the army was attacked by militants."
    )
    assert "Saraqib" not in _names(claims, "attacked")
