"""Stage 3: a verb of judging with a person and the ground of the judgement (VerbNet judgment-33, "NP V NP
for NP"), and a that-clause of a second verb of saying left to that verb."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def _read(statements: list[Statement]) -> list[tuple[str, str, str]]:
    return [(s.kind, s.cue or "", s.quote) for s in statements]


@pytest.mark.slow
def test_a_person_judged_for_something_is_a_position(statements_of: Extract) -> None:
    found = _read(statements_of("The senator mocked the governor for ignoring the toll."))
    assert ("belief", "mocked", "the governor for ignoring the toll") in found


@pytest.mark.slow
def test_a_person_judged_alone_is_no_position(statements_of: Extract) -> None:
    assert statements_of("The senator mocked Governor Lee.") == []


@pytest.mark.slow
def test_the_clause_of_a_second_verb_of_saying_is_its_own(statements_of: Extract) -> None:
    """ "mocked X for Y, claiming that Z": Z is what the claiming says, not what was mocked."""
    found = _read(statements_of("The senator mocked the governor for ignoring the toll, claiming that the "
                                "ministry had hidden the figures."))  # fmt: skip
    assert ("belief", "mocked", "the governor for ignoring the toll") in found
    assert ("reported", "claiming", "the ministry had hidden the figures") in found


@pytest.mark.slow
def test_people_questioned_hold_no_position(statements_of: Extract) -> None:
    """ "questioned two men" is an interrogation: a noun for people names people, as a name does."""
    assert statements_of("Police questioned two men after the blast.") == []
