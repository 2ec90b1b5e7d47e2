"""Denials and accusations by structure (issue 8 items 3 and 5): who is cleared, who is accused, who rejects.
Sentences are our own paraphrases of general shapes, never evaluation text."""

from __future__ import annotations

from typing import Any

import pytest

from counterclaim.claims import find_contradictions
from counterclaim.models import Claim, Claimant, Location
from counterclaim.pipeline import extract
from readings import laid_out, sentence_claim

HOMS = Location(name="Homs", country="Syria", precision=1)
PUBLICATION = Claimant(name=None, kind="publication")


def claim(n: int, speaker: str | None, **fields: Any) -> Claim:
    defaults: dict[str, Any] = {"locations": [HOMS], "trigger": "attack"}
    return sentence_claim(
        n, **{**defaults, "claimant": Claimant(name=speaker, kind="organisation") if speaker else PUBLICATION, **fields}
    )


def test_a_denial_on_behalf_of_an_ally_answers_the_accusation_of_the_ally() -> None:
    text = laid_out("Washington blamed the gas attack on Damascus.", "Moscow denies Damascus carried out the attack.")
    accusation = claim(1, None, event_type="ACCUSE", actors=["United States"], targets=["Syria"], trigger="blamed")
    cleared = claim(2, "Russia", actors=["Syria"], negated=True)
    found = find_contradictions([accusation, cleared], [], text=text)
    assert [(x.attribute, x.claimants) for x in found] == [("actor", ["United States", "Russia"])]


def test_a_plain_negative_account_of_another_partys_act_clears_no_one() -> None:
    text = laid_out("Washington blamed the gas attack on Damascus.", "Moscow says the Syrian jets did not attack Homs.")
    accusation = claim(1, None, event_type="ACCUSE", actors=["United States"], targets=["Syria"], trigger="blamed")
    negative = claim(2, "Russia", actors=["Syria"], negated=True)
    assert find_contradictions([accusation, negative], [], text=text) == []


def test_denying_a_third_partys_attack_told_with_no_doer_disputes_that_it_happened() -> None:
    said = claim(1, "Turkish officials", targets=["a village"])
    denied = claim(2, "Kurdish commanders", actors=["Syria"], targets=["a village"], negated=True, trigger="denied")
    found = find_contradictions([said, denied], [])
    assert [x.attribute for x in found] == ["occurred"]


def _claims(text: str) -> list[Claim]:
    return extract(text, published="2016-05-02").claims


@pytest.mark.slow
def test_denying_that_victims_were_killed_names_no_killer() -> None:
    negated = [c for c in _claims("The ministry denied that civilians were killed in the raid.") if c.negated]
    assert negated and all(c.actors == [] for c in negated)


@pytest.mark.slow
def test_denying_an_own_act_still_names_the_denier_as_doer() -> None:
    negated = [c for c in _claims("The army denied carrying out the strikes on the market.") if c.negated]
    assert negated and negated[0].actors


@pytest.mark.slow
def test_blaming_an_event_on_a_party_makes_it_the_doer_and_the_accused() -> None:
    claims = _claims("Activists blamed the attack on Russian jets.")
    accusation = next(c for c in claims if c.event_type == "ACCUSE")
    attack = next(c for c in claims if c.event_type == "ASSAULT")
    assert accusation.targets == ["Russia"] and attack.actors == ["Russia"]


@pytest.mark.slow
def test_blame_laid_in_a_relative_clause_is_answered_by_the_accused_and_its_ally() -> None:
    result = extract(
        "The United States struck an air base after a gas attack that Washington blamed on the Syrian regime. "
        "Damascus and Moscow, its partner, reject that Syrian troops launched the attack.",
        published="2017-04-13",
    )
    pairs = [[str(name) for name in c.claimants] for c in result.contradictions if c.attribute == "actor"]
    assert any(pair[0] == "United States" and "Syria" in pair[1] for pair in pairs)


@pytest.mark.slow
def test_one_said_to_be_responsible_for_an_event_is_its_doer() -> None:
    claims = _claims("Officials concluded Russia was to blame for the strike on the convoy.")
    strike = next(c for c in claims if c.event_type == "ASSAULT")
    assert strike.actors == ["Russia"] and strike.claimant.name == "Officials"


@pytest.mark.slow
def test_holding_a_party_responsible_meets_its_denial() -> None:
    result = extract(
        "The White House said Russia holds responsibility for the strike on the convoy. "
        "Russia denied its aircraft were involved in the incident.",
        published="2016-09-21",
    )
    assert [(c.attribute, c.claimants) for c in result.contradictions] == [("actor", ["White House", "Russia"])]


@pytest.mark.slow
def test_not_being_responsible_names_no_doer() -> None:
    claims = _claims("The army said it was not responsible for the shelling of the market.")
    assert all(c.actors == [] for c in claims if c.event_type == "ASSAULT")
