"""Acts a request asks for are not acts that happened.

"The envoy urged the militia to withdraw" asserts a REQUEST; the withdrawal is only asked for. Orders by an
authority enact their object and stay asserted. Sentences are our own.
"""

from __future__ import annotations

import pytest

from counterclaim import extract
from counterclaim.models import Claim

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[Claim]:
    return extract(text).claims


def test_a_requested_withdrawal_is_not_asserted() -> None:
    claims = _claims("The envoy urged the Turkish army to withdraw from the border town.")
    request = next(c for c in claims if c.event_type == "REQUEST")
    asked = [c for c in claims if c.event_type != "REQUEST"]
    assert request.modality == "asserted"
    assert asked and all(c.modality == "requested" for c in asked)
    assert all(c.acled is None for c in asked)  # nothing happened on the ground


def test_pressing_for_a_halt_is_a_request_not_a_halt() -> None:
    """The halt is only asked for; the offensive it would end is going on, and stays asserted."""
    claims = _claims("Washington pressed Ankara to halt its offensive against the Kurdish fighters.")
    halt = [c for c in claims if c.trigger == "halt"]
    assert halt and halt[0].modality == "requested"
    assert [c.modality for c in claims if c.trigger == "offensive"] == ["asserted"]


def test_an_order_enacts_its_object_and_the_troops_do_it() -> None:
    claims = _claims("The commander ordered the troops to withdraw from the hill on Sunday.")
    withdrawal = [c for c in claims if c.trigger == "withdraw"]
    assert withdrawal and withdrawal[0].modality == "asserted"


def test_a_decision_is_no_request() -> None:
    """A verb of deciding or promising is no request: its complement keeps its own modality."""
    claims = _claims("The rebel commander decided to withdraw his fighters from the village.")
    withdrawal = [c for c in claims if c.trigger == "withdraw"]
    assert withdrawal and withdrawal[0].modality != "requested"
