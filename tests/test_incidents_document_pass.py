"""The document-level pass of grouping: reports clustered by similarity join one story, within what dates allow."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from counterclaim.incidents import build_incidents, similarity
from counterclaim.incidents.settings import DEFAULT_SETTINGS
from counterclaim.incidents.similarity import Features, close_in_time, may_link
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, Location, document_id

HOMS = Location("Homs", "Syria", "Homs", 34.73, 36.71, 1)
DARAA = Location("Daraa", "Syria", "Daraa", 32.62, 36.10, 1)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _features(published: str | None, *days: str, towns: tuple[Location, ...] = ()) -> Features:
    return Features(
        terms=Counter(),
        days=frozenset((date.fromisoformat(d), date.fromisoformat(d)) for d in days),
        published=date.fromisoformat(published) if published else None,
        towns=tuple((t.name.casefold(), t.admin1, t.lat, t.lon) for t in towns),
        figures=frozenset(),
    )


def test_reports_a_few_days_apart_may_link() -> None:
    assert close_in_time(_features("2016-03-01"), _features("2016-03-06"))


def test_a_follow_up_weeks_later_links_only_through_the_earlier_reports_news_day() -> None:
    first = _features("2016-03-02", "2016-03-01")
    follow_up = _features("2016-03-25", "2016-03-01", "2016-03-24")  # recalls the day of the attack
    other_attack = _features("2016-03-25", "2016-03-24")  # the same kind of news, three weeks on
    assert close_in_time(first, follow_up) and close_in_time(follow_up, first)
    assert not close_in_time(first, other_attack)


def test_a_day_both_recall_as_background_links_nothing() -> None:
    # Both recall the day a city fell, weeks before either report: background, not their news.
    july = _features("2014-07-09", "2014-06-10", "2014-07-09")
    august = _features("2014-08-11", "2014-06-10", "2014-08-10")
    assert not close_in_time(july, august)


def test_an_undated_report_is_never_linked_by_similarity_alone() -> None:
    assert not close_in_time(_features(None), _features("2016-03-01"))
    assert not close_in_time(_features(None), _features(None))


def test_towns_far_apart_do_not_link_even_on_the_same_day() -> None:
    assert not may_link(_features("2016-03-01", towns=(HOMS,)), _features("2016-03-01", towns=(DARAA,)))
    assert may_link(_features("2016-03-01", towns=(HOMS,)), _features("2016-03-02", towns=(HOMS,)))


def _claim(doc: str, event_type: str, day: str) -> Claim:
    return Claim(
        id=f"{doc}-1", document_id=doc, event_type=event_type, mode=None, acled=None, actors=[],
        targets=[], target_categories=[], locations=[HOMS], date=DateRef(day, day, precision="day"),
        counts=[], claimant=Claimant(None, "publication"), negated=False, hedged=False, start=0, end=10,
    )


def _report(text: str, published: str, event_type: str, day: str) -> Extraction:
    doc = document_id(text)
    return Extraction(Document(doc, text, published=published), claims=[_claim(doc, event_type, day)])


# Our own wording: one car bomb told by two outlets (one reads it as an attack, the other as coercion), and
# the same outlet's report of another bomb in the same city three months later.
BOMB = _report(
    "A car bomb tore through the crowded Zahra vegetable market in Homs on Tuesday morning, killing eleven "
    "shoppers, the provincial governor Talal Barazi told reporters beside the wrecked stalls.",
    "2016-02-23", "ASSAULT", "2016-02-23",
)
BOMB_AGAIN = _report(
    "Governor Talal Barazi said the car bomb that ripped through the Zahra vegetable market of Homs on Tuesday "
    "was meant to terrorise shoppers; eleven were killed among the stalls, he told reporters.",
    "2016-02-24", "COERCE", "2016-02-23",
)
LATER_BOMB = _report(
    "A car bomb exploded near a bus station in Homs on Sunday, killing six, governor Talal Barazi told "
    "reporters; the city's Zahra district had been hit in February.",
    "2016-05-29", "ASSAULT", "2016-05-29",
)


def test_two_outlets_wording_one_bombing_differently_make_one_incident() -> None:
    incidents = build_incidents([BOMB, BOMB_AGAIN])
    assert len(incidents) == 1
    assert {d.id for d in incidents[0].documents} == {BOMB.document.id, BOMB_AGAIN.document.id}


def test_the_pass_can_be_turned_off_and_is_deterministic() -> None:
    off = replace(DEFAULT_SETTINGS, cluster_affinity=0)
    assert len(build_incidents([BOMB, LATER_BOMB], settings=off)) == 2
    similarity.reset()
    first = [(i.id, sorted(i.claims)) for i in build_incidents([BOMB, BOMB_AGAIN, LATER_BOMB])]
    similarity.reset()
    assert [(i.id, sorted(i.claims)) for i in build_incidents([BOMB, BOMB_AGAIN, LATER_BOMB])] == first


def test_the_same_outlets_report_of_another_bombing_months_later_stays_apart() -> None:
    incidents = build_incidents([BOMB, BOMB_AGAIN, LATER_BOMB])
    later = [i for i in incidents if LATER_BOMB.document.id in {d.id for d in i.documents}]
    assert len(later) == 1 and {d.id for d in later[0].documents} == {LATER_BOMB.document.id}
