"""An act only asked for or threatened keeps its type and carries the frame as its modality (claims/modality.py).

RAMS annotates a threatened shooting as an attack and a called-for boycott as a sanction; PLOVER codes the
threat itself (CAMEO 13: the THREATEN's mode is the threatened act). One claim serves both: its ``event_type``
is the act's, its ``modality`` says nobody reports it done, and ``plover_reading`` gives PLOVER's type.
Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from counterclaim.claims.modality import plover_reading
from counterclaim.models import Claim
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[Claim]:
    return extract(text).claims


def _by_trigger(text: str, trigger: str) -> Claim:
    return next(c for c in _claims(text) if c.trigger == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("The militia threatened to shell the market if the siege went on.", "shell", "ASSAULT"),
        ("The ministry threatened the company with sanctions over the shipments.", "sanctions", "SANCTION"),
        ("Rebel leaders vowed to storm the garrison before the winter.", "storm", "ASSAULT"),
    ],
)
def test_a_threatened_act_keeps_its_type_and_is_no_event(text: str, trigger: str, event_type: str) -> None:
    act = _by_trigger(text, trigger)
    assert (act.event_type, act.modality) == (event_type, "threatened")
    assert act.acled is None  # nothing happened on the ground
    assert plover_reading(act.event_type, act.modality) == "THREATEN"


def test_the_threat_itself_stays_asserted() -> None:
    claims = _claims("The militia threatened to shell the market if the siege went on.")
    threat = next(c for c in claims if c.event_type == "THREATEN")
    assert threat.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor appealed for humanitarian aid for the displaced families.", "aid"),
        ("Relief agencies renewed their calls for a ceasefire in the province.", "ceasefire"),
        ("The envoy urged both parties to sign a peace agreement.", "agreement"),
    ],
)
def test_what_an_appeal_asks_for_is_requested(text: str, trigger: str) -> None:
    assert _by_trigger(text, trigger).modality == "requested"


def test_a_requested_act_of_a_request_mode_is_the_request_for_plover() -> None:
    """PLOVER's REQUEST modes (assist, yield, meet) name aid, cooperation, yielding and meeting: asking for them is
    the REQUEST; other requested acts (verbal support, an attack) keep their own type."""
    for event_type in ("AID", "COOPERATE", "RETREAT", "CONCEDE", "CONSULT"):
        assert plover_reading(event_type, "requested") == "REQUEST"
    assert plover_reading("SUPPORT", "requested") == "SUPPORT"
    assert plover_reading("AID", "asserted") == "AID"
    assert plover_reading("ASSAULT", "asserted") == "ASSAULT"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The mayor requested that the central government provide emergency shelter.", "provide"),
        ("The villagers demanded that the soldiers withdraw from the school.", "withdraw"),
        ("The province asked for 5,000 tons of food aid before the winter.", "aid"),
    ],
)
def test_a_mandative_clause_or_a_measured_request_is_requested(text: str, trigger: str) -> None:
    assert _by_trigger(text, trigger).modality == "requested"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister asked whether the troops had withdrawn from the town.", "withdrawn"),
        ("The council called for an investigation of the attack on the village.", "attack"),
    ],
)
def test_a_question_or_the_topic_of_an_inquiry_is_not_requested(text: str, trigger: str) -> None:
    assert _by_trigger(text, trigger).modality != "requested"


def test_a_reason_given_with_for_is_no_request() -> None:
    claim = _by_trigger("The rebels were blamed for the attack on the convoy.", "attack")
    assert claim.modality == "asserted"


def test_what_a_requested_halt_would_end_is_going_on() -> None:
    claims = _claims("The envoy pressed the army to halt its offensive in the north.")
    assert [c.modality for c in claims if c.trigger == "offensive"] == ["asserted"]


def test_what_a_reported_demand_asks_of_others_is_requested() -> None:
    """ "X said Y must do Z" is X's REQUEST (``events.is_demanded``); Z has not been done."""
    claims = _claims("The Red Cross said the government must allow food aid into the besieged town.")
    assert [c.modality for c in claims if c.trigger == "aid"] == ["requested"]
    assert [c.modality for c in claims if c.event_type == "REQUEST"] == ["asserted"]
    assert [c.modality for c in claims if c.trigger == "besieged"] == ["asserted"]  # the siege goes on


def test_what_we_must_do_is_no_demand() -> None:
    claims = _claims("We must defend our city, the commander said.")
    assert all(c.modality != "requested" for c in claims)


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "plover"),
    [
        ("The envoy offered to negotiate with the tribal elders.", "negotiate", "CONSULT", "AGREE"),
        ("The ministers agreed that their armies should cooperate.", "cooperate", "COOPERATE", "AGREE"),
        ("The junta promised to release all political prisoners.", "release", "RETREAT", "CONCEDE"),
    ],
)
def test_an_act_offered_promised_or_agreed_to_is_only_intended(
    text: str, trigger: str, event_type: str, plover: str
) -> None:
    """CAMEO 03 "Express intent to …": the act is announced, not done; it keeps its type (RAMS annotates an offer
    to negotiate as a negotiation) and PLOVER reads it as the promise it is."""
    claim = _by_trigger(text, trigger)
    assert (claim.modality, claim.event_type) == ("intended", event_type)
    assert plover_reading(claim.event_type, claim.modality) == plover
