"""Casualty-count grammar: people joined by "and" to people counted before share what befell them; a part of "the
killed", or one that "those killed" include, counts the dead; a count right after a weekday is no date.

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those killed in the raid included 9 aid workers, the monitor said.", [("killed", 9)]),
        ("The wounded include 7 women, doctors said.", [("injured", 7)]),
    ],
)
def test_part_included_in_a_described_whole(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    """ "those killed included N": the object of "include" is a part of the whole its subject describes."""
    assert tolls(language, text) == expected


def test_inclusion_in_a_non_victim_whole_is_no_toll(language: Language) -> None:
    assert tolls(language, "The convoy included 30 trucks carrying food.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday 16 civilians were killed in air raids on the town, the monitor said.", [("killed", 16)]),
        ("Also on Wednesday 22 fighters were wounded when warplanes struck a convoy.", [("injured", 22)]),
        ("The talks will resume on Friday 16 June, before 3 soldiers were killed.", [("killed", 3)]),
    ],
)
def test_count_after_a_weekday_without_comma(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    """ "on Friday 16 civilians": a weekday and a count read as one date where the comma was stripped."""
    assert tolls(language, text) == expected
