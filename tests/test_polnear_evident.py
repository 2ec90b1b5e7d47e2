"""Stage 3: "it is clear that …" — an adjective of obviousness after "it" holds its that-clause as a
judgement with no holder named (a belief, as "it seems that …"); negated, under "nor" or a modal, or
with no clause, nothing is held."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import words
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def test_adjectives_of_what_is_unknown_are_left_out() -> None:
    evident = words(ATTRIBUTION, "evident_adjectives")
    assert {"clear", "obvious", "evident"} <= evident
    assert not evident & {"unclear", "uncertain", "likely", "possible"}


@pytest.mark.slow
def test_it_is_clear_that_is_an_unattributed_belief(statements_of: Extract) -> None:
    found = statements_of("It is clear that the militia planted the mines near the school.")
    assert [(s.kind, s.cue, s.quote) for s in found] == [
        ("belief", "clear", "the militia planted the mines near the school")
    ]
    assert found[0].speaker.name is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "It was not immediately clear whether the convoy had reached the town.",
        "Nor is it clear that the strike hit the fuel depot.",
        "It may be clear by Friday that the army will take the hill.",
        "The sky over the city was clear that morning.",
    ],
)
def test_what_is_not_evident_holds_nothing(statements_of: Extract, text: str) -> None:
    assert statements_of(text) == []
