"""A claim that names no place takes the place of the claim before it when it goes on about the same event."""

from __future__ import annotations

import pytest

import counterclaim
from counterclaim.models import Claim


def _places(claims: list[Claim], trigger: str) -> set[tuple[str, int | None]]:
    return {(loc.name, loc.precision) for c in claims if c.trigger == trigger for loc in c.locations}


def _claims(text: str) -> list[Claim]:
    return counterclaim.extract(text, published="2016-05-03").claims


@pytest.mark.slow
def test_the_toll_of_the_next_sentence_inherits_the_town() -> None:
    claims = _claims(
        "Government aircraft bombed the town of Saraqib in Idlib province on Monday. "
        "Four civilians were killed and nine were wounded, activists said."
    )
    assert ("Saraqib", 1) in _places(claims, "killed")
    borrowed = [loc for c in claims if c.trigger == "killed" for loc in c.locations if loc.inherited]
    assert borrowed and all(loc.precision != 3 for loc in borrowed)  # the province is not passed on


@pytest.mark.slow
def test_a_turn_to_another_scene_inherits_nothing() -> None:
    claims = _claims(
        "Government aircraft bombed the town of Saraqib in Idlib province on Monday. "
        "Elsewhere, rebels shelled army positions, killing two soldiers."
    )
    assert "Saraqib" not in {name for name, _ in _places(claims, "shelled")}


@pytest.mark.slow
def test_another_paragraph_inherits_nothing() -> None:
    claims = _claims(
        "Government aircraft bombed the town of Saraqib in Idlib province on Monday.\n\n"
        "Rebels shelled army positions, killing two soldiers."
    )
    assert "Saraqib" not in {name for name, _ in _places(claims, "shelled")}


@pytest.mark.slow
def test_a_sentence_with_a_date_of_its_own_inherits_nothing() -> None:
    claims = _claims(
        "Government aircraft bombed the town of Saraqib in Idlib province on Monday. "
        "On Tuesday, rebels shelled army positions, killing two soldiers."
    )
    assert "Saraqib" not in {name for name, _ in _places(claims, "shelled")}


@pytest.mark.slow
def test_the_borrowed_town_is_marked_inherited_and_the_named_one_is_not() -> None:
    claims = _claims(
        "Government aircraft bombed the town of Saraqib in Idlib province on Monday. "
        "Four civilians were killed and nine were wounded, activists said."
    )
    marks = {(c.trigger, loc.inherited) for c in claims for loc in c.locations if loc.name == "Saraqib"}
    assert ("bombed", False) in marks and ("killed", True) in marks
    assert all(not loc.inherited for c in claims if c.trigger == "bombed" for loc in c.locations)
    # what the toll names itself is what it had before places were inherited: the report's country
    assert {loc.precision for c in claims if c.trigger == "killed" for loc in c.own_locations} == {3}
