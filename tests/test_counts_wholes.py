"""Casualty-count grammar: parts named among a described whole, people added by a comitative phrase, running
tallies, ages standing for a person, words that make a deed a death, and figures outside the event's clause.

Sentences are our own paraphrases of general constructions, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import counterclaim
from readings import tolls

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four children were among those killed in the shelling.", [("killed", 4)]),
        ("Two nurses were among the people wounded by the blast.", [("injured", 2)]),
        ("The raid killed 30 people and eight children were among the victims.", [("killed", 30), ("killed", 8)]),
        ("The blast killed 14 workers along with three guards.", [("killed", 14), ("killed", 3)]),
        ("At least 12 died in the fire as well as two soldiers.", [("killed", 12), ("killed", 2)]),
        ("The number of people killed in the floods has risen to 31.", [("killed", 31)]),
        ("The number of wounded climbed to 57 on Friday.", [("injured", 57)]),
        ("A 9-year-old was killed by a stray bullet.", [("killed", 1)]),
        ("A two-month-old was wounded in the crossfire.", [("injured", 1)]),
        ("Two men were fatally stabbed outside the market.", [("killed", 2)]),
        ("Snipers shot dead four residents of the town.", [("killed", 4)]),
    ],
)
def test_toll_constructions(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army destroyed 3 tanks along with 5 trucks.",  # things added by "along with" are no people
        "The number of checkpoints rose to 40.",  # a running count of things is no toll
        "A 17-year-old boy was arrested.",  # the age modifies "boy": one person, and no toll
    ],
)
def test_no_toll(language: Language, text: str) -> None:
    assert tolls(language, text) == []


def test_a_figure_outside_the_event_clause_reaches_the_sentences_claim() -> None:
    text = "The monitor said that rockets fired at two districts of the city left 9 people dead."
    result = counterclaim.extract(text)
    figures = [(c.category, c.low) for claim in result.claims for c in claim.counts if c.category == "killed"]
    assert figures == [("killed", 9)]
