"""Stage 3: the verb classes PolNeAR attributes beyond plain saying, read as statements of the right kind.

Knowing, expecting and wanting are beliefs (the to-infinitive of a verb of wanting is the position
held), coming to know is a finding, a verb of message or of praise and blame takes its object as what
was said, and a clause that opens with quoted words keeps the reporter's words after them. Verbs that
also name physical acts never enter the message class: in war reporting their object is a target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def _read(statements: list[Statement]) -> list[tuple[str, str, str]]:
    return [(s.kind, s.cue or "", s.quote) for s in statements]


def test_message_verbs_leave_out_verbs_of_physical_acts() -> None:
    physical = {"attack", "hit", "strike", "blast", "back", "support", "defend", "question", "shell", "target"}
    assert not physical & words(ATTRIBUTION, "object_speech_verbs")


def test_denials_are_left_to_claims() -> None:
    """What a denier rejects is no statement of theirs: claims reads it as a negated claim."""
    assert not {"reject", "refute", "rebut", "dispute"} & words(ATTRIBUTION, "object_speech_verbs")


def test_infinitive_cues_are_beliefs() -> None:
    kinds = mapping(ATTRIBUTION, "epistemic_kinds")
    assert all(kinds.get(verb) == "belief" for verb in words(ATTRIBUTION, "infinitive_cues"))


def test_attribution_only_verbs_stay_out_of_the_shared_lists() -> None:
    """Claims read the shared lists; attribution's message verbs must not change what claims see."""
    shared = words(SHARED, "reporting_verbs") | words(SHARED, "reporting_verbs_with_object")
    assert "cite" not in shared and "praise" not in shared


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "cue", "content"),
    [
        ("The aid agency expects that the harvest in the valley will fail again.", "belief", "expects",
         "the harvest in the valley will fail again"),
        ("Villagers know that the militia still controls the northern road.", "belief", "know",
         "the militia still controls the northern road"),
        ("The provincial council wants to reopen the border crossing before winter.", "belief", "wants",
         "to reopen the border crossing before winter"),
        ("The monitoring group has learned that the convoy was diverted to the port.", "finding", "learned",
         "the convoy was diverted to the port"),
        ("The governor cited the rising number of displaced families as the reason for the curfew.", "reported",
         "cited", "the rising number of displaced families as the reason for the curfew"),
        ("Opposition leaders praised the mediators for their patience during the talks.", "reported", "praised",
         "the mediators for their patience during the talks"),
    ],
)  # fmt: skip
def test_verb_classes_beyond_saying(statements_of: Extract, text: str, kind: str, cue: str, content: str) -> None:
    assert (kind, cue, content) in _read(statements_of(text))


@pytest.mark.slow
def test_verbs_of_physical_acts_say_nothing(statements_of: Extract) -> None:
    assert statements_of("Government troops attacked the village at dawn and shelled the market.") == []


@pytest.mark.slow
def test_a_plan_stated_by_a_modal_is_not_yet_held(statements_of: Extract) -> None:
    assert statements_of("The ministry may want to review the figures from the camps.") == []


@pytest.mark.slow
def test_a_clause_opening_with_quoted_words_keeps_what_follows(statements_of: Extract) -> None:
    text = 'The audit points out that "the fines are so small" that most contractors simply pay them.'
    found = _read(statements_of(text))
    assert found == [("reported", "points", '"the fines are so small" that most contractors simply pay them')]
