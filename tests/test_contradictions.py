"""Stage 4 contradictions: the rules on hand-made claims, so that each attribute is tested alone."""

from __future__ import annotations

from typing import Any

from counterclaim.claims import find_contradictions
from counterclaim.models import Claim, Claimant, Count, DateRef, Location, Speaker, Statement
from readings import sentence_claim

SYRIA = Location(name="Syria", country="Syria", precision=3)
IDLIB = Location(name="Idlib", country="Syria", precision=1)


def claim(n: int, speaker: str, **fields: Any) -> Claim:
    defaults: dict[str, Any] = {
        "mode": "aerial",
        "actors": ["Russia"],
        "targets": ["Islamic State"],
        "locations": [SYRIA],
        "start": n * 10,
        "end": n * 10 + 5,
        "trigger": "strikes",
    }
    return sentence_claim(n, **{**defaults, "claimant": Claimant(name=speaker, kind="group"), **fields})


def test_negated_target_is_a_target_contradiction() -> None:
    ministry = claim(1, "Russian Defence Ministry")
    us = claim(2, "US officials", actors=[], negated=True)
    found = find_contradictions([ministry, us], [])
    assert [(x.attribute, x.claims) for x in found] == [("target", ["doc-c001", "doc-c002"])]
    assert found[0].claimants == ["Russian Defence Ministry", "US officials"]


def test_negation_without_a_target_disputes_that_it_happened() -> None:
    ministry = claim(1, "Russian Defence Ministry", locations=[IDLIB])
    us = claim(2, "US officials", targets=[], negated=True, locations=[IDLIB])
    assert [x.attribute for x in find_contradictions([ministry, us], [])] == ["occurred"]


def test_different_actors_for_the_same_target() -> None:
    a = claim(1, "Syrian Observatory for Human Rights", actors=["Russia"], targets=["a market"])
    b = claim(2, "Russian Defence Ministry", actors=["United States"], targets=["a market"])
    assert [x.attribute for x in find_contradictions([a, b], [])] == ["actor"]


def test_two_forces_fighting_one_armed_group_tell_of_two_campaigns() -> None:
    a = claim(1, "Syrian Observatory for Human Rights", actors=["Russia"], targets=["Islamic State"])
    b = claim(2, "Russian Defence Ministry", actors=["United States"], targets=["Islamic State"])
    assert find_contradictions([a, b], []) == []


def test_different_counts() -> None:
    killed = Count(
        category="killed", subject="civilians", low=36, high=None, qualifier="at least", as_written="at least 36"
    )
    none = Count(category="killed", subject="civilians", low=0, high=0, qualifier=None, as_written="no")
    a = claim(1, "activists", counts=[killed], locations=[IDLIB])
    b = claim(2, "Russian Defence Ministry", counts=[none], locations=[IDLIB])
    assert [x.attribute for x in find_contradictions([a, b], [])] == ["count"]


def _killed(low: int, subject: str | None = "people") -> Count:
    return Count(category="killed", subject=subject, low=low, high=low, qualifier=None, as_written=str(low))


def test_a_country_wide_toll_and_one_towns_toll_are_not_one_event() -> None:
    local = claim(1, "activists", counts=[_killed(12)], locations=[IDLIB])
    total = claim(2, "Russian Defence Ministry", counts=[_killed(3000)])
    assert find_contradictions([local, total], []) == []


def test_a_figure_and_its_sub_count_agree() -> None:
    everyone = claim(1, "activists", counts=[_killed(22)], locations=[IDLIB])
    children = claim(2, "Russian Defence Ministry", counts=[_killed(7, "children")], locations=[IDLIB])
    assert find_contradictions([everyone, children], []) == []


def test_tolls_on_different_days_are_different_events() -> None:
    monday = claim(1, "activists", counts=[_killed(5)], locations=[IDLIB], date=DateRef(start="2016-10-10"))
    friday = claim(
        2, "Russian Defence Ministry", counts=[_killed(9)], locations=[IDLIB], date=DateRef(start="2016-10-14")
    )
    assert find_contradictions([monday, friday], []) == []


