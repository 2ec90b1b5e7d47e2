"""Incidents from short reports written for these tests, through the real pipeline (slow: loads the model).

One market bombing told by three outlets (different tolls, an accusation, the army's denial), a follow-up a
month later, and two look-alikes: the same town another week, the same day another town.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterclaim.incidents import build_incidents
from counterclaim.models import Extraction, Incident

pytestmark = pytest.mark.slow

REPORTS = {
    "monitor": ("2024-03-04", (
        "Air strikes on a crowded market in Maarat al-Numan killed at least 43 people on Sunday, war monitor "
        "the Syrian Observatory for Human Rights reported.\n\nSyrian government warplanes carried out the raid "
        "on the town in Idlib province, the UK-based monitor added.\n"
    )),
    "rescuers": ("2024-03-04", (
        "Rescue workers said 100 people were killed when government jets bombed the market in Maarat al-Numan "
        "on Sunday.\n\nThe White Helmets said most of the dead were civilians shopping before the holiday.\n"
    )),
    "denial": ("2024-03-05", (
        "The Syrian army denied on Monday that it had bombed the market in Maarat al-Numan on Sunday.\n\n"
        "An officer quoted by SANA, the official news agency, insisted that the army had only targeted "
        "terrorist positions near the town.\n"
    )),
    "month_later": ("2024-04-05", (
        "A month after air strikes killed 43 people at the market in Maarat al-Numan on 3 March, traders said "
        "they had not been able to reopen their shops.\n\nGovernment warplanes carried out the attack on "
        "the market, the Syrian Observatory for Human Rights has said.\n"
    )),
    "other_week": ("2024-03-11", (
        "Shelling killed five people at a bakery in Maarat al-Numan on Sunday, activists said.\n"
    )),
    "other_town": ("2024-03-04", (
        "Government shelling killed seven people in Jisr al-Shughur on Sunday, war monitor the Syrian "
        "Observatory for Human Rights reported.\n"
    )),
}


@pytest.fixture(scope="module")
def reports() -> dict[str, Extraction]:
    from counterclaim import extract

    return {name: extract(text, published=day, source=f"outlet-{name}") for name, (day, text) in REPORTS.items()}


def _incident_of(incidents: list[Incident], extraction: Extraction) -> Incident:
    """The incident holding the report's first claim that carries a toll."""
    claim = next(c for c in extraction.claims if c.counts)
    return next(i for i in incidents if claim.id in i.claims)


def test_one_event_from_several_outlets(reports: dict[str, Extraction]) -> None:
    incidents = build_incidents([reports[n] for n in ("monitor", "rescuers", "denial")])
    bombing = _incident_of(incidents, reports["monitor"])
    assert {d.source for d in bombing.documents} == {"outlet-monitor", "outlet-rescuers", "outlet-denial"}
    killed = bombing.casualties["killed"]
    assert (killed.low, killed.high) == (43, 100)
    assert killed.low_claim in {c.id for c in reports["monitor"].claims}
    assert killed.high_claim in {c.id for c in reports["rescuers"].claims}
    assert any(c.attribute == "actor" for c in bombing.contradictions)
    denial_ids = {c.id for c in reports["denial"].claims}
    assert any(set(c.claims) & denial_ids for c in bombing.contradictions)
    assert bombing.grade == "contested"


def test_follow_up_joins_and_look_alikes_stay_apart(reports: dict[str, Extraction]) -> None:
    incidents = build_incidents(list(reports.values()))
    bombing = _incident_of(incidents, reports["monitor"])
    assert _incident_of(incidents, reports["month_later"]).id == bombing.id
    assert _incident_of(incidents, reports["other_week"]).id != bombing.id
    assert _incident_of(incidents, reports["other_town"]).id != bombing.id


def test_incremental_grouping_gives_the_same_incident(reports: dict[str, Extraction]) -> None:
    first = build_incidents([reports["monitor"]])
    later = build_incidents([reports["rescuers"], reports["month_later"]], existing=first)
    bombing = _incident_of(later, reports["monitor"])
    assert bombing.id == _incident_of(first, reports["monitor"]).id
    assert _incident_of(later, reports["month_later"]).id == bombing.id


def test_seed_incident_has_its_open_toll_a_contradiction_and_a_grade(seed_extraction: Extraction) -> None:
    incidents = build_incidents([seed_extraction])
    toll = next(c for c in seed_extraction.claims if any(n.low == 36 for n in c.counts))
    incident = next(i for i in incidents if toll.id in i.claims)
    casualties = incident.casualties["casualties"]
    assert casualties.low == 36 and casualties.low_claim == toll.id
    assert incident.casualties["killed"].low is None  # the text does not say killed or injured
    assert incident.contradictions
    assert incident.grade in {"confirmed", "fair", "weak", "contested", "discounted"} and incident.grade_reason


def test_seed_and_a_copy_with_other_page_furniture_are_one_source(seed_text: str, seed_extraction: Extraction) -> None:
    """A re-post a day later on another site: its own headline, byline and tags around the same story."""
    from counterclaim import extract

    body = seed_text.rsplit("Posted in", 1)[0]
    header = "Russian jets strike Syria\n\nPosted by admin on 1 October 2015"
    footer = "Tags: Russia, Syria\n\nLeave a reply"
    furnished = f"{header}\n\n{body}\n\n{footer}\n"
    copy = extract(furnished, published="2015-10-01")
    assert copy.document.id != seed_extraction.document.id  # not the same document once cleaned
    incidents = build_incidents([seed_extraction, copy])
    toll = next(c for c in seed_extraction.claims if any(n.low == 36 for n in c.counts))
    incident = next(i for i in incidents if toll.id in i.claims)
    assert [(d.id, d.copies) for d in incident.documents] == [(seed_extraction.document.id, [copy.document.id])]
    assert incident.casualties["casualties"].low == 36


def test_ingest_groups_batch_by_batch(tmp_path: Path) -> None:
    """``ingest`` groups as it goes: reports stored one batch at a time end in the incident of the first."""
    from counterclaim.batch import ingest_paths
    from counterclaim.store import Store

    feed = tmp_path / "feed.jsonl"
    names = ("monitor", "rescuers", "denial", "other_town")
    rows = [{"text": REPORTS[n][1], "published": REPORTS[n][0], "source": f"outlet-{n}"} for n in names]
    feed.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        summary = ingest_paths(store, [str(feed)], batch_size=1)
        assert summary.stored == 4
        incidents = store.incidents()
        bombing = next(i for i in incidents if len(i.documents) == 3)
        assert {d.source for d in bombing.documents} == {"outlet-monitor", "outlet-rescuers", "outlet-denial"}
        assert bombing.grade == "contested" and store.incidents(contested=True)
        assert len(store.incidents(place="Jisr")) == 1
