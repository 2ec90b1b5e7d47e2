"""Definite descriptions ("the commander said", "the volunteer said") linked to the named person the text
described with that noun — on constructed war-reporting paraphrases."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement
from readings import speaker_of

Extract = Callable[[str], list[Statement]]


@pytest.mark.slow
def test_a_title_noun_finds_the_person_described_so_in_an_object(statements_of: Extract) -> None:
    statements = statements_of(
        "Reporters reached Abu Hamza, a rebel commander in Idlib, by telephone on Tuesday.\n\n"
        '"We will hold the hills until the winter," the commander said.'
    )
    assert speaker_of(statements, "We will hold") == "Abu Hamza"


@pytest.mark.slow
def test_a_sentence_opening_role_noun_describes_the_name_after_it(statements_of: Extract) -> None:
    statements = statements_of(
        "Shopkeeper Omar Khaled lost his store in the air strike on Monday.\n\n"
        "The market was hit at noon, witnesses said.\n\n"
        '"Nothing is left of my shop," the shopkeeper said.'
    )
    assert speaker_of(statements, "Nothing is left") == "Omar Khaled"


@pytest.mark.slow
def test_a_surname_alone_can_carry_the_description(statements_of: Extract) -> None:
    statements = statements_of(
        "Omar Khaled runs a bakery in Douma.\n\n"
        "The bakery was hit on Sunday. Khaled is a volunteer with the civil defence.\n\n"
        "Government forces denied shelling the area.\n\n"
        '"We pulled six people from the rubble," the volunteer said.'
    )
    assert speaker_of(statements, "We pulled") == "Omar Khaled"


@pytest.mark.slow
def test_a_name_inside_quote_marks_is_not_the_person_just_named(statements_of: Extract) -> None:
    statements = statements_of(
        'Layla Nasser said the clinic had closed. "Only Doctor Samir Aziz stayed behind with us," the mother said.'
    )
    assert speaker_of(statements, "Only Doctor") == "Layla Nasser"
