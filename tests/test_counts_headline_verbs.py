"""Title-Case headlines: the verb the tagger reads as a proper noun ("Car Bomb Kills Nine") is still the event's
trigger, and the headline's figure lands on that claim, once.

Texts are our own paraphrases of general headline shapes, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from counterclaim import extract
from counterclaim.models import Claim

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[Claim]:
    return extract(text).claims


def _in_first_line(claims: list[Claim], text: str) -> list[Claim]:
    first_line = text.split("\n")[0]
    return [c for c in claims if c.start < len(first_line)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Car Bomb Kills Nine Near Border Crossing\n\nThe blast went off at dawn.", "ASSAULT"),
        ("Police Detain Dozens of Students in Capital\n\nThe arrests came at night.", "COERCE"),
        ("Heavy Shelling Wounds Twelve Farmers Outside Provincial Town\n\nThe shells fell at noon.", "ASSAULT"),
    ],
)
def test_a_title_case_headline_verb_is_a_trigger(text: str, event_type: str) -> None:
    """The tagger reads "Kills" in a Title-Case headline as a proper noun; the headline still reports the event."""
    assert event_type in [c.event_type for c in _in_first_line(_claims(text), text)]


@pytest.mark.parametrize(
    ("text", "category", "figure"),
    [
        ("Air Raids Kill 14 Villagers Near Northern Town\n\nThe planes struck twice.", "killed", 14),
        ("Rocket Fire Injures 23 People In Market District\n\nThe rockets hit at noon.", "injured", 23),
    ],
)
def test_a_title_case_headline_figure_is_counted_once(text: str, category: str, figure: int) -> None:
    """The headline's figure is carried by exactly one claim of the headline."""
    carried = [
        c
        for c in _in_first_line(_claims(text), text)
        for n in c.counts
        if n.category == category and n.low == figure
    ]
    assert len(carried) == 1


def test_a_capitalised_name_in_ordinary_prose_is_no_trigger() -> None:
    """Outside a Title-Case line a capitalised verb form is part of a name."""
    claims = _claims("Residents of the Grand Kills district met the governor on Monday.")
    assert "ASSAULT" not in [c.event_type for c in claims]
