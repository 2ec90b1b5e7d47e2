"""Claimants named once across reports, and denials as the denier's negated claim of the denied event.

Own paraphrases of the constructions, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract


def _claims(text: str) -> list[Claim]:
    return extract(text, published="2016-05-02").claims


def _negated(text: str) -> list[Claim]:
    return [c for c in _claims(text) if c.negated]


def test_a_states_possessive_before_an_organ_is_its_adjective() -> None:
    from counterclaim.claims.claimant import adjectival

    assert adjectival("Russia's military") == "Russian military"
    assert adjectival("Syria's defence ministry") == "Syrian defence ministry"
    assert adjectival("Russia's Lavrov") == "Russia's Lavrov"  # a person, not an organ


@pytest.mark.slow
def test_a_bare_organ_is_the_one_the_report_names() -> None:
    text = (
        "Rebels said the Syrian army shelled the town of Kafr Zita on Monday, killing five farmers."
        " The army denied any involvement."
    )
    assert [(c.event_type, c.claimant.name) for c in _negated(text)] == [("ASSAULT", "Syrian army")]


@pytest.mark.slow
def test_a_states_possessive_names_the_denier_as_its_adjective() -> None:
    text = "Jets bombed a bakery in Saraqeb, killing eight people. Russia's military denied carrying out any strikes."
    assert [c.claimant.name for c in _negated(text)] == ["Russian military"]


@pytest.mark.slow
def test_coordinated_modifiers_of_one_head_are_two_deniers() -> None:
    claims = _negated("Government and rebel forces have each denied using barrel bombs on the villages.")
    assert sorted(c.claimant.name or "" for c in claims) == ["Government forces", "rebel forces"]


@pytest.mark.slow
def test_a_denial_said_as_a_noun_is_the_deniers() -> None:
    text = (
        "Activists accused the government of shelling the market in Douma."
        " Prime Minister Imad Khamis repeated the government's denial on Sunday."
    )
    assert [(c.event_type, c.claimant.name) for c in _negated(text)] == [("ASSAULT", "Imad Khamis")]
    by = "Inspectors found the militia was responsible for the ambush, contradicting denials by the militia's leader."
    assert any(c.event_type == "ASSAULT" and "leader" in (c.claimant.name or "") for c in _negated(by))


@pytest.mark.slow
def test_the_denied_event_is_the_one_named_again_else_the_main_one() -> None:
    named = (
        "A massacre in the village left dozens dead. After the massacre the council surrendered its heavy weapons."
        " The council denied responsibility for the massacre."
    )
    assert [c.event_type for c in _negated(named)] == ["ASSAULT"]
    main = (
        "The brigade said its rivals had started the fighting by ambushing supply trucks near the bridge."
        " The rivals denied the accusation."
    )
    assert [c.event_type for c in _negated(main)] == ["ASSAULT"]


@pytest.mark.slow
def test_an_account_given_beside_a_denial_leaves_the_antecedent_denied() -> None:
    text = "Washington accused Damascus of the gas attack, which killed 80 people. Damascus denied responsibility."
    assert [(c.event_type, c.claimant.name) for c in _negated(text)] == [("ASSAULT", "Syria")]


@pytest.mark.slow
def test_an_informant_of_an_organ_is_that_states_and_the_source_after_it_too() -> None:
    text = (
        "Syrian army jets struck depots near Palmyra this week, a military source told reporters."
        " The source said the raids killed 31 militants."
    )
    killed = [c for c in _claims(text) if any(k.category == "killed" for k in c.counts)]
    assert [c.claimant.name for c in killed] == ["Syrian military source"]


@pytest.mark.slow
def test_an_outlet_is_named_without_its_description() -> None:
    (claim,) = [
        c for c in _claims("Shelling in Daraa killed 18 soldiers, Lebanese TV channel AlMayadin reported.") if c.counts
    ]
    assert claim.claimant.name == "AlMayadin"


@pytest.mark.slow
def test_a_toll_of_none_does_not_negate_the_attack() -> None:
    assert not _negated("The mortar rounds started fires in the market but caused no casualties.")


@pytest.mark.slow
def test_a_source_cut_off_as_a_sentence_of_its_own_gives_the_figure() -> None:
    text = (
        "Rockets killed at least 14 people in the villages held by the militia (the Free Brigades) local medics say."
        " Other news followed."
    )
    assert [c.claimant.name for c in _claims(text) if c.event_type == "ASSAULT"] == ["local medics"]


@pytest.mark.slow
def test_collusion_denied_as_an_accusation_is_a_negated_cooperation() -> None:
    text = "Rebels say the militia cooperates with the regime. The militia denies the accusation."
    assert [(c.event_type, c.claimant.name) for c in _negated(text)] == [("COOPERATE", "militia")]


@pytest.mark.slow
def test_a_body_described_by_its_seat_is_the_one_the_report_names() -> None:
    text = (
        "Shelling killed 20 soldiers near the dam, the Syrian Observatory for Human Rights reported."
        " Later the London-based opposition organisation said the toll rose after 12 more soldiers were killed."
    )
    killed = [c for c in _claims(text) if any(k.category == "killed" for k in c.counts)]
    assert {c.claimant.name for c in killed} == {"Syrian Observatory for Human Rights"}
