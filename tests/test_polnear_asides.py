"""Stage 3: a relative clause set off by a comma after the object of a judgement is the reporter's aside.

"The envoy praised the plan, which opens two crossings" judges the plan; what the plan does is the
reporter's addition, so the statement ends before the comma. A restrictive relative ("the plan that
opens two crossings") says which plan is meant and stays in the statement.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def _read(statements: list[Statement]) -> list[tuple[str, str, str]]:
    return [(s.kind, s.cue or "", s.quote) for s in statements]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "cue", "content"),
    [
        ("The envoy praised the new plan for the city, which opens two crossings to trucks.", "belief",
         "praised", "the new plan for the city"),
        ("The monitor welcomed the release of the prisoners, who had been held for two years.", "belief",
         "welcomed", "the release of the prisoners"),
    ],
)  # fmt: skip
def test_a_relative_after_a_comma_is_left_out(
    statements_of: Extract, text: str, kind: str, cue: str, content: str
) -> None:
    assert (kind, cue, content) in _read(statements_of(text))


@pytest.mark.slow
def test_a_restrictive_relative_stays(statements_of: Extract) -> None:
    found = _read(statements_of("The envoy praised the plan that opens two crossings to trucks."))
    assert ("belief", "praised", "the plan that opens two crossings to trucks") in found
