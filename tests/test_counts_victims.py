"""Victims written without a toll number, by class: a person an age describes, "both", the dead of an earlier
whole, reduced relatives, fatal attack nouns, hospital idioms.

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
        ("The 12-year-old boy died in hospital after the strike.", [("killed", 1)]),
        ("Gunmen killed the 40-year-old farmer near the village.", [("killed", 1)]),
        ("A sniper wounded his 9-year-old daughter at the checkpoint.", [("injured", 1)]),
    ],
)
def test_a_person_an_age_describes_is_one(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


def test_a_definite_person_alone_is_a_re_mention(language: Language) -> None:
    assert tolls(language, "The boy died in hospital.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both men died at the scene of the blast.", [("killed", 2)]),
        ("Both were pronounced dead at the clinic.", [("killed", 2)]),
        ("Both of them were wounded by the shelling.", [("injured", 2)]),
    ],
)
def test_both_counts_two_people(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Both sides blamed each other for the shelling.", "Both the army and the rebels shelled the town."],
)
def test_both_without_people_counts_nothing(language: Language, text: str) -> None:
    assert tolls(language, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three of the wounded later died in hospital.", [("killed", 3)]),
        ("Two of the injured later succumbed to their wounds.", [("killed", 2)]),
    ],
)
def test_the_dead_of_an_earlier_whole_are_dead(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police named three men shot and killed at the checkpoint.", [("killed", 3)]),
        ("Villagers buried two civilians shot dead by snipers.", [("killed", 2)]),
    ],
)
def test_reduced_relatives_say_what_befell_the_counted(
    language: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    assert tolls(language, text) == expected


def test_a_singular_person_joined_to_counted_people_is_one_more(language: Language) -> None:
    assert tolls(language, "The commander and 12 fighters were killed in the raid.") == [("killed", 13)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police are investigating the deadly shooting of a teenager.", [("killed", 1)]),
        ("The army announced the killing of a child in the raid.", [("killed", 1)]),
    ],
)
def test_fatal_attack_nouns_count_their_victim(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling put four people in the hospital on Monday.", [("injured", 4)]),
        ("Thirty civilians were rushed to hospital after the attack.", [("injured", 30)]),
        ("Five people were hospitalized after the blast.", [("injured", 5)]),
    ],
)
def test_hospital_idioms_are_injuries(language: Language, text: str, expected: list[tuple[str, int]]) -> None:
    assert tolls(language, text) == expected


def test_the_dead_taken_to_hospital_stay_dead(language: Language) -> None:
    assert tolls(language, "The bodies of 12 people were taken to hospital.") == [("killed", 12)]
