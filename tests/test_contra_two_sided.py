"""A clash names its sides, not a perpetrator; two figures of different victims count two groups. Found merging
this stop's branches: the ACLED clash sides (both sides of "fighting between X and Y" became the claim's actors)
made a clash read as blame. Sentences and names are our own."""

from __future__ import annotations

from typing import Any

from counterclaim.claims import find_contradictions
from counterclaim.models import Acled, Claim, Claimant, Count, Location
from readings import sentence_claim

HAMA = Location(name="Hama", country="Syria", precision=1)
CLASH = Acled(event_type="Battles", sub_event_type="Armed clash")
STRIKE = Acled(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")


def org(name: str) -> Claimant:
    return Claimant(name=name, kind="organisation")


def claim(n: int, claimant: Claimant, **fields: Any) -> Claim:
    defaults: dict[str, Any] = {"locations": [HAMA], "trigger": "attacked"}
    return sentence_claim(n, **{**defaults, "claimant": claimant, **fields})


def killed(n: int, subject: str) -> Count:
    return Count("killed", subject, n, n, None, f"{n} {subject}")


def test_a_clash_between_two_groups_is_no_answer_to_who_struck() -> None:
    strike = claim(1, org("Hama Monitor"), actors=["Syria"], acled=STRIKE)
    clash = claim(2, org("security sources"), actors=["Islamic State", "Al-Nusra Front"], acled=CLASH)
    assert find_contradictions([strike, clash], []) == []


def test_two_perpetrators_named_for_one_strike_are_still_a_dispute() -> None:
    strike = claim(1, org("Hama Monitor"), actors=["Syria"], targets=["a school"], acled=STRIKE)
    other = claim(2, org("Syria"), actors=["Al-Nusra Front"], targets=["a school"], acled=STRIKE)
    assert [x.attribute for x in find_contradictions([strike, other], [])] == ["actor"]


def test_a_group_denying_its_part_does_not_dispute_a_report_of_the_fighting() -> None:
    clash = claim(1, org("Hama Monitor"), actors=["Islamic State", "Al-Nusra Front"], acled=CLASH)
    denial = claim(2, org("Al-Nusra Front"), actors=["Al-Nusra Front"], negated=True)
    assert find_contradictions([clash, denial], []) == []


def test_fighters_counted_by_one_and_civilians_by_another_are_two_groups() -> None:
    fighters = claim(1, org("Defence Ministry"), targets=["militants"], counts=[killed(40, "militants")])
    civilians = claim(2, org("Hama Monitor"), targets=["civilians"], counts=[killed(9, "civilians")])
    assert find_contradictions([fighters, civilians], []) == []


def test_civilians_against_a_military_target_without_figures_is_a_dispute() -> None:
    depot = claim(1, org("Defence Ministry"), targets=["militants"])
    civilians = claim(2, org("Hama Monitor"), targets=["civilians"])
    assert [x.attribute for x in find_contradictions([depot, civilians], [])] == ["target"]


def test_a_clash_told_with_one_side_still_names_who_did_it() -> None:
    said = claim(1, org("Hama Monitor"), actors=["Russia"], targets=["a convoy"], acled=CLASH)
    denial = claim(2, org("Russia"), actors=["Russia"], targets=["a convoy"], negated=True)
    assert [x.attribute for x in find_contradictions([said, denial], [])] == ["actor"]


def test_a_count_of_the_attackers_says_nothing_about_who_was_hit() -> None:
    """ "The group said three of its fighters stormed the town" against "the monitor said civilians were hit":
    the three fighters are the doers (an ``other`` figure), not armed victims set against civilians."""
    attackers = Count("other", "fighters", 3, 3, None, "three of its fighters")
    group = claim(1, org("Defence Ministry"), targets=["the town"], counts=[attackers])
    civilians = claim(2, org("Hama Monitor"), targets=["civilians"])
    assert find_contradictions([group, civilians], []) == []


def test_fighters_killed_still_stand_against_civilians_hit() -> None:
    fighters = claim(1, org("Defence Ministry"), targets=["the town"], counts=[killed(3, "fighters")])
    civilians = claim(2, org("Hama Monitor"), targets=["civilians"])
    assert [x.attribute for x in find_contradictions([fighters, civilians], [])] == ["target"]


def test_taking_ground_near_a_town_is_no_answer_to_who_struck_it() -> None:
    """ "Turkish-backed fighters seized two villages" against "Russian jets bombed the town": a place taken by force
    is its taker's own operation, not a second perpetrator named for the strike."""
    taken = Acled(event_type="Battles", sub_event_type="Non-state actor overtakes territory")
    struck = claim(1, org("Hama Monitor"), actors=["Russia"], targets=["the market"], acled=STRIKE)
    seized = claim(2, org("Defence Ministry"), actors=["Turkey"], targets=["two villages"], acled=taken)
    assert find_contradictions([struck, seized], []) == []


def test_two_doers_named_for_one_strike_still_dispute_beside_the_rule_for_ground() -> None:
    struck = claim(1, org("Hama Monitor"), actors=["Russia"], targets=["the market"], acled=STRIKE)
    blamed = claim(2, org("Defence Ministry"), actors=["Turkey"], targets=["the market"], acled=STRIKE)
    assert [x.attribute for x in find_contradictions([struck, blamed], [])] == ["actor"]
