"""Grouping and incident records on hand-made claims (no model): the rules, not the extraction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

import pytest

from counterclaim.incidents import build_incidents, similarity
from counterclaim.models import Claim, Claimant, Count, DateRef, Document, Extraction, Incident, Location

IDLIB = Location("Idlib", "Syria", "Idlib", 35.93, 36.63, 1)
MAARRAT = Location("Maarrat al-Numan", "Syria", "Idlib", 35.64, 36.67, 1)
ALEPPO = Location("Aleppo", "Syria", "Aleppo", 36.20, 37.16, 1)


def _claim(
    doc: str,
    n: int,
    *,
    day: str | None = None,
    place: Location | None = IDLIB,
    actors: tuple[str, ...] = (),
    targets: tuple[str, ...] = ("market",),
    counts: tuple[Count, ...] = (),
    claimant: Claimant | None = None,
    negated: bool = False,
    event_type: str = "ASSAULT",
    reported: str | None = None,
) -> Claim:
    return Claim(
        id=f"{doc}-c{n:03d}", document_id=doc, event_type=event_type, mode=None, acled=None,
        actors=list(actors), targets=list(targets), target_categories=[],
        locations=[place] if place else [],
        date=DateRef(day, day, day, "day" if day else None, reported),
        counts=list(counts), claimant=claimant or Claimant(None, "publication"), negated=negated, hedged=False,
        start=n * 100, end=n * 100 + 50,
    )


def _killed(low: int | None, high: int | None, written: str) -> Count:
    return Count("killed", "people", low, high, None, written)


@pytest.fixture(autouse=True)
def _fresh_similarity() -> Iterator[None]:
    """Document features are cached by document id, and these hand-made reports reuse ids ("a", "b") from
    test to test with other claims: each test starts from an empty cache (ingested ids are text hashes)."""
    similarity.reset()
    yield
    similarity.reset()


def _wording(doc: str) -> str:
    """120 words of this report's own (pseudo-words from its id), as a short wire report has its own wording:
    hand-made reports must not all read alike, or the document-level pass (similarity of texts) would join
    reports that these tests keep apart by their claims."""
    digest = "".join(hashlib.sha256(f"{doc}/{n}".encode()).hexdigest() for n in range(12))
    return " ".join("q" + "".join(chr(ord("a") + int(c, 16)) for c in digest[i:i + 6]) for i in range(0, 720, 6))


def _report(doc: str, published: str, *claims: Claim, source: str | None = None) -> Extraction:
    return Extraction(Document(doc, f"text of {doc}: {_wording(doc)}", source=source or f"outlet-{doc}",
                               published=published), claims=list(claims))


def _one_incident_with(incidents: list[Incident], claim_id: str) -> Incident:
    found = [i for i in incidents if claim_id in i.claims]
    assert len(found) == 1
    return found[0]


OPPOSITION = Claimant("Syrian Observatory for Human Rights", "organisation")
ARMY = Claimant("Syrian army", "group")


def _market_bombing() -> list[Extraction]:
    return [
        _report("a", "2024-03-03", _claim("a", 1, day="2024-03-03", actors=("Syrian army",),
                                          counts=(_killed(43, 43, "43 people"),), claimant=OPPOSITION)),
        _report("b", "2024-03-04", _claim("b", 1, day="2024-03-03", actors=("Syrian army",),
                                          counts=(_killed(100, None, "at least 100"),))),
        _report("c", "2024-03-04", _claim("c", 1, day="2024-03-03", actors=("Syrian army",), negated=True,
                                          claimant=ARMY, counts=())),
    ]


def test_several_outlets_on_one_event_make_one_incident() -> None:
    incidents = build_incidents(_market_bombing())
    assert len(incidents) == 1
    incident = incidents[0]
    assert sorted(incident.claims) == ["a-c001", "b-c001", "c-c001"]
    killed = incident.casualties["killed"]
    assert (killed.low, killed.high) == (43, 100)
    assert killed.low_claim == "a-c001" and killed.high_claim == "b-c001"
    assert killed.best == 100  # the latest report's figure
    assert incident.date.start == "2024-03-03" and incident.place.name == "Idlib"


def test_look_alikes_stay_apart() -> None:
    reports = [
        _report("a", "2024-03-03", _claim("a", 1, day="2024-03-03")),
        _report("b", "2024-03-10", _claim("b", 1, day="2024-03-10")),  # same city, another week
        _report("c", "2024-03-03", _claim("c", 1, day="2024-03-03", place=ALEPPO)),  # same day, another city
    ]
    incidents = build_incidents(reports)
    assert len(incidents) == 3


def test_a_report_a_month_later_about_the_same_attack_joins() -> None:
    first = _report("a", "2024-03-03", _claim("a", 1, day="2024-03-03", actors=("Syrian army",)))
    later = _report("b", "2024-04-05", _claim("b", 1, day="2024-03-03", actors=("Syrian army",)))
    incidents = build_incidents([first, later])
    assert len(incidents) == 1


def test_incremental_join_keeps_the_id_and_merges_keep_old_ids() -> None:
    reports = _market_bombing()
    first = build_incidents(reports[:1])
    second = build_incidents(reports[1:], existing=first)
    assert [i.id for i in second] == [first[0].id]
    assert len(second[0].claims) == 3
    apart = build_incidents([_report("x", "2024-03-03", _claim("x", 1, day="2024-03-03", place=MAARRAT,
                                                               targets=("school",)))])
    assert apart[0].id != first[0].id


def test_toll_rising_in_later_reports_is_an_update_not_a_contradiction() -> None:
    reports = [
        _report("a", "2024-03-03", _claim("a", 1, day="2024-03-03", counts=(_killed(20, 20, "20 people"),),
                                          claimant=OPPOSITION)),
        _report("b", "2024-03-05", _claim("b", 1, day="2024-03-03", counts=(_killed(112, 112, "112 people"),),
                                          claimant=OPPOSITION)),
    ]
    incident = build_incidents(reports)[0]
    assert incident.casualties["killed"].best == 112
    assert incident.casualties["killed"].low == 112  # one source, its latest figure
    assert not [c for c in incident.contradictions if c.attribute == "count"]


def test_open_bound_is_a_low_bound_of_its_own_category() -> None:
    casualties = Count("casualties", "civilians", 36, None, "at least", "at least 36 civilian casualties")
    incident = build_incidents([_report("a", "2024-03-03", _claim("a", 1, counts=(casualties,)))])[0]
    assert incident.casualties["casualties"].low == 36
    assert incident.casualties["killed"].low is None


def test_json_contract_shape() -> None:
    incident = build_incidents(_market_bombing())[0]
    record = json.loads(json.dumps(incident.as_dict()))
    expected = {"id", "event_type", "first_reported", "date", "place", "documents", "claimants", "claims",
                "corroborations", "contradictions", "casualties", "grade", "grade_reason", "previous_ids"}
    assert expected <= record.keys()
    assert "members" not in record
    assert set(record["place"]) >= {"name", "admin1", "country", "lat", "lon", "precision"}
    assert set(record["documents"][0]) >= {"id", "url", "source", "copies"}
    assert set(record["casualties"]["killed"]) >= {"low", "best", "high", "low_claim", "high_claim"}
    assert record["grade"] in {"confirmed", "fair", "weak", "contested", "discounted"}


def test_ten_thousand_claims_group_without_comparing_all_pairs() -> None:
    """10,000 claims over many days and towns: every claim is placed once, and look-alikes on other days stay
    apart. How fast it grows is measured in bench/incidents_scale.py (a ratio in the same run), not here."""
    towns = [Location(f"Town{i}", "Syria", f"Prov{i % 14}", 32 + (i % 50) * 0.1, 36 + (i // 50) * 0.1, 1)
             for i in range(500)]
    reports = []
    for n in range(5000):
        day = f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}"
        reports.append(_report(f"d{n}", day, _claim(f"d{n}", 1, day=day, place=towns[n % 500]),
                               _claim(f"d{n}", 2, day=day, place=towns[n % 500])))
    incidents = build_incidents(reports)
    assert sum(len(i.claims) for i in incidents) == 10000
    day_of = {f"d{n}": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}" for n in range(5000)}
    for incident in incidents:  # the same town on another day is another incident
        assert len({day_of[d.id] for d in incident.documents}) == 1