def test_the_reports_own_voice_and_vague_sources_are_no_side() -> None:
    ours = claim(1, None, claimant=Claimant(name=None, kind="publication"), negated=True, locations=[IDLIB])
    source = claim(2, "a source", claimant=Claimant(name="source", kind="group"), negated=True, locations=[IDLIB])
    asserted = claim(3, "Russian Defence Ministry", locations=[IDLIB])
    assert find_contradictions([ours, source, asserted], []) == []


def test_two_voices_of_one_party_do_not_dispute() -> None:
    army = claim(1, "Syrian army", counts=[_killed(4)], locations=[IDLIB])
    officials = claim(2, "Syrian officials", counts=[_killed(40)], locations=[IDLIB])
    assert find_contradictions([army, officials], []) == []


def test_a_national_adjective_alone_does_not_make_the_state_speak() -> None:
    opposition = claim(1, "Syrian opposition", counts=[_killed(40)], locations=[IDLIB])
    army = claim(2, "Syrian army", counts=[_killed(4)], locations=[IDLIB])
    assert [x.attribute for x in find_contradictions([opposition, army], [])] == ["count"]


def test_civilians_against_fighters_is_a_target_dispute() -> None:
    monitor = claim(1, "activists", targets=["school"], actors=[], counts=[_killed(9, "children")], locations=[IDLIB])
    army = claim(2, "Syrian army", targets=["militant positions"], actors=[], locations=[IDLIB])
    assert [x.attribute for x in find_contradictions([monitor, army], [])] == ["target"]


def test_denying_involvement_disputes_who_did_it() -> None:
    accusation = claim(
        1,
        None,
        event_type="ACCUSE",
        mode=None,
        actors=["Turkey"],
        targets=["Russia"],
        trigger="blamed",
        claimant=Claimant(name=None, kind="publication"),
    )
    denial = claim(
        2,
        None,
        event_type="REJECT",
        mode=None,
        actors=["Russia"],
        targets=["involvement"],
        trigger="denied",
        claimant=Claimant(name=None, kind="publication"),
    )
    found = find_contradictions([accusation, denial], [])
    assert [(x.attribute, x.claimants) for x in found] == [("actor", ["Turkey", "Russia"])]


def test_a_party_denying_what_another_says_it_did_disputes_the_actor() -> None:
    said = claim(1, "activists", actors=["Russia"], targets=[], locations=[IDLIB])
    denied = claim(2, "Russian Defence Ministry", actors=["Russia"], targets=[], negated=True, locations=[IDLIB])
    assert [x.attribute for x in find_contradictions([said, denied], [])] == ["actor"]


def test_same_claimant_never_contradicts_itself() -> None:
    a = claim(1, "US officials")
    b = claim(2, "US officials", negated=True)
    assert find_contradictions([a, b], []) == []


def test_future_and_other_types_are_not_the_same_event() -> None:
    a = claim(1, "Russian Defence Ministry")
    future = claim(2, "US officials", negated=True, modality="future")
    other_type = claim(3, "activists", event_type="PROTEST", negated=True)
    assert find_contradictions([a, future, other_type], []) == []


def test_verbal_events_are_not_disputed_events() -> None:
    a = claim(1, "John Kerry", event_type="REQUEST", actors=["United States"], targets=["Russia"])
    b = claim(2, "Philip Hammond", event_type="REQUEST", actors=["United Kingdom"], targets=["Russia"])
    assert find_contradictions([a, b], []) == []


def test_unrelated_events_are_not_compared() -> None:
    a = claim(1, "activists", actors=["Turkey"], targets=["Kurdistan Workers' Party"], locations=[])
    b = claim(2, "officials", actors=["Russia"], targets=["Islamic State"], negated=True, locations=[])
    assert find_contradictions([a, b], []) == []


