"""Stage 3: a ruling (FrameNet Verdict) is what a court or tribunal established, a finding of its own.

"The tribunal ruled that the detention was unlawful" holds the clause as the tribunal's finding; a
ruled country or a ruling against someone names no clause, so no statement.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import mapping
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def test_ruling_is_a_finding() -> None:
    assert mapping(ATTRIBUTION, "epistemic_kinds").get("rule") == "finding"


@pytest.mark.slow
def test_a_ruling_with_a_clause_is_a_finding(statements_of: Extract) -> None:
    found = statements_of("The tribunal ruled that the detention of the two journalists was unlawful.")
    assert [(s.kind, s.cue, s.quote) for s in found] == [
        ("finding", "ruled", "the detention of the two journalists was unlawful")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["The militia ruled the province for a decade after the war.", "The judge ruled against the ministry on Monday."],
)
def test_ruling_without_a_clause_states_nothing(statements_of: Extract, text: str) -> None:
    assert statements_of(text) == []
