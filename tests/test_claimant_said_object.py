"""Who gives a figure when the parser reads a that-less clause after "said" as the verb's object, and when "state
media" reports outside a headline. Own paraphrases, never evaluation text."""

from __future__ import annotations

import pytest

from readings import claimant_of


@pytest.mark.slow
def test_a_that_less_clause_read_as_the_object_of_said_is_what_is_said() -> None:
    text = (
        "Clashes went on in the north. "
        "The Levant Rights Monitor said strikes on Sunday on the town by jets killed at least 12 people "
        "in the second day of raids."
    )
    assert "Levant Rights Monitor" in (claimant_of(text, "at least 12 people") or "")


@pytest.mark.slow
def test_state_media_outside_a_headline_is_the_reported_states() -> None:
    text = (
        "Syrian troops pushed into the eastern districts of the city on Monday. "
        "State media said rocket fire by insurgents on the old quarter killed at least 9 people overnight."
    )
    assert claimant_of(text, "at least 9 people") == "Syrian state media"


@pytest.mark.slow
def test_a_noun_said_with_no_verb_of_its_own_is_the_writers_comment() -> None:
    from counterclaim.claims.source_tokens import _clause_read_as_object
    from counterclaim.nlp import load

    doc = load()("The toll rose to 30 a monitor said on Monday a sign of how weak the truce is.")
    assert not any(_clause_read_as_object(t) for t in doc)
