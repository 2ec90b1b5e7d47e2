"""Event types from verb classes and modality (issue 8, item 4): reversals, threats, ACLED's battle and weapon
categories, and words that are no event (definitions, media advisories, "commit atrocities").

Every sentence is written for this test; each asserts a general rule of the PLOVER manual, the CAMEO→PLOVER
table or ACLED's codebook as docs/ontology.md states it.
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


def _sub_events(text: str) -> list[str]:
    return [c.acled.sub_event_type for c in _claims(text) if c.acled is not None]


# ---- reversals: the type of what is ended decides (CAMEO 08, 16; manual CONCEDE, REQUEST, SANCTION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The occupying army lifted its week-long blockade of the port on Sunday.", "RETREAT"),
        ("The northern alliance eased sanctions on its neighbour.", "RETREAT"),
        ("The dockers' union called off its strike after a pay offer.", "CONCEDE"),
        ("The donor country halted its aid to the provincial government.", "SANCTION"),
        ("The rebel delegation suspended negotiations with the cabinet.", "SANCTION"),
        ("The foreign minister cancelled his meeting with the envoy.", "REJECT"),
    ],
)
def test_reversal_takes_the_type_plover_gives_it(text: str, expected: str) -> None:
    types = _types(text)
    assert expected in types, types


def test_what_is_called_off_did_not_happen_and_what_is_halted_did() -> None:
    assert "PROTEST" not in _types("The dockers' union called off its strike after a pay offer.")
    assert "CONSULT" not in _types("The foreign minister cancelled his meeting with the envoy.")
    assert "ASSAULT" in _types("The northern army halted its offensive on the river town.")


def test_forces_stopping_a_march_is_not_a_concession() -> None:
    assert "CONCEDE" not in _types("Riot police stopped the march near the square.")


def test_a_demanded_reversal_is_the_content_of_the_request() -> None:
    types = _types("The besieged residents demanded the lifting of the siege.")
    assert "REQUEST" in types and "RETREAT" not in types


# ---- intent and threat (manual: conflictual acts announced by their actor are THREATEN)


def test_readiness_to_send_troops_is_a_threat_of_force() -> None:
    claim = next(c for c in _claims("The defence minister said his country is ready to send troops to the border."))
    assert (claim.event_type, claim.mode) == ("THREATEN", "violence")


def test_conditional_halt_of_mediation_is_a_threat_about_relations() -> None:
    claims = _claims("The regional power said it would halt its mediation if the raids continued.")
    assert any(c.event_type == "THREATEN" and c.mode == "relations" for c in claims)


# ---- ACLED: battles, weapons, territory


def test_fire_that_is_returned_is_an_armed_clash() -> None:
    subs = _sub_events("Insurgents fired mortar rounds at an army outpost and the soldiers returned fire.")
    assert subs and subs[0] == "Armed clash", subs


def test_mixed_weapons_list_with_small_arms_is_an_armed_clash() -> None:
    subs = _sub_events("Separatist units fired mortars, grenade launchers and small arms at army posts overnight.")
    assert subs and subs[0] == "Armed clash", subs


def test_one_sided_mortar_fire_stays_shelling() -> None:
    subs = _sub_events("Insurgents fired mortar rounds at an army outpost near the river.")
    assert subs and subs[0] == "Shelling/artillery/missile attack", subs


def test_chemical_attack_is_acled_chemical_weapon() -> None:
    subs = _sub_events("Witnesses said helicopters dropped barrels of chlorine gas on the market town.")
    assert subs and subs[0] == "Chemical weapon", subs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops recaptured the border town from the insurgents.", "Government regains territory"),
        ("Militants overran a police outpost on the highway.", "Non-state actor overtakes territory"),
        ("Rebel fighters took control of the district centre.", "Non-state actor overtakes territory"),
    ],
)
def test_territory_taken_by_force_depends_on_the_taker(text: str, expected: str) -> None:
    subs = _sub_events(text)
    assert subs and subs[0] == expected, subs


def test_using_a_weapon_is_an_attack_and_using_money_is_not() -> None:
    assert "ASSAULT" in _types("The inquiry said the air force used nerve agents against the suburb.")
    assert "ASSAULT" not in _types("The council used the grant to rebuild two clinics.")


# ---- precision: no event from definitions, advisories, "commit atrocities"


def test_a_defined_term_is_no_event() -> None:
    assert _claims("An engagement, as defined in these bulletins, means one or more events at one place.") == []
    assert "ASSAULT" not in _types("Training flights are not classified as a strike under these rules.")


def test_media_advisory_gathering_is_no_protest() -> None:
    types = _types("Reporters will gather in the briefing room for the call.")
    assert "PROTEST" not in types and "THREATEN" not in types


def test_crowd_gathering_is_still_a_protest() -> None:
    assert "PROTEST" in _types("Hundreds of residents gathered outside the governor's office on Friday.")


def test_committing_atrocities_is_no_agreement() -> None:
    assert "AGREE" not in _types("The militia went on to commit atrocities in the valley.")
    assert "AGREE" in _types("Both factions committed themselves to a lasting truce.")

