"""A cumulative or period total and one event's figure are a whole and its part, never a count dispute."""

from __future__ import annotations

import pytest

from counterclaim.claims.count_disputes import whole_and_part as _whole_and_part
from counterclaim.claims.period_totals import is_period_total
from counterclaim.models import Count


def _count(as_written: str, low: int | None = None) -> Count:
    return Count("targets", None, low, low, None, as_written)


@pytest.mark.parametrize(
    ("figure", "sentence"),
    [
        ("900 positions", "Since October the air force has hit 900 positions across the north, a spokesman said."),
        ("2,100 raids", "The alliance says it has flown 2,100 raids so far against the militants."),
        ("610 sites", "Jets bombed 610 sites in four provinces over the past fortnight and the past month."),
        ("75", "The number of dead climbed to 75 on Friday, medics said."),
        ("330 fighters", "Its fighters have killed 330 fighters in total since the start of the offensive."),
        ("58", "A monitor counted 58 deaths in the past 24 hours across the province."),
    ],
)
def test_a_running_or_period_total_is_read_as_one(figure: str, sentence: str) -> None:
    assert is_period_total(_count(figure), sentence)


@pytest.mark.parametrize(
    ("figure", "sentence"),
    [
        ("14 targets", "A source said the jets destroyed 14 targets near the airport on Tuesday."),
        ("9 people", "The shelling killed 9 people, bringing the toll for the week to 120."),
        ("31", "At least 31 people died in the last raid on the market, rescuers said."),
        ("6 fighters", "Six fighters, 6 fighters in all, died when the convoy was hit since it had no cover."),
    ],
)
def test_one_events_figure_is_no_total(figure: str, sentence: str) -> None:
    assert not is_period_total(_count(figure), sentence)


def test_a_total_contains_a_smaller_figure_of_one_event() -> None:
    total, strike = _count("1,200 targets", 1200), _count("14 targets", 14)
    assert _whole_and_part(total, True, strike, False)
    assert _whole_and_part(strike, False, total, True)


def test_a_total_below_one_events_figure_still_disagrees() -> None:
    total, strike = _count("10 targets", 10), _count("14 targets", 14)
    assert not _whole_and_part(total, True, strike, False)


def test_two_totals_or_two_single_figures_are_compared_as_before() -> None:
    a, b = _count("40", 40), _count("12", 12)
    assert not _whole_and_part(a, True, b, True)
    assert not _whole_and_part(a, False, b, False)
