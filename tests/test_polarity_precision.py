"""Negations that do not deny the event, and disowning a part in it (issue 8 follow-up).

Paraphrases written for these tests: a negated copula of uncertainty or of "first time" leaves the
event asserted, and "had no role in" / "had nothing to do with" is the speaker's negated claim of the
event, as "denied any involvement" is.
"""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract


def _assaults(text: str) -> list[Claim]:
    return [c for c in extract(text).claims if c.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Artillery pounded the suburb overnight. It was not yet clear which faction was behind the shelling.",
        "Aircraft struck the bakery again. This is not the first time the bakery has been bombed.",
        "The battalion not only shelled the hamlet but also stormed it.",
    ],
)
def test_negation_outside_the_event_keeps_it_asserted(text: str) -> None:
    found = _assaults(text)
    assert found
    assert not any(c.negated for c in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A truck bomb went off at the market. The faction said it had no role in the bombing.", "faction"),
        ("A truck bomb went off at the market. The brigade said it had nothing to do with the blast.", "brigade"),
        ("A truck bomb went off at the market. The faction said it was not responsible for the bombing.", "faction"),
    ],
)
def test_disowning_a_part_is_the_speakers_negated_claim(text: str, speaker: str) -> None:
    negated = [c for c in _assaults(text) if c.negated]
    assert negated
    assert any(speaker in (c.claimant.name or "").casefold() for c in negated)