def test_rejecting_another_partys_claims_is_a_claim_contradiction() -> None:
    us = claim(1, "US officials", actors=[], negated=True)
    rejection = claim(
        2,
        None,
        event_type="REJECT",
        mode=None,
        actors=["Russia"],
        targets=["Pentagon"],
        trigger="dismissed",
        claimant=Claimant(name=None, kind="publication"),
    )
    found = [x for x in find_contradictions([us, rejection], []) if x.attribute == "claim"]
    assert [x.claims for x in found] == [["doc-c002", "doc-c001"]]


def test_one_dispute_is_reported_once_whichever_side_speaks_first() -> None:
    spokesman = claim(1, "a ministry spokesman")
    us = claim(2, "US officials", actors=[], negated=True)
    spokesman_again = claim(3, "a ministry spokesman")
    found = find_contradictions([spokesman, us, spokesman_again], [])
    assert [x.attribute for x in found] == ["target"]


def test_a_named_official_and_their_ministry_are_one_side_of_a_dispute() -> None:
    spokesman = Speaker(
        name="Ivan Petrov",
        as_written="Ivan Petrov",
        kind="person",
        title="spokesman",
        affiliation="Russian Defence Ministry",
        country="Russia",
    )
    said = Statement(
        id="doc-s001", document_id="doc", speaker=spokesman, quote="…", direct=False, cue="says", start=30, end=40
    )
    officials = claim(1, "Russian defence officials")
    petrov = claim(3, "Ivan Petrov", claimant=Claimant(name="Ivan Petrov", kind="person", statement_id="doc-s001"))
    us = claim(2, "US officials", actors=[], negated=True)
    found = find_contradictions([officials, us, petrov], [said])
    assert [x.attribute for x in found] == ["target"]


def test_two_parties_each_reporting_their_own_strikes_tell_of_two_operations() -> None:
    russia = claim(1, "Russian Defence Ministry", actors=["Russia"], locations=[IDLIB])
    us = claim(2, "US officials", actors=["United States"], locations=[IDLIB])
    assert find_contradictions([russia, us], []) == []


def _rejection(n: int, actors: list[str], targets: list[str]) -> Claim:
    return claim(
        n,
        None,
        event_type="REJECT",
        mode=None,
        actors=actors,
        targets=targets,
        trigger="denied",
        claimant=Claimant(name=None, kind="publication"),
    )


def test_denying_the_allegation_answers_the_claim_just_made() -> None:
    blame = claim(1, "Liwa al-Haqq", actors=[], targets=[], trigger="clashes")
    denial = _rejection(2, ["Kataib al-Nour"], ["the allegation"])
    found = find_contradictions([blame, denial], [])
    assert [(x.attribute, x.claimants) for x in found] == [("actor", ["Liwa al-Haqq", "Kataib al-Nour"])]


def test_dismissing_the_reports_disputes_the_statement() -> None:
    said = claim(1, "local activists", actors=[], targets=["a bakery"])
    dismissal = _rejection(2, ["Syrian army"], ["the reports"])
    found = find_contradictions([said, dismissal], [])
    assert [x.attribute for x in found] == ["claim"]


def test_a_denial_far_from_any_claim_or_by_no_one_answers_nothing() -> None:
    said = claim(1, "local activists", actors=[], targets=["a bakery"])
    far = _rejection(90, ["Syrian army"], ["the reports"])
    unnamed = _rejection(2, ["the group"], ["the allegation"])
    assert find_contradictions([said, far], []) == []
    assert find_contradictions([said, unnamed], []) == []


def test_a_headline_figure_is_a_lower_bound() -> None:
    headline = claim(
        1, "Syrian Observatory for Human Rights", counts=[_killed(40)], locations=[IDLIB], in_headline=True
    )
    larger = claim(2, "state media", counts=[_killed(100)], locations=[IDLIB])
    smaller = claim(3, "state media", counts=[_killed(12)], locations=[IDLIB])
    assert find_contradictions([headline, larger], []) == []
    assert [x.attribute for x in find_contradictions([headline, smaller], [])] == ["count"]


