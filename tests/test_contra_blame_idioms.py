"""Idioms of blaming (CAMEO 112 "Accuse", issue 8 item 3): "pointed the finger at X", "laid the blame on X",
"held X responsible for" are accusations of X, so that X's denial answers the accuser. Sentences are our own."""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow  # loads the spaCy model


def _accusations(text: str) -> list[Claim]:
    return [c for c in extract(text).claims if c.event_type == "ACCUSE"]


def test_pointing_the_finger_accuses_the_object_of_at() -> None:
    (accusation,) = _accusations("Several European states pointed the finger at Iran after the tanker was seized.")
    assert accusation.targets == ["Iran"]


def test_laying_the_blame_on_a_party_accuses_it_and_names_the_doer() -> None:
    result = extract("The rebels laid the blame on the army for the shelling of the clinic in Idlib.")
    (accusation,) = [c for c in result.claims if c.event_type == "ACCUSE"]
    (shelling,) = [c for c in result.claims if c.event_type == "ASSAULT"]
    assert accusation.targets == ["army"] and shelling.actors == ["army"]


def test_holding_a_state_responsible_is_an_accusation_its_denial_disputes() -> None:
    result = extract("Washington held Moscow responsible for the strike on the convoy, which Russia denied.")
    (accusation,) = [c for c in result.claims if c.event_type == "ACCUSE"]
    assert accusation.targets == ["Russia"]
    assert [(x.attribute, x.claimants) for x in result.contradictions] == [("actor", ["United States", "Russia"])]


@pytest.mark.parametrize(
    "text",
    [
        "The general pointed at the map on the wall.",
        "The council will hold a vote on the budget on Friday.",
        "She put the blame aside and went back to work.",
    ],
)
def test_words_of_the_idioms_alone_accuse_no_one(text: str) -> None:
    assert all(not c.targets for c in _accusations(text))
