"""Denials and accusations whose doer or object the parse loses: own paraphrases, never evaluation text."""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract


def _claims(text: str) -> list[Claim]:
    return extract(text, published="2016-05-02").claims


def _negated(text: str) -> list[Claim]:
    return [c for c in _claims(text) if c.negated]


@pytest.mark.slow
def test_a_thatless_clause_read_as_the_object_keeps_its_subject_as_doer() -> None:
    claims = _negated("Moscow went on to deny Damascus carried out the gas attack.")
    assert [(c.event_type, c.claimant.name, c.actors) for c in claims] == [("ASSAULT", "Russia", ["Syria"])]


@pytest.mark.slow
def test_an_event_the_denied_clause_names_no_doer_of_is_the_deniers_own() -> None:
    claims = _negated("Ankara denied its warplanes took part in the raid in which six lorries were burned.")
    assert claims and all(c.claimant.name == "Turkey" and c.actors == ["Turkey"] for c in claims)


@pytest.mark.slow
def test_refuting_a_partys_claims_negates_that_partys_claim() -> None:
    text = "Rebel fighters said they had seized the village of Kafr Nabl. The army refuted the rebels' claims."
    claims = _negated(text)
    assert [(c.event_type, c.actors) for c in claims] == [("ASSAULT", ["Rebel fighters"])]
    assert claims[0].claimant.name and "army" in claims[0].claimant.name


@pytest.mark.slow
def test_the_accused_is_the_doer_of_what_they_are_accused_of() -> None:
    claims = _claims("Turkey accused Kurdish militants of bombing a police station in Diyarbakir.")
    assault = [c for c in claims if c.event_type == "ASSAULT"]
    assert assault and assault[0].actors and assault[0].actors != ["Turkey"]
    assert assault[0].claimant.name == "Turkey"


@pytest.mark.slow
def test_denying_a_named_object_with_no_clause_is_no_lost_clause() -> None:
    claims = _negated("Rebels said jets struck a bakery. The government denied the reports on Monday.")
    assert all(c.actors != ["Monday"] for c in claims)


@pytest.mark.slow
def test_the_holder_of_a_conclusion_is_the_claimant_not_the_outlet_that_carries_it() -> None:
    text = "According to a newspaper report, France has reached the firm conclusion that rebel mortars hit the school."
    assault = [c for c in _claims(text) if c.event_type == "ASSAULT"]
    assert [c.claimant.name for c in assault] == ["France"]
