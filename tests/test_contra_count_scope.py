"""Count disputes need one event, one scope and one victim category (issue 8 item 5), and an `occurred` dispute
needs a denial: the cases that are not disputes, and those that still are."""

from __future__ import annotations

from tests.test_contradictions import claim

from counterclaim.claims import find_contradictions
from counterclaim.models import Count, Location

HOMS = Location(name="Homs", country="Syria", precision=1)


def _figure(category: str, low: int, subject: str | None = None) -> Count:
    return Count(category=category, subject=subject, low=low, high=low, qualifier=None, as_written=str(low))


def test_two_parties_tallies_of_strikes_are_no_toll_dispute() -> None:
    air_force = claim(1, "Russian Defence Ministry", counts=[_figure("strikes", 40)], locations=[HOMS])
    monitor = claim(2, "Syrian Observatory for Human Rights", counts=[_figure("strikes", 3)], locations=[HOMS])
    assert find_contradictions([air_force, monitor], []) == []


def test_a_bare_toll_and_a_smaller_figure_of_one_group_agree() -> None:
    bare = claim(1, "activists", counts=[_figure("killed", 30)], locations=[HOMS])
    women = claim(2, "Syrian army", counts=[_figure("killed", 8, "women")], locations=[HOMS])
    assert find_contradictions([bare, women], []) == []


def test_a_group_larger_than_the_bare_toll_still_disputes_it() -> None:
    bare = claim(1, "activists", counts=[_figure("killed", 5)], locations=[HOMS])
    civilians = claim(2, "Syrian army", counts=[_figure("killed", 50, "civilians")], locations=[HOMS])
    assert [x.attribute for x in find_contradictions([bare, civilians], [])] == ["count"]


def test_one_of_two_figures_a_claim_gives_per_group_is_not_the_events_toll() -> None:
    per_group = claim(1, "activists", counts=[_figure("killed", 12, "rebels"), _figure("killed", 4)], locations=[HOMS])
    whole = claim(2, "Syrian army", counts=[_figure("killed", 30)], locations=[HOMS])
    assert find_contradictions([per_group, whole], []) == []


def test_tolls_of_one_victim_category_no_value_fits_dispute() -> None:
    monitor = claim(1, "activists", counts=[_figure("injured", 120)], locations=[HOMS])
    governor = claim(2, "Syrian army", counts=[_figure("injured", 30)], locations=[HOMS])
    assert [x.attribute for x in find_contradictions([monitor, governor], [])] == ["count"]


def _occurred_pair(negative: str) -> list[str]:
    text = f"The ministry said its jets struck the depot in Homs. {negative} "
    said = claim(1, "Russian Defence Ministry", locations=[HOMS], start=4, end=20)
    begin = text.index(negative)
    denied = claim(
        2, "US officials", actors=[], targets=[], negated=True, locations=[HOMS], start=begin, end=begin + 10
    )
    return [x.attribute for x in find_contradictions([said, denied], [], text=text)]


def test_a_denial_with_no_doer_or_target_disputes_that_it_happened() -> None:
    assert _occurred_pair("US officials denied that any raid took place there.") == ["occurred"]


def test_a_plain_negative_with_no_doer_or_target_denies_no_event() -> None:
    assert _occurred_pair("US officials saw no sign of movement near the town.") == []
