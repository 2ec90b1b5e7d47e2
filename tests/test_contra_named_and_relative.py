"""Denials answered where the report puts them (issue 8 items 3 and 5): a denier described by office and named a
sentence later, and a denial in a relative clause of the accusation it answers. Sentences are our own
paraphrases of general shapes, never evaluation text."""

from __future__ import annotations

from typing import Any

import pytest

from counterclaim.claims import find_contradictions
from counterclaim.models import Claim, Claimant, DateRef, Location
from counterclaim.pipeline import extract
from readings import sentence_claim

HAMA = Location(name="Hama", country="Syria", precision=1)


def claim(n: int, speaker: str | None, **fields: Any) -> Claim:
    defaults: dict[str, Any] = {
        "event_type": "ACCUSE",
        "locations": [HAMA],
        "start": 0,
        "end": 60,
        "trigger": "accused",
    }
    return sentence_claim(
        n,
        **{
            **defaults,
            "claimant": Claimant(name=speaker, kind="organisation") if speaker else Claimant(None, "publication"),
            **fields,
        },
    )


# "The ministry accused the militias of looting the depot, which the militias have denied."
SENTENCE = "The ministry accused the militias of looting the depot, which the militias have denied. Talks resume."


def test_a_denial_in_a_relative_clause_answers_the_accusation_of_its_sentence() -> None:
    accusation = claim(1, None, actors=["Syria"], targets=["militias"], start=0, end=56)
    denial = claim(2, None, event_type="REJECT", actors=["militias"], trigger="denied", start=56, end=86)
    found = find_contradictions([accusation, denial], [], text=SENTENCE)
    assert [(c.attribute, c.claimants) for c in found] == [("actor", ["Syria", "militias"])]


def test_a_denial_in_the_next_sentence_is_not_read_as_relative() -> None:
    text = "The ministry accused the militias of looting the depot. The militias have denied. Talks resume."
    accusation = claim(1, None, actors=["Syria"], targets=["militias"], start=0, end=54)
    denial = claim(2, None, event_type="REJECT", actors=["militias"], trigger="denied", start=56, end=81)
    assert find_contradictions([accusation, denial], [], text=text) == []


def test_a_relative_denial_by_someone_the_accusation_does_not_name_answers_nothing() -> None:
    accusation = claim(1, None, actors=["Syria"], targets=["militias"], start=0, end=56)
    denial = claim(2, None, event_type="REJECT", actors=["farmers"], trigger="denied", start=56, end=86)
    assert find_contradictions([accusation, denial], [], text=SENTENCE) == []


def test_an_accusation_naming_no_one_is_answered_by_a_named_party_denying_it() -> None:
    text = "Villagers say the unit works with Damascus, an accusation Hezbollah has denied. Talks resume."
    accusation = claim(1, "villagers", start=0, end=79)
    denial = claim(2, "villagers", event_type="REJECT", actors=["Hezbollah"], trigger="denied", start=44, end=79)
    found = find_contradictions([accusation, denial], [], text=text)
    assert [c.attribute for c in found] == ["actor"]
    assert found[0].claimants[0] == "villagers"


def _negated_claimants(text: str) -> list[str | None]:
    return [c.claimant.name for c in extract(text, published="2016-10-20").claims if c.negated]


@pytest.mark.slow
def test_a_denier_described_by_office_is_the_speaker_named_next() -> None:
    text = (
        "Rebel groups said government jets bombed a bakery in Hama on Tuesday. "
        "A senior Syrian officer denied the bombing of the bakery. "
        '"No aircraft flew there," Ali Hassan of the Syrian army told reporters.'
    )
    assert "Ali Hassan" in _negated_claimants(text)


@pytest.mark.slow
def test_a_named_speaker_of_another_side_is_not_the_described_denier() -> None:
    text = (
        "Rebel groups said government jets bombed a bakery in Hama on Tuesday. "
        "A senior Syrian officer denied the bombing of the bakery. "
        '"The jets came at dawn," Omar Khalid of the Free Army told reporters.'
    )
    assert "Omar Khalid" not in _negated_claimants(text)


def _recalled_dispute(second_sentence: str) -> list[str]:
    text = f"Inspectors found that nerve gas was used near Hama in 2013. {second_sentence} Damascus denied it. "
    cut = text.index(second_sentence)
    reported = "2016-08-01"
    old = claim(
        1,
        None,
        event_type="ASSAULT",
        trigger="used",
        start=0,
        end=cut - 1,
        date=DateRef("2013-01-01", "2013-12-31", reported=reported),
    )
    blamed = claim(
        2,
        "United States",
        event_type="ASSAULT",
        actors=["Syria"],
        trigger="attack",
        start=cut,
        end=cut + len(second_sentence),
        date=DateRef(reported=reported),
    )
    denied = claim(
        3,
        "Syrian government",
        event_type="ASSAULT",
        actors=["Syria"],
        negated=True,
        trigger="denied",
        start=cut + len(second_sentence) + 1,
        end=len(text) - 1,
        date=DateRef(reported=reported),
    )
    return [c.attribute for c in find_contradictions([old, blamed, denied], [], text=text)]


def test_an_accusation_of_that_attack_recalls_the_dated_past_event_before_it() -> None:
    assert _recalled_dispute("The United States blamed Damascus for that attack on the town.") == []


def test_an_accusation_of_an_attack_told_without_a_demonstrative_is_this_reports_news() -> None:
    assert _recalled_dispute("The United States blamed Damascus for an attack on the town.") == ["actor"]


@pytest.mark.slow
def test_a_relative_denial_does_not_deny_a_heading_glued_after_it() -> None:
    text = (
        "Villagers say the militia works with the army, an accusation the militia has denied "
        "Heavy shelling The district has been under heavy shelling since March which has killed 40 civilians."
    )
    assert not [c for c in extract(text, published="2016-06-15").claims if c.negated and c.event_type == "ASSAULT"]
