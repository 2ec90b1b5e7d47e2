"""Speakers introduced by the sentence before, on constructed war-reporting paraphrases: a dateline's apposition
as the subject a pronoun points to, the head of a noun-preposition-noun compound, a body described with the noun
before, and a description left as written where the one person named before may not be the one described."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement
from readings import speaker_of

Extract = Callable[[str], list[Statement]]


@pytest.mark.slow
def test_a_description_after_two_people_stays_as_written(statements_of: Extract) -> None:
    statements = statements_of(
        "Ahmed Saleh and Omar Haddad fled Aleppo in 2015 with their families.\n\n"
        '"We left everything behind," the engineer said.'
    )
    assert speaker_of(statements, "We left everything behind") not in {"Ahmed Saleh", "Omar Haddad"}


@pytest.mark.slow
def test_a_dateline_apposition_is_the_subject_a_pronoun_points_to(statements_of: Extract) -> None:
    statements = statements_of(
        "MOSUL, Iraq — Nabil Haddad, who ran the city's water board for a decade, is weighing a run for parliament.\n\n"
        "He said on Monday that the pumps had been shelled twice."
    )
    assert speaker_of(statements, "the pumps had been shelled") == "Nabil Haddad"


@pytest.mark.slow
def test_a_noun_preposition_noun_compound_is_a_rank_of_the_person_just_named(statements_of: Extract) -> None:
    statements = statements_of(
        "Karim Mansour, the former sergeant-at-arms of the regional assembly in Erbil, is weighing a run.\n\n"
        "The former sergeant-at-arms said Monday he would stand for the council."
    )
    assert speaker_of(statements, "he would stand for the council") == "Karim Mansour"


@pytest.mark.slow
def test_the_body_described_with_the_noun_is_the_noun(statements_of: Extract) -> None:
    statements = statements_of(
        "The Syrian Arab Red Crescent, a humanitarian organisation, sent 12 trucks to Douma. "
        "Reuters and the BBC reported shelling on the road. "
        "The organisation said two of its volunteers were wounded."
    )
    assert speaker_of(statements, "two of its volunteers") == "Syrian Arab Red Crescent"
