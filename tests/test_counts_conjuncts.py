"""Casualty-count grammar: people joined by "and" to people counted before share what befell them, and a part
of "the killed" counts the dead.

Sentences are our own paraphrases of general constructions, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from readings import tolls

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitor said 12 children and 9 fighters were among at least 40 people killed in the village.",
            [("killed", 12), ("killed", 9), ("killed", 40)],
        ),
        (
            "A strike killed 30 civilians including 7 children, 5 women and 4 men, the agency said.",
            [("killed", 30), ("killed", 7), ("killed", 5), ("killed", 4)],
        ),
    ],
)
def test_joined_people_share_the_toll(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


def test_joined_things_stay_apart(language: Language) -> None:
    """Things joined to the dead ("and 4 villages") are no victims."""
    assert tolls(language, "Troops killed 12 fighters and seized 4 villages near the border.") == [("killed", 12)]


def test_part_of_the_killed_is_killed(language: Language) -> None:
    """ "two of the killed": the participle stands for the dead, as "the dead" and "the wounded" do."""
    assert tolls(language, "At least two of the killed were paramedics, the monitor said.") == [("killed", 2)]
