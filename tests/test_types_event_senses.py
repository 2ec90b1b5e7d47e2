"""Event types by word sense and by what a word governs, from CAMEO/PLOVER classes.

- a refusal's to-infinitive did not happen ("refused to withdraw"): the refusal is the REJECT (CAMEO 12);
- breaking a ceasefire is an attack (CAMEO 196 "Violate ceasefire" → ASSAULT; ACLED armed clash), and the truce
  broken is neither an AGREE nor the attack's target;
- a protest lodged with a government is a formal complaint (CAMEO 114 → ACCUSE), not a street protest;
- a strike that destroys something is an attack even when the sentence names doctors or workers.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from counterclaim import extract
from counterclaim.models import Claim

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[Claim]:
    return extract(text).claims


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("The garrison refused to withdraw from the citadel.", "withdraw"),
        ("The governor declined to resign on Monday.", "resign"),
        ("The militia refused to launch an attack on the village.", "attack"),
    ],
)
def test_a_refused_act_is_no_claim_and_the_refusal_is_a_rejection(text: str, refused: str) -> None:
    claims = _claims(text)
    assert not [c for c in claims if c.trigger == refused]
    assert [c.event_type for c in claims] == ["REJECT"]


def test_a_decline_in_attacks_is_no_refusal() -> None:
    claims = _claims("Residents noticed a sharp decline in attacks on the market.")
    assert [c.event_type for c in claims if c.trigger == "attacks"] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Regime troops violated the truce near the northern town on Tuesday.",
        "The observers counted twelve ceasefire violations by the militia overnight.",
        "A breach of the ceasefire was recorded in the southern province.",
    ],
)
def test_breaking_a_ceasefire_is_an_attack_not_an_agreement(text: str) -> None:
    claims = _claims(text)
    assert [c.event_type for c in claims] == ["ASSAULT"]
    attack = claims[0]
    assert attack.acled is not None and attack.acled.sub_event_type == "Armed clash"
    assert not any(t.casefold() in {"truce", "ceasefire"} for t in attack.targets)


def test_violating_rights_is_not_an_attack() -> None:
    claims = _claims("The watchdog accused the ministry of violating the rights of detainees.")
    assert "ASSAULT" not in [c.event_type for c in claims]


def test_an_agreed_ceasefire_stays_an_agreement() -> None:
    claims = _claims("The two factions agreed a truce in the eastern district.")
    assert "AGREE" in [c.event_type for c in claims]


def test_a_protest_lodged_with_a_government_is_a_complaint() -> None:
    claims = _claims("The foreign ministry lodged a formal protest with the neighbouring state's envoy.")
    assert [c.event_type for c in claims] == ["ACCUSE"]
    assert claims[0].acled is None


def test_a_crowd_protest_stays_a_protest() -> None:
    claims = _claims("Hundreds of students joined a protest outside the university on Friday.")
    assert [c.event_type for c in claims] == ["PROTEST"]


def test_a_strike_that_destroys_is_an_attack_beside_a_labour_word() -> None:
    claims = _claims("The strikes destroyed two depots, said a monitor that relies on a network of doctors.")
    assert [c.event_type for c in claims if c.trigger == "strikes"] == ["ASSAULT"]


def test_a_hunger_strike_stays_a_protest() -> None:
    claims = _claims("Detainees in the central prison began a hunger strike on Sunday.")
    assert [c.event_type for c in claims] == ["PROTEST"]



def test_ground_taken_by_kurdish_led_forces_is_a_non_state_takeover() -> None:
    """A people without a state leads non-state forces (ACLED), though the demonym table files it with states."""
    claims = _claims("Kurdish-led forces captured the village from the jihadists on Monday.")
    taken = [c for c in claims if c.trigger == "captured"]
    assert taken and taken[0].acled is not None
    assert taken[0].acled.sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "The official news agency also reported the attack on the convoy.",
        "The northern city saw heavy fighting on Sunday.",
    ],
)
def test_who_reports_or_sees_an_event_is_not_its_actor(text: str) -> None:
    claims = _claims(text)
    assert [c.event_type for c in claims] == ["ASSAULT"]
    assert claims[0].actors == []


def test_who_launches_an_attack_is_its_actor() -> None:
    claims = _claims("The militia launched an attack on the village.")
    assert [c.actors for c in claims] == [["militia"]]



@pytest.mark.parametrize(
    "text",
    [
        "Police seized assault rifles and ammunition at the checkpoint.",
        "The army moved attack helicopters and battle tanks to the northern front.",
        "Thousands of civilians remain trapped in the battle zones of the north.",
    ],
)
def test_an_attack_noun_naming_what_a_weapon_or_zone_is_for_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in [c.event_type for c in _claims(text)]


def test_an_attack_noun_with_its_victims_is_still_an_attack() -> None:
    claims = _claims("A bomb attack killed four soldiers near the base on Monday.")
    assert "ASSAULT" in [c.event_type for c in claims]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The navy imposed a blockade on the port.", "COERCE"),
        ("Egypt imposed a blockade on the border town.", "COERCE"),
        ("Truck drivers blockaded the main road for a second day.", "PROTEST"),
    ],
)
def test_a_blockade_by_forces_or_a_state_restricts_movement(text: str, event_type: str) -> None:
    """CAMEO 191 "Impose blockade" is COERCE; a blockade by protesters stays a PROTEST."""
    types = [c.event_type for c in _claims(text)]
    assert event_type in types and ("PROTEST" not in types or event_type == "PROTEST")
