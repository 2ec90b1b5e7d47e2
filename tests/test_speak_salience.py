"""Speakers by salience, on constructed war-reporting paraphrases: "the group" stands for the body the
text is about, a description with "former" for the person just introduced."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement
from readings import speaker_of

Extract = Callable[[str], list[Statement]]


@pytest.mark.slow
def test_the_group_is_the_body_that_spoke_last(statements_of: Extract) -> None:
    statements = statements_of(
        "The Syrian Observatory for Human Rights said twelve people died in the shelling of Douma.\n\n"
        "Hezbollah said on Sunday that its fighters had repelled an assault on the eastern front.\n\n"
        '"The attackers lost three tanks and withdrew before dawn," the group said.'
    )
    assert "Hezbollah" in (speaker_of(statements, "The attackers") or "")


@pytest.mark.slow
def test_a_body_named_inside_what_was_said_is_passed_over(statements_of: Extract) -> None:
    statements = statements_of(
        "The Houthi movement's media office said on Monday that the Saudi-led coalition had bombed a school.\n\n"
        '"Our teams pulled eleven children from the rubble of the building," the group said.'
    )
    assert speaker_of(statements, "Our teams") != "Saudi-led coalition"


@pytest.mark.slow
def test_a_description_points_to_the_person_the_text_described_so(statements_of: Extract) -> None:
    statements = statements_of(
        "Abu Omar al-Halabi, a local activist, said the bakery had been hit twice.\n\n"
        "Government forces shelled the market on Sunday, residents said.\n\n"
        '"We buried nine people before noon," the activist said.'
    )
    assert speaker_of(statements, "We buried") == "Abu Omar al-Halabi"


@pytest.mark.slow
def test_a_description_nobody_was_given_stays_as_written(statements_of: Extract) -> None:
    statements = statements_of(
        "Colonel Fadi Nasser said the convoy had reached the checkpoint.\n\n"
        '"No one was allowed through after dark," the driver said.'
    )
    assert speaker_of(statements, "No one") != "Fadi Nasser"
