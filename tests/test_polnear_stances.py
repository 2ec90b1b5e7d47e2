"""Stage 3: stances and findings with an object, and a cue set off by commas inside its clause.

A verb of judging (VerbNet judgment-33: praise, welcome, oppose, question) with an object that is
more than a person is a belief whose content is the object; a verb of showing with an object is a
finding. A cue between commas inside the clause it reports ("The strikes, the ministry said, killed
twelve people") reports the whole clause, while a quote split by its cue stays a quote.
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


def test_stance_verbs_are_beliefs_or_findings() -> None:
    assert set(mapping(ATTRIBUTION, "attitude_verbs").values()) <= {"belief", "finding"}


def test_stance_verbs_leave_out_physical_acts_and_shared_verbs() -> None:
    """In war reporting the object of these is a target; the shared ones are read by claims already."""
    stances = set(mapping(ATTRIBUTION, "attitude_verbs"))
    assert not stances & {"attack", "hit", "strike", "defend", "back", "support", "target", "slam", "blast"}
    assert not stances & (words(SHARED, "reporting_verbs_with_object") | words(SHARED, "reporting_verbs"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "cue", "content"),
    [
        ("The regional council welcomed the new ceasefire agreement on Monday.", "belief", "welcomed",
         "the new ceasefire agreement on Monday"),
        ("The envoy questioned the casualty figures released by the army.", "belief", "questioned",
         "the casualty figures released by the army"),
        ("A new survey of the camps shows a sharp rise in child labour.", "finding", "shows",
         "a sharp rise in child labour"),
    ],
)  # fmt: skip
def test_a_stance_or_a_finding_takes_its_object(statements_of: Extract, text: str, kind: str, cue: str,
                                               content: str) -> None:  # fmt: skip
    assert (kind, cue, content) in _read(statements_of(text))


@pytest.mark.slow
def test_a_person_as_object_is_no_stance(statements_of: Extract) -> None:
    assert statements_of("Detectives questioned Omar Haddad for six hours.") == []
    assert statements_of("The mayor praised them.") == []


@pytest.mark.slow
def test_a_photo_caption_is_no_finding_but_footage_is(statements_of: Extract) -> None:
    """"A picture shows …" is the caption of a still image (page furniture); moving pictures are evidence."""
    assert statements_of("A general view shows the damaged hospital in the northern town.") == []
    assert statements_of("A picture taken on Sunday shows smoke rising over the old market.") == []
    assert [k for k, _, _ in _read(statements_of("Footage shows a rocket striking the school yard."))] == ["finding"]


@pytest.mark.slow
def test_a_cue_inside_its_clause_reports_the_whole_clause(statements_of: Extract) -> None:
    found = _read(statements_of("The shells, the ministry said, struck a school in the eastern district."))
    assert found == [("reported", "said", "The shells, the ministry said, struck a school in the eastern district")]


@pytest.mark.slow
def test_a_quote_split_by_its_cue_stays_a_quote(statements_of: Extract) -> None:
    found = statements_of('"The bakeries are empty," the governor said, "and the roads are still closed."')
    assert found and all(s.kind == "direct" for s in found)


def test_speech_nouns_make_statements_of_known_kinds() -> None:
    assert set(mapping(ATTRIBUTION, "speech_nouns").values()) <= {"reported", "belief", "finding"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        ("The army rejected the monitor's assertion that the market was hit twice.", "reported",
         "the market was hit twice"),
        ("A Reuters report that the bridge had collapsed was denied by the governor.", "reported",
         "the bridge had collapsed"),
        ("The agency's fear that the dam will fail has grown since the shelling.", "belief",
         "the dam will fail"),
    ],
)  # fmt: skip
def test_an_owned_noun_of_saying_takes_its_that_clause(statements_of: Extract, text: str, kind: str,
                                                      content: str) -> None:  # fmt: skip
    assert (kind, content) in [(k, c) for k, _, c in _read(statements_of(text))]


@pytest.mark.slow
def test_a_noun_with_a_relative_clause_or_no_owner_says_nothing(statements_of: Extract) -> None:
    assert statements_of("The assurance that he gave the families was not kept.") == []
    assert statements_of("The warning that the dam will fail spread through the valley.") == []
