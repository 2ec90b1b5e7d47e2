"""A report that both grouping passes leave alone joins the main incident of its nearest report
(``Grouper.join_nearest``, ``similarity.document_links``, ``GroupingSettings.lone_report_affinity``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from counterclaim.incidents import build_incidents, similarity
from counterclaim.incidents.grouping import Grouper
from counterclaim.incidents.settings import DEFAULT_SETTINGS, GroupingSettings
from counterclaim.incidents.similarity import document_links, observe
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, Incident, Location, document_id

# Made-up places: two towns 60 km apart in one country.
RIVERTON = Location("Riverton", "Freedonia", "North", 10.00, 20.00, 1)
FARPORT = Location("Farport", "Freedonia", "South", 10.55, 20.00, 1)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _report(text: str, event_type: str, place: Location) -> Extraction:
    """A report without a publication day and one claim of the given type."""
    doc = document_id(text)
    claim = Claim(
        id=f"{doc}-1", document_id=doc, event_type=event_type, mode=None, acled=None, actors=[], targets=[],
        target_categories=[], locations=[place], date=DateRef(), counts=[],
        claimant=Claimant(None, "publication"), negated=False, hedged=False, start=0, end=10,
    )
    return Extraction(Document(doc, text), claims=[claim])


# Our own wording: a dam breach told three times; the third report's claim reads as a protest (another
# PLOVER type), so no claim rule joins it. And an unrelated report of a harvest fair elsewhere.
BREACH = _report(
    "The Kessler dam breached after days of rain and flooded the lower quarter of Riverton, engineers said.",
    "ASSAULT", RIVERTON,
)
BREACH_AGAIN = _report(
    "Engineers said the Kessler dam breached after days of rain, flooding the lower quarter of Riverton.",
    "ASSAULT", RIVERTON,
)
BREACH_PROTEST = _report(
    "Residents of the lower quarter of Riverton flooded by the Kessler dam breach demanded answers from engineers.",
    "PROTEST", RIVERTON,
)
FAIR = _report("Farmers brought pumpkins and goats to the autumn harvest fair in Farport on the weekend.",
               "PROTEST", FARPORT)


def _lone_only(floor: float | None) -> GroupingSettings:
    """Settings under which only the lone-report rule can join reports of another type: no related-report
    story (``same_event_affinity`` over 1) and a document pass whose clusters need identical wording (it
    scores pairs from half its threshold, 0.5)."""
    return replace(DEFAULT_SETTINGS, same_event_affinity=1.01, cluster_affinity=1.0, lone_report_affinity=floor)


def _incident_of(incidents: list[Incident], document: Extraction) -> str:
    claim_id = document.claims[0].id
    return next(incident.id for incident in incidents if claim_id in incident.claims)


def test_nearest_report_is_its_best_pair_from_the_floor() -> None:
    batch = [BREACH, BREACH_AGAIN, BREACH_PROTEST, FAIR]
    observe(batch)
    links = document_links(batch, 0.15, undated_affinity=0.3, nearest_floor=0.3)
    assert links.nearest[BREACH_PROTEST.document.id] in {BREACH.document.id, BREACH_AGAIN.document.id}
    assert FAIR.document.id not in links.nearest  # no report near it
    assert document_links(batch, 0.15, undated_affinity=0.3).nearest == {}  # none asked


def test_a_lone_report_joins_its_nearest_reports_incident() -> None:
    batch = [BREACH, BREACH_AGAIN, BREACH_PROTEST, FAIR]
    observe(batch)
    assert similarity.document_affinity(BREACH_PROTEST, BREACH) >= 0.3
    without = build_incidents(batch, settings=_lone_only(None))
    assert _incident_of(without, BREACH_PROTEST) != _incident_of(without, BREACH)
    with_rule = build_incidents(batch, settings=_lone_only(0.3))
    assert _incident_of(with_rule, BREACH_PROTEST) == _incident_of(with_rule, BREACH)
    assert _incident_of(with_rule, FAIR) != _incident_of(with_rule, BREACH)  # unrelated: stays alone


def test_a_report_sharing_its_incident_with_another_report_does_not_move() -> None:
    """Only a report alone moves: the main incident of two reports is a story of its own."""
    grouper = Grouper(DEFAULT_SETTINGS, affinity=lambda a, b: 0.0)
    for claim in (BREACH.claims[0], BREACH_PROTEST.claims[0], FAIR.claims[0]):
        grouper.add(claim, ["freedonia"])
    protest_too = _report("A second crowd in the lower quarter of Riverton demanded answers.", "PROTEST", RIVERTON)
    grouper.relate({BREACH_PROTEST.document.id: 0.5})
    grouper.add(protest_too.claims[0], ["freedonia"])  # joins the protest's incident as one story
    grouper.join_nearest(BREACH_PROTEST.document.id, BREACH.document.id)
    assert len(grouper.groups()) == 3  # breach, protests (two reports), fair: nothing moved
    grouper.join_nearest(FAIR.document.id, BREACH.document.id)
    assert len(grouper.groups()) == 3  # the fair report is alone, but its town lies 60 km away: two events


def test_a_lone_report_moves_only_where_days_and_places_allow_one_event() -> None:
    grouper = Grouper(DEFAULT_SETTINGS, affinity=lambda a, b: 0.0)
    for claim in (BREACH.claims[0], BREACH_PROTEST.claims[0], FAIR.claims[0]):
        grouper.add(claim, ["freedonia"])
    grouper.join_nearest(BREACH_PROTEST.document.id, BREACH.document.id)  # alone, same town, no day: moves
    assert len(grouper.groups()) == 2
    assert {claim.document_id for claim in grouper.groups()[0].claims} == {
        BREACH.document.id, BREACH_PROTEST.document.id,
    }


def test_default_floor_is_the_undated_wording_threshold() -> None:
    assert DEFAULT_SETTINGS.lone_report_affinity == DEFAULT_SETTINGS.undated_cluster_affinity == 0.3
