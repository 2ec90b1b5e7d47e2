"""Parties of the wars in Syria, Iraq and Yemen are sides of their own (issue 8 item 5): an opposition body named
after the country is not the state, and a rescue service's other name is the same party. Names are public."""

from __future__ import annotations

import pytest

from counterclaim.claims.sides import parties


def test_the_opposition_coalition_is_not_the_syrian_state() -> None:
    assert parties("the Syrian Coalition") == frozenset({"Syrian National Coalition"})
    assert not parties("the Syrian Coalition") & parties("Syrian army")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("White Helmets", "Syrian Civil Defence"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("OPCW", "Organisation for the Prohibition of Chemical Weapons"),
        ("Doctors Without Borders", "MSF"),
    ],
)
def test_a_partys_other_names_are_one_side(one: str, other: str) -> None:
    assert parties(one) and parties(one) == parties(other)


def test_an_acronym_inside_a_longer_word_is_no_party() -> None:
    assert parties("shares of MSFT fell") == frozenset()
