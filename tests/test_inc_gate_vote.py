"""The incidents gate scores a report in its main incident as grouping defines it: by its incident claims only.

Responses (accusations, calls) attach to the incident claim nearest to them in the text, so they say nothing
about which event a report is about and must not outvote the report's own events.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bench.quality_incidents import incidents_by_grouping

from counterclaim.incidents import build_incidents, similarity
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, Location, document_id

IDLIB = Location("Idlib", "Syria", "Idlib", 35.93, 36.63, 1)
TEXT = (
    "Shelling hit a market in Idlib on Monday and a second salvo struck the bus station nearby. "
    "Later that week the governor met tribal elders, who blamed the army and urged an inquiry."
)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _claim(doc: str, number: int, event_type: str, start: int) -> Claim:
    return Claim(
        id=f"{doc}-{number}", document_id=doc, event_type=event_type, mode=None, acled=None, actors=[],
        targets=[], target_categories=[], locations=[IDLIB], date=DateRef(reported="2024-03-06"), counts=[],
        claimant=Claimant(None, "publication"), negated=False, hedged=False, start=start, end=start + 10,
    )


def _report() -> Extraction:
    doc = document_id(TEXT)
    claims = [
        _claim(doc, 1, "ASSAULT", 0),  # the shelling of the market
        _claim(doc, 2, "ASSAULT", 60),  # the second salvo
        _claim(doc, 3, "CONSULT", 110),  # the governor's meeting: an event of its own, of another type
        _claim(doc, 4, "ACCUSE", 140),  # the elders' blame, attached to the nearest incident claim (the meeting)
        _claim(doc, 5, "REQUEST", 160),  # their call for an inquiry, likewise
    ]
    return Extraction(Document(doc, TEXT, published="2024-03-06"), claims=claims)


def test_attached_responses_do_not_outvote_the_reports_own_events() -> None:
    report = _report()
    incidents = {incident.event_type: incident for incident in build_incidents([report])}
    assert {claim.id for claim in incidents["CONSULT"].members} >= {report.claims[3].id, report.claims[4].id}
    similarity.reset()
    assert incidents_by_grouping([report])[report.document.id] == incidents["ASSAULT"].id
