"""Stage 3: refusing, deciding, proposing and expressing as positions held.

A verb of agreeing or refusing to act, or of deciding (FrameNet Agree_or_refuse_to_act, Deciding),
holds its to-infinitive as the subject's position; a verb of proposing or of expressing an attitude
holds its object. None of them is a quote: no words of the subject's are given.
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


def test_refusing_and_deciding_hold_an_infinitive_as_a_belief() -> None:
    kinds = mapping(ATTRIBUTION, "epistemic_kinds")
    for verb in ("refuse", "decline", "decide"):
        assert verb in words(ATTRIBUTION, "infinitive_or_clause")
        assert kinds.get(verb) == "belief"


def test_proposing_and_expressing_take_their_object_as_a_belief() -> None:
    kinds = mapping(ATTRIBUTION, "attitude_verbs")
    assert kinds.get("propose") == kinds.get("express") == "belief"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The ministry refused to open the northern crossing for the convoy.", "refused",
         "to open the northern crossing for the convoy"),
        ("The governor declined to name the units that had entered the town.", "declined",
         "to name the units that had entered the town"),
        ("The council decided to send a delegation to the talks in Geneva.", "decided",
         "to send a delegation to the talks in Geneva"),
        ("The envoy proposed a ceasefire along the southern front.", "proposed",
         "a ceasefire along the southern front"),
        ("The bishop expressed concern over the shelling of the camp.", "expressed",
         "concern over the shelling of the camp"),
    ],
)  # fmt: skip
def test_a_refusal_decision_or_proposal_is_a_belief(statements_of: Extract, text: str, cue: str, content: str) -> None:
    assert ("belief", cue, content) in _read(statements_of(text))


@pytest.mark.slow
def test_a_falling_figure_refuses_nothing(statements_of: Extract) -> None:
    """ "declined to 3 percent" is a change of amount: no infinitive, no position."""
    assert statements_of("Exports of grain declined to 3 percent of the total last year.") == []


@pytest.mark.slow
def test_declining_to_comment_is_too_short_to_be_a_statement(statements_of: Extract) -> None:
    assert statements_of("The spokesman for the army declined to comment.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "cue", "content"),
    [
        ("The envoy has often cited reopening the crossing as a first step.", "mention", "cited",
         "reopening the crossing as a first step"),
        ("The governor proposes allowing farmers to return to the fields.", "belief", "proposes",
         "allowing farmers to return to the fields"),
    ],
)  # fmt: skip
def test_a_gerund_is_what_is_proposed_or_brought_up(
    statements_of: Extract, text: str, kind: str, cue: str, content: str
) -> None:
    assert (kind, cue, content) in _read(statements_of(text))
