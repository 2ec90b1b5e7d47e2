"""Event types of territory changing hands, affiliation, threatened acts and diplomatic ties
(issue 8, item 4; docs/claim-precision.md, docs/ontology.md).

Every sentence is written for this test and asserts a general rule of the PLOVER manual, the CAMEO→PLOVER table
or ACLED's codebook.
"""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[Claim]:
    return extract(text).claims


def _types(text: str) -> list[str]:
    return [c.event_type for c in _claims(text)]


# ---- territory changing hands (CAMEO 192; ACLED "Government regains territory" / "Non-state actor overtakes")


@pytest.mark.parametrize(
    "text",
    [
        "The army freed the town of Qaryatain from the militants on Sunday.",
        "The militia expelled rival fighters from their positions near the airport.",
        "The army won back the village after two days of fighting.",
        "The rebels drove the soldiers out of the village at dawn.",
    ],
)
def test_ground_changing_hands_is_an_assault_and_no_release(text: str) -> None:
    claims = _claims(text)
    assert "ASSAULT" in [c.event_type for c in claims]
    assert not {"RETREAT", "SANCTION"} & {c.event_type for c in claims}
    assert any(c.acled and c.acled.event_type == "Battles" for c in claims)


def test_freeing_people_stays_a_release_and_expelling_envoys_a_sanction() -> None:
    assert _types("The rebels freed three hostages on Monday.") == ["RETREAT"]
    assert _types("The government expelled the ambassador of its neighbour.") == ["SANCTION"]


# ---- who backs whom: a description, not an act of support


def test_a_group_backed_by_another_reports_no_support() -> None:
    assert "SUPPORT" not in _types("Units of the army backed by the air force repelled an attack on the checkpoint.")
    assert "SUPPORT" not in _types("The army backed by local militias also won back the hill near the river.")
    assert "SUPPORT" in _types("The neighbouring state backed the rebels with money and arms.")


# ---- what is threatened has not happened


def test_a_vow_to_retake_ground_is_a_threat_not_an_attack() -> None:
    types = _types("The president vowed in a speech to recapture every city.")
    assert types == ["THREATEN"]


def test_a_vow_to_keep_something_is_no_threat() -> None:
    assert "THREATEN" not in _types("The leader has vowed not to return the islands to the neighbouring state.")


# ---- diplomatic ties (CAMEO 054, PLOVER SUPPORT)


def test_establishing_diplomatic_ties_is_support_and_personal_relations_are_not() -> None:
    assert "SUPPORT" in _types("The island state established diplomatic ties with its old rival on Tuesday.")
    assert "SUPPORT" not in _types("The two leaders met to establish close personal relations.")