def test_the_reports_own_correspondent_is_no_party() -> None:
    seen = claim(1, "an AFP correspondent", actors=[], targets=["a bakery"])
    denial = _rejection(2, ["Syrian army"], ["the reports"])
    assert find_contradictions([seen, denial], []) == []


def test_a_denial_answers_the_claim_that_blames_the_denier_first() -> None:
    blame = claim(1, "opposition activists", actors=["Syrian army"], targets=["a bakery"])
    between = claim(2, "a French minister", event_type="PROTEST", actors=[], targets=[])
    denial = _rejection(3, ["Syrian army"], ["accusations"])
    found = find_contradictions([blame, between, denial], [])
    assert [(x.attribute, x.claimants) for x in found] == [("actor", ["opposition activists", "Syrian army"])]


def test_a_partys_bare_figure_is_the_bound_it_gives_elsewhere() -> None:
    at_least = Count(
        category="killed", subject="people", low=40, high=None, qualifier="at least", as_written="at least 40"
    )
    monitor = claim(1, "Syrian Observatory for Human Rights", counts=[_killed(40)], locations=[IDLIB])
    monitor_again = claim(2, "Syrian Observatory for Human Rights", counts=[at_least], locations=[IDLIB])
    media = claim(3, "state media", counts=[_killed(100)], locations=[IDLIB])
    assert find_contradictions([monitor, monitor_again, media], []) == []


def test_denying_earlier_accusations_is_background() -> None:
    said = claim(1, "a rescue service", actors=[], targets=["a village"])
    denial = _rejection(2, ["Syrian army"], ["previous accusations"])
    assert find_contradictions([said, denial], []) == []


def test_denying_ones_own_part_does_not_deny_the_event() -> None:
    market = claim(1, "Syrian Observatory for Human Rights", actors=[], targets=[], locations=[IDLIB])
    not_us = claim(2, "Russian Defence Ministry", actors=["Russia"], targets=[], negated=True, locations=[IDLIB])
    assert find_contradictions([market, not_us], []) == []


def test_one_denial_read_three_ways_is_one_dispute() -> None:
    said = claim(1, "activists", actors=["Russia"], targets=[], locations=[IDLIB])
    denied = claim(2, "Russian Defence Ministry", actors=["Russia"], targets=[], negated=True, locations=[IDLIB])
    rejection = _rejection(3, ["Russia"], ["the reports"])
    assert [x.attribute for x in find_contradictions([said, denied, rejection], [])] == ["actor"]


def test_a_past_event_recalled_in_the_report_is_background() -> None:
    old = DateRef(start="2013-08-21", end="2013-08-21", reported="2016-08-01")
    said = claim(1, "US officials", actors=["Syria"], targets=["a suburb"], locations=[IDLIB], date=old)
    denied = claim(2, "Syrian army", actors=["Syria"], targets=[], negated=True, locations=[IDLIB], date=old)
    assert find_contradictions([said, denied], []) == []
    assert [x.attribute for x in find_contradictions([said, denied], [], background_days=None)] == ["actor"]


def test_a_village_is_where_it_happened_not_a_civilian_victim() -> None:
    village = claim(1, "state television", actors=["Islamic State"], targets=["a village"], locations=[IDLIB])
    posts = claim(2, "Syrian Observatory for Human Rights", actors=["Islamic State"], targets=["military posts"])
    assert find_contradictions([village, posts], []) == []


def test_a_negation_with_no_doer_answers_no_accusation() -> None:
    blame = claim(
        1,
        None,
        event_type="ACCUSE",
        mode=None,
        actors=["local council"],
        targets=["Syrian government"],
        trigger="accused",
        claimant=Claimant(name=None, kind="publication"),
    )
    not_hit = claim(2, "state media", actors=[], targets=["the power plant"], negated=True)
    assert find_contradictions([blame, not_hit], []) == []
