"""The wounded who die later are an update of the injured figure, not new victims (issue 9, killed exact): hand-made
claims, no model."""

from __future__ import annotations

from tests.test_incidents_grouping import _claim, _fresh_similarity, _report

from counterclaim.incidents import build_incidents
from counterclaim.models import CasualtyRange, Claimant, Count

__all__ = ["_fresh_similarity"]  # the fixture that resets the similarity caches, used here too

POLICE = Claimant("county police", "organisation")


def _count(category: str, n: int, written: str) -> Count:
    return Count(category, "boys", n, n, None, written)


def _wounded_then_dead(wounded: Count, dead: Count) -> dict[str, CasualtyRange]:
    """The police report ``wounded`` on the day of a shooting and ``dead`` the next day: the incident's casualties."""
    reports = [
        _report("a", "2024-05-01", _claim("a", 1, day="2024-05-01", claimant=POLICE, counts=(wounded,))),
        _report("b", "2024-05-02", _claim("b", 1, day="2024-05-01", claimant=POLICE, counts=(dead,))),
    ]
    return build_incidents(reports)[0].casualties


def test_a_wounded_victim_reported_dead_the_next_day_is_killed_not_also_injured() -> None:
    casualties = _wounded_then_dead(_count("injured", 1, "a 17-year-old boy"), _count("killed", 1, "the boy"))
    assert casualties["killed"].best == 1
    assert casualties["injured"].best is None


def test_killed_and_wounded_in_one_report_are_different_people() -> None:
    claim = _claim("a", 1, day="2024-05-01", claimant=POLICE,
                   counts=(_count("killed", 1, "one boy"), _count("injured", 1, "another boy")))
    casualties = build_incidents([_report("a", "2024-05-01", claim)])[0].casualties
    assert (casualties["killed"].best, casualties["injured"].best) == (1, 1)


def test_more_wounded_than_later_dead_stay_wounded() -> None:
    casualties = _wounded_then_dead(_count("injured", 4, "four boys"), _count("killed", 1, "one of them"))
    assert (casualties["killed"].best, casualties["injured"].best) == (1, 4)


WITNESS = Claimant("a neighbour", "person")


def _one_day_figures(*counts: tuple[Claimant, Count]) -> dict[str, CasualtyRange]:
    """Several sources give figures on the same day (each in its own report): the incident's casualties."""
    reports = [
        _report(f"r{n}", "2024-05-01", _claim(f"r{n}", 1, day="2024-05-01", claimant=claimant, counts=(count,)))
        for n, (claimant, count) in enumerate(counts)
    ]
    return build_incidents(reports)[0].casualties


def test_a_part_given_the_same_day_does_not_lower_the_toll() -> None:
    casualties = _one_day_figures((POLICE, Count("killed", None, 4, 4, None, "four bodies")),
                                  (WITNESS, Count("killed", "children", 3, 3, None, "the three children")))
    assert (casualties["killed"].low, casualties["killed"].best, casualties["killed"].high) == (3, 4, 4)


def test_one_named_victim_reported_later_is_a_victim_not_the_toll() -> None:
    reports = [
        _report("a", "2024-05-01", _claim("a", 1, day="2024-05-01", claimant=POLICE,
                                          counts=(Count("killed", None, 3, 3, None, "three bodies"),))),
        _report("b", "2024-05-02", _claim("b", 1, day="2024-05-01",
                                          counts=(Count("killed", None, 1, 1, None, "Jon Doe"),))),
    ]
    assert build_incidents(reports)[0].casualties["killed"].best == 3


def test_a_single_victim_is_the_toll_when_no_figure_counts_more() -> None:
    casualties = _one_day_figures((POLICE, Count("killed", "boys", 1, 1, None, "a 15-year-old boy")),
                                  (WITNESS, Count("killed", None, 1, 1, None, "the teenager")))
    assert casualties["killed"].best == 1
