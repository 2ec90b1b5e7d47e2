"""Stage 3: beliefs held as an object or after an adjective.

A verb of wanting or expecting with an object that is more than a person ("the rebels want a
ceasefire") and an adjective of certainty or fear with a clause ("residents are convinced that …") are
beliefs; under a modal ("could not be sure that …") the adjective holds nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import mapping, words
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def _read(statements: list[Statement]) -> list[tuple[str, str, str]]:
    return [(s.kind, s.cue or "", s.quote) for s in statements]


def test_object_beliefs_are_beliefs() -> None:
    kinds = mapping(ATTRIBUTION, "epistemic_kinds")
    assert all(kinds.get(verb) == "belief" for verb in words(ATTRIBUTION, "object_beliefs"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The rebels want a ceasefire in the southern provinces.", "want", "a ceasefire in the southern provinces"),
        ("Farmers in the valley fear a new offensive on the town.", "fear", "a new offensive on the town"),
        ("Aid groups are worried that the northern crossing will close.", "worried",
         "the northern crossing will close"),
        ("The envoy was not sure whether the convoy would reach the town.", "sure",
         "whether the convoy would reach the town"),
    ],
)  # fmt: skip
def test_a_held_object_or_clause_is_a_belief(statements_of: Extract, text: str, cue: str, content: str) -> None:
    assert ("belief", cue, content) in _read(statements_of(text))


@pytest.mark.slow
def test_a_person_wanted_is_no_belief(statements_of: Extract) -> None:
    assert statements_of("The police wanted him for questioning.") == []


@pytest.mark.slow
def test_a_modal_certainty_is_no_belief(statements_of: Extract) -> None:
    """ "could not be sure that …" says what cannot be known, not what anyone holds."""
    found = statements_of("The agency could not be sure that the money came from the ministry.")
    assert not [s for s in found if s.kind == "belief"]
