"""Counts of people written without a toll number: ages, addresses, single victims, joined victims, idioms.

Sentences are our own paraphrases of general constructions, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.counts import find_counts
from readings import tolls

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omar Saleh, 16, was killed in the blast.", [("killed", 1)]),
        ("Karim Nasser (34) was shot dead on Monday.", [("killed", 1)]),
        ("The victim, a man aged 25, died in hospital.", [("killed", 1)]),
        ("He was charged in the death of Ali Hamad, also 18.", [("killed", 1)]),
        ("A father of four was killed in the shooting.", [("killed", 1)]),
    ],
)
def test_ages_and_families_are_no_tolls(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    "text",
    ["The shooting happened in the 4200 block of Main Avenue.", "The man was hit at 30 Porter Street."],
)
def test_addresses_are_no_counts(language: Language, text: str) -> None:
    assert not [c for c in find_counts(language(text)[:]) if c.low in {30, 4200}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A teenager was shot and killed on Saturday.", [("killed", 1)]),
        ("Teenager shot and killed in the city", [("killed", 1)]),
        ("A man was wounded in the leg.", [("injured", 1)]),
        ("Gunmen shot and killed 3 people.", [("killed", 3)]),
        ("A father and two children were found dead inside the home.", [("killed", 3)]),
        ("A woman and her granddaughter were found dead.", [("killed", 2)]),
        ("Three soldiers and two civilians were killed.", [("killed", 3), ("killed", 2)]),
    ],
)
def test_single_and_joined_victims(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council said four more villagers lost their lives near the river.", [("killed", 4)]),
        ("At least 6 civilians suffered suffocation in the attack.", [("injured", 6)]),
        ("Three soldiers sustained serious injuries.", [("injured", 3)]),
        ("Strikes killed 22 people on Wednesday seven of them children.", [("killed", 22), ("killed", 7)]),
    ],
)
def test_toll_idioms_and_parts(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


def test_the_army_lost_tanks_is_no_toll(language: Language) -> None:
    assert tolls(language, "The army lost 12 tanks.") == []


def test_a_year_before_a_number_word_is_not_one_number(language: Language) -> None:
    found = tolls(language, "Tue Mar 3 2015 Nine villagers were killed in the shelling.")
    assert found == [("killed", 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the northern town 12 people were killed including a retired police officer.", [("killed", 12)]),
        ("Twenty civilians died in the raid, among them a teacher.", [("killed", 20)]),
        ("Shelling killed nine people, including Omar Saleh, 16, the group said.", [("killed", 9)]),
        ("A man among the marchers was shot dead.", [("killed", 1)]),
    ],
)
def test_one_person_within_a_counted_whole_is_no_second_toll(
    language: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert tolls(language, text) == expected
