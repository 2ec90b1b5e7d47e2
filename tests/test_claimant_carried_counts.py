"""Counts carried from a sentence with no event of its own: the figure is its own sentence's source's, when that
sentence names one; otherwise it continues the claim before, as before.

Own paraphrases of the constructions, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.claims.carried import a_depiction, same_source
from counterclaim.claims.sources import named_by_leader
from counterclaim.models import Claim
from counterclaim.pipeline import extract

MONITOR = "Levant Rights Monitor"


def _with(text: str, category: str) -> list[Claim]:
    claims = extract(text, published="2016-05-02").claims
    return [c for c in claims if any(k.category == category for k in c.counts)]


@pytest.mark.slow
def test_a_toll_sentence_naming_its_source_is_that_sources_claim() -> None:
    text = (
        "Government aircraft bombed the vegetable market of Maarat al-Numan on Tuesday. "
        "Nine shoppers were among the dead the Levant Rights Monitor said."
    )
    claims = extract(text, published="2016-05-02").claims
    (counted,) = _with(text, "killed")
    assert counted.claimant.name == MONITOR
    assert any(c.claimant.kind == "publication" and not c.counts for c in claims), "the strike stays the outlet's"


@pytest.mark.slow
def test_the_copy_has_the_event_of_the_claim_before() -> None:
    text = (
        "Government aircraft bombed the vegetable market of Maarat al-Numan on Tuesday. "
        "Nine shoppers were among the dead the Levant Rights Monitor said."
    )
    claims = extract(text, published="2016-05-02").claims
    (counted,) = _with(text, "killed")
    (strike,) = [c for c in claims if not c.counts]
    assert (counted.event_type, counted.trigger, counted.start) == (strike.event_type, strike.trigger, strike.start)


@pytest.mark.slow
def test_a_toll_sentence_without_a_source_continues_the_claim_before() -> None:
    text = (
        "Government aircraft bombed the vegetable market of Maarat al-Numan on Tuesday, the Levant Rights "
        "Monitor said. Nine shoppers were among the dead."
    )
    (counted,) = _with(text, "killed")
    assert counted.claimant.name == MONITOR


@pytest.mark.slow
def test_a_later_bare_sentence_continues_the_latest_source() -> None:
    text = (
        "Government aircraft bombed the vegetable market of Maarat al-Numan on Tuesday. "
        "Nine shoppers were among the dead the Levant Rights Monitor said. "
        "Another 30 were wounded."
    )
    (wounded,) = _with(text, "injured")
    assert wounded.claimant.name == MONITOR


@pytest.mark.slow
def test_a_denied_event_toll_given_by_another_source_is_not_negated() -> None:
    text = (
        "The army denied any role in the gas attack on the village. "
        "Seven children were among the dead the Levant Rights Monitor said."
    )
    (counted,) = _with(text, "killed")
    assert counted.claimant.name == MONITOR
    assert not counted.negated


@pytest.mark.slow
def test_every_figure_is_on_one_claim() -> None:
    text = (
        "Rebel shells hit a school in Aleppo on Monday killing four pupils. "
        "Nine teachers were among the dead the Levant Rights Monitor said."
    )
    figures = [(k.low, k.start) for c in extract(text, published="2016-05-02").claims for k in c.counts]
    assert sorted(figures) == sorted(set(figures))
    assert {low for low, _ in figures} == {4, 9}



def test_a_short_name_and_the_full_name_are_one_source() -> None:
    assert same_source("Monitor", MONITOR)
    assert same_source("Syrian state media", "syrian state media")
    assert not same_source("SANA", MONITOR)
    assert not same_source(None, MONITOR)


def test_a_surname_and_the_full_name_with_a_particle_are_one_source() -> None:
    assert same_source("Haddad", "Omar al-Haddad")


def test_a_depiction_gives_no_figure() -> None:
    assert a_depiction("The amateur footage") and a_depiction("Another video")
    assert not a_depiction(MONITOR)


def test_an_alliance_named_by_its_leader_is_not_a_seated_body() -> None:
    assert named_by_leader("US-led coalition") and named_by_leader("Saudi-led Arab coalition")
    assert not named_by_leader(MONITOR)
