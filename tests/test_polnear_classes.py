"""Stage 3: the verb classes PolNeAR attributes beyond plain saying, read as statements of the right kind.

Knowing, expecting and wanting are beliefs (the to-infinitive of a verb of wanting is the position
held), coming to know is a finding, a verb of characterizing with an object and its "as" phrase says
that the object is so, and a clause that opens with quoted words keeps the reporter's words after
them. A bare object ("cited the report") says nothing, and verbs of physical acts never cue.
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


def test_characterizing_verbs_leave_out_senses_without_judgement() -> None:
    plain = {"know", "take", "treat", "count", "accept", "address", "choose", "identify", "attack", "hit"}
    assert not plain & words(ATTRIBUTION, "characterizing_verbs")


def test_verbs_of_regarding_are_beliefs() -> None:
    kinds = mapping(ATTRIBUTION, "epistemic_kinds")
    assert all(kinds.get(verb) == "belief" for verb in ("view", "see", "regard"))


def test_infinitive_cues_are_beliefs() -> None:
    kinds = mapping(ATTRIBUTION, "epistemic_kinds")
    assert all(kinds.get(verb) == "belief" for verb in words(ATTRIBUTION, "infinitive_cues"))


def test_attribution_only_verbs_stay_out_of_the_shared_lists() -> None:
    """Claims read the shared lists; attribution's verbs of characterizing must not change what claims see."""
    shared = words(SHARED, "reporting_verbs") | words(SHARED, "reporting_verbs_with_object")
    assert "cite" not in shared and "portray" not in shared


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
        ("Opposition leaders portrayed the truce as a ploy to regroup.", "reported", "portrayed",
         "the truce as a ploy to regroup"),
        ("Many residents see the ceasefire as a pause before the next offensive.", "belief", "see",
         "the ceasefire as a pause before the next offensive"),
    ],
)  # fmt: skip
def test_verb_classes_beyond_saying(statements_of: Extract, text: str, kind: str, cue: str, content: str) -> None:
    assert (kind, cue, content) in _read(statements_of(text))


@pytest.mark.slow
def test_verbs_of_physical_acts_say_nothing(statements_of: Extract) -> None:
    assert statements_of("Government troops attacked the village at dawn and shelled the market.") == []


@pytest.mark.slow
def test_a_bare_object_of_citing_is_no_speech(statements_of: Extract) -> None:
    """A cited topic is a matter brought up (kind "mention"), never reported speech or a quote."""
    cited = statements_of("The envoy cited the rising prices of flour and fuel in the camps.")
    assert [s.kind for s in cited] == ["mention"]
    described = statements_of("The village was described as a stronghold of the militia.")
    assert [s.speaker.name for s in described] == [None]  # a passive names no one characterizing


@pytest.mark.slow
def test_a_plan_stated_by_a_modal_is_not_yet_held(statements_of: Extract) -> None:
    assert statements_of("The ministry may want to review the figures from the camps.") == []


@pytest.mark.slow
def test_a_clause_opening_with_quoted_words_keeps_what_follows(statements_of: Extract) -> None:
    text = 'The audit points out that "the fines are so small" that most contractors simply pay them.'
    found = _read(statements_of(text))
    assert found == [("reported", "points", '"the fines are so small" that most contractors simply pay them')]


@pytest.mark.slow
def test_a_date_is_no_one_called_on(statements_of: Extract) -> None:
    assert statements_of("The minister called on Friday to express thanks to the rescue teams.") == []


@pytest.mark.slow
def test_a_characterization_inside_someone_s_speech_is_part_of_it(statements_of: Extract) -> None:
    text = "The envoy replied that the monitor cites most of the reported raids as unconfirmed for now."
    assert [cue for _, cue, _ in _read(statements_of(text))] == ["replied"]


@pytest.mark.slow
def test_a_plan_placed_by_a_relative_adverb_is_no_position(statements_of: Extract) -> None:
    text = "The families rented a farm in the hills, where they planned to shelter until the shelling stopped."
    assert statements_of(text) == []
