"""Stage 3: likening characterizes — "the envoy likened the siege to a blockade" says what the siege is like.

Verbs of likening (FrameNet Evaluative_comparison) carry the comparison in a "to" or "with" phrase,
as the verbs of characterizing carry theirs in "as". The object and the phrase are the statement;
without an object ("compared to last year") or without the phrase nothing is said.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import mapping
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def test_likening_verbs_name_their_preposition() -> None:
    table = mapping(ATTRIBUTION, "comparing_verbs")
    assert "to" in table["liken"].split("|")
    assert "with" in table["equate"].split("|")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The envoy likened the siege of the town to a medieval blockade.", "likened",
         "the siege of the town to a medieval blockade"),
        ("The minister compared the armed groups in the south to bandits.", "compared",
         "the armed groups in the south to bandits"),
    ],
)  # fmt: skip
def test_a_likening_is_a_statement(statements_of: Extract, text: str, cue: str, content: str) -> None:
    assert [(s.cue, s.quote) for s in statements_of(text)] == [(cue, content)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Compared to last year, the toll in the province rose sharply.", "The report compared the two districts."],
)
def test_a_comparison_without_object_or_phrase_says_nothing(statements_of: Extract, text: str) -> None:
    assert statements_of(text) == []
