"""A bare number after "and" with its verb left out (gapping) counts what the count before it counts.

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
        ("At least 15 were killed on the rebel side and 23 on the other side.", [("killed", 15), ("killed", 23)]),
        ("Air strikes killed 15 people in Aleppo and 23 in Idlib.", [("killed", 15), ("killed", 23)]),
        ("The shelling wounded 8 people in the old city and 11 in the suburbs.", [("injured", 8), ("injured", 11)]),
    ],
)
def test_a_gapped_number_repeats_the_count_before(
    language: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said it destroyed 15 tanks in Hama and 4 in Homs.",
        "The convoy of 15 trucks left on Monday and 4 of them came back.",
    ],
)
def test_no_toll_from_a_gapped_tally(language: Language, text: str) -> None:
    assert tolls(language, text) == []
