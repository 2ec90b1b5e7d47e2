"""Stage 3: a matter a source brings up ("the envoy cited the toll", "the monitor pointed to the shelling")
is a statement of kind "mention": PolNeAR attributes it, but it holds no words of the source's, so the
quote bench (direct and reported only) does not read it as a quote. With a that-clause the same verbs
are reported speech; a person alone as object brings up no matter.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import mapping
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def _read(statements: list[Statement]) -> list[tuple[str, str, str]]:
    return [(s.kind, s.cue or "", s.quote) for s in statements]


def test_mention_verbs_say_where_the_matter_stands() -> None:
    """Each verb of mentioning names its object slot: the direct object or one preposition."""
    table = mapping(ATTRIBUTION, "mention_verbs")
    assert table and all(where == "object" or all(p.isalpha() for p in where.split("|")) for where in table.values())
    assert table.get("point") == "to" and table.get("cite") == "object"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor noted the closure of the northern border crossing.", "noted",
         "the closure of the northern border crossing"),
        ("The monitoring group pointed to the shelling of the main market on Friday.", "pointed to",
         "the shelling of the main market"),
        ("Aid workers cited the shortage of fuel in the camps.", "cited", "the shortage of fuel in the camps"),
        ("The envoy spoke of the long siege of the eastern districts.", "spoke of",
         "the long siege of the eastern districts"),
    ],
)  # fmt: skip
def test_a_matter_brought_up_is_a_mention(statements_of: Extract, text: str, cue: str, content: str) -> None:
    assert ("mention", cue, content) in _read(statements_of(text))


@pytest.mark.slow
def test_with_a_clause_the_verb_reports_speech(statements_of: Extract) -> None:
    found = _read(statements_of("The ministry noted that the crossing had been closed since March."))
    assert [kind for kind, _, _ in found] == ["reported"]


@pytest.mark.slow
def test_a_person_or_a_passive_is_no_mention(statements_of: Extract) -> None:
    assert statements_of("Officials mentioned him twice during the briefing.") == []
    assert not [s for s in statements_of("The shortage of fuel was noted in the camps.") if s.kind == "mention"]
