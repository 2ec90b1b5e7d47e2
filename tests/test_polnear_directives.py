"""Stage 3: verbs of urging and advising (VerbNet urge-58.1, advise-37.9) with an object and a to-infinitive.

"The governor encouraged residents to leave the old city" reports what the governor said: the object
and the act urged on it. Without the infinitive ("encouraged the talks") no words are given.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import SHARED, words
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def test_directive_verbs_are_not_shared_reporting_verbs() -> None:
    """The shared lists feed claims too; urging verbs that are new here stay attribution's own."""
    assert not words(ATTRIBUTION, "directive_verbs") & words(SHARED, "reporting_verbs")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor encouraged residents to leave the old city before dawn.", "encouraged",
         "residents to leave the old city before dawn"),
        ("Aid groups implored the donors to send food to the besieged town.", "implored",
         "the donors to send food to the besieged town"),
    ],
)  # fmt: skip
def test_an_urged_act_is_reported_speech(statements_of: Extract, text: str, cue: str, content: str) -> None:
    found = [(s.kind, s.cue, s.quote) for s in statements_of(text)]
    assert ("reported", cue, content) in found


@pytest.mark.slow
def test_urging_without_an_infinitive_says_nothing(statements_of: Extract) -> None:
    assert statements_of("The mayor encouraged the talks between the two councils.") == []


@pytest.mark.slow
def test_a_scheme_urges_no_one(statements_of: Extract) -> None:
    """ "The programme encourages schools to …": a scheme makes an act likelier; no one is urging."""
    assert statements_of("The new programme encourages schools to serve hot meals twice a week.") == []
