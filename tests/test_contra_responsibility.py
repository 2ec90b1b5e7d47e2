"""Who answers for an event (issue 8 item 3, "responsibility said elsewhere"): "held X responsible for", "X was
behind the attack" name X as the event's doer in the speaker's claim. Sentences are our own."""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow  # loads the spaCy model


def _attacks(text: str) -> list[Claim]:
    return [c for c in extract(text).claims if c.event_type == "ASSAULT"]


def test_one_said_to_be_behind_an_attack_is_its_doer() -> None:
    (attack,) = _attacks("The ministry said government jets were behind the attack on the clinic.")
    assert attack.actors == ["government jets"] and attack.claimant.name == "ministry"


def test_one_held_responsible_by_a_small_clause_is_the_doer() -> None:
    (attack,) = _attacks("We hold the Iranian government responsible for the shelling of the port, the minister said.")
    assert attack.actors == ["Iran"]


def test_one_held_responsible_as_the_object_is_the_doer() -> None:
    (attack,) = _attacks("Officials held Hezbollah responsible for the rocket attack.")
    assert attack.actors == ["Hezbollah"]


def test_not_being_behind_an_attack_names_no_doer() -> None:
    attacks = _attacks("The army said it was not behind the attack on the clinic.")
    assert all(c.actors == [] for c in attacks)


def test_a_place_behind_the_lines_is_no_doer() -> None:
    attacks = _attacks("The town behind the front line was shelled on Monday.")
    assert all(c.actors == [] for c in attacks)
