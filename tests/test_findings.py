"""Stage 3: findings and beliefs are statements of their own kind, beside direct quotes and reported speech."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Speaker, Statement

Extract = Callable[[str], list[Statement]]
SOMEONE = Speaker(name="Ann Lee", as_written="Ann Lee", kind="person")


def test_a_direct_statement_is_always_of_the_direct_kind() -> None:
    quote = Statement(id="d-s001", document_id="d", speaker=SOMEONE, quote="…", direct=True, cue="said", start=0, end=1)
    reported = Statement(id="d-s002", document_id="d", speaker=SOMEONE, quote="…", direct=False, cue="said",
                         start=0, end=1)  # fmt: skip
    assert (quote.kind, reported.kind) == ("direct", "reported")
    assert quote.as_dict()["kind"] == "direct"


def _kinds(statements: list[Statement]) -> list[tuple[str, str]]:
    return [(s.kind, s.cue or "") for s in statements]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("An independent inquiry found that the clinic had been shelled from the hills.", "finding", "found"),
        ("The commission concluded that both sides had fired on the convoy.", "finding", "concluded"),
        ("A recent survey shows that most farmers have left the valley.", "finding", "shows"),
        ("The annual report found that the number of displaced families has doubled.", "finding", "found"),
        ("Local elders believe the militia planted the mines near the well.", "belief", "believe"),
        ("Doctors at the field clinic suspect that the gas was chlorine.", "belief", "suspect"),
    ],
)
def test_findings_and_beliefs_have_their_own_kind(statements_of: Extract, text: str, kind: str, cue: str) -> None:
    assert (kind, cue) in _kinds(statements_of(text))


@pytest.mark.slow
def test_plain_speech_stays_reported(statements_of: Extract) -> None:
    found = statements_of("The governor said the bridge would reopen next week after repairs.")
    assert _kinds(found) == [("reported", "said")]
    document = statements_of("The annual report says the number of displaced families has doubled.")
    assert _kinds(document) == [("reported", "says")]  # a document says what its authors say


@pytest.mark.slow
def test_a_belief_inside_someone_s_speech_is_part_of_it(statements_of: Extract) -> None:
    found = statements_of("The envoy said he believes the talks will resume after the holiday.")
    assert _kinds(found) == [("reported", "said")]


@pytest.mark.slow
def test_evidence_pointed_at_by_a_pronoun_is_no_source(statements_of: Extract) -> None:
    assert statements_of("It shows that the trucks left the depot before dawn.") == []


@pytest.mark.slow
def test_an_impersonal_estimate_is_a_finding_with_no_one_named(statements_of: Extract) -> None:
    found = statements_of("It is estimated that about 9,000 families fled the district last year.")
    assert [(s.kind, s.speaker.kind) for s in found] == [("finding", "unattributed")]
