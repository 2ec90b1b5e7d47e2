"""Counts of nobody ("no deaths", "no one was killed") are figures of 0, and hopes or purposes are not.

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
        ("Shells fell on the clinic but there were no deaths, the monitor said.", [("killed", 0)]),
        ("The raid on the depot caused no casualties.", [("casualties", 0)]),
        ("Rockets hit the village and no injuries were reported.", [("injured", 0)]),
        ("The convoy was ambushed but no one was killed.", [("killed", 0)]),
        ("A mortar landed near the school and nobody was hurt.", [("injured", 0)]),
        ("The bomb went off at night and no civilians died.", [("killed", 0)]),
        ("The strike killed 9 fighters, but no civilians were wounded.", [("killed", 9), ("injured", 0)]),
    ],
)
def test_nobody_is_a_figure_of_zero(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army told residents to leave to ensure that no civilians are killed.",
        "There was no word on casualties after the raid.",
        "There were no reports of casualties from the shelling.",
        "Officials gave no death toll for the clashes.",
    ],
)
def test_no_figure_without_a_stated_nobody(language: Language, text: str) -> None:
    assert tolls(language, text) == []
