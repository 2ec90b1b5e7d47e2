"""Incidents in the store and on the command line, on hand-made claims (no model)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from counterclaim.cli import cli
from counterclaim.incidents.service import group_into_store, regroup_store
from counterclaim.models import Extraction
from counterclaim.store import Store
from test_incidents_grouping import (  # noqa: F401 (_fresh_similarity: an autouse fixture)
    ALEPPO,
    ARMY,
    OPPOSITION,
    _claim,
    _fresh_similarity,
    _killed,
    _market_bombing,
    _report,
)


def _stored(store: Store, extractions: list[Extraction]) -> None:
    for extraction in extractions:
        store.save(extraction)
    group_into_store(store, extractions)


def test_ingest_in_batches_groups_incrementally(tmp_path: Path) -> None:
    reports = _market_bombing()
    with Store(tmp_path / "s.db") as store:
        _stored(store, reports[:1])
        first = store.incidents()
        _stored(store, reports[1:])
        found = store.incidents()
        assert [i.id for i in found] == [first[0].id]
        assert sorted(found[0].claims) == ["a-c001", "b-c001", "c-c001"]
        assert found[0].grade == "contested"
        assert store.incidents(grade="contested") and not store.incidents(grade="weak")
        assert store.incidents(contested=True)
        assert store.incidents(place="idlib") and not store.incidents(place="aleppo")
        assert store.incidents(actor="syrian army") and not store.incidents(actor="russia")
        assert store.incidents(since="2024-03-01", until="2024-03-05")
        assert not store.incidents(since="2024-04-01")
        assert store.incidents(event_type="assault") and not store.incidents(event_type="PROTEST")


def test_merged_incident_ids_stay_resolvable(tmp_path: Path) -> None:
    """Two incidents known apart; a later report ties them together (same day, same place, same figures)."""
    day = "2024-03-03"
    near_a = _report("a", day, _claim("a", 1, day=day, actors=("Syrian army",), targets=("market",),
                                      counts=(_killed(40, 40, "40 people"),)))
    near_b = _report("b", day, _claim("b", 1, day=day, actors=("Russia",), targets=("hospital",), place=None))
    with Store(tmp_path / "s.db") as store:
        _stored(store, [near_a, near_b])
        before = {i.id for i in store.incidents()}
        assert len(before) == 2
        both = _report("c", day, _claim("c", 1, day=day, actors=("Syrian army", "Russia"),
                                        targets=("market", "hospital"), counts=(_killed(40, 40, "40 people"),)))
        _stored(store, [both])
        after = store.incidents()
        assert len(after) == 1
        assert before == {after[0].id, *after[0].previous_ids}
        for old in before:
            resolved = store.incident(old)
            assert resolved is not None and resolved.id == after[0].id


def test_regroup_keeps_ids(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        _stored(store, _market_bombing())
        _stored(store, [_report("x", "2024-03-03", _claim("x", 1, day="2024-03-03", place=ALEPPO))])
        before = sorted(i.id for i in store.incidents())
        regroup_store(store)
        assert sorted(i.id for i in store.incidents()) == before


def test_cli_lists_and_shows_incidents(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with Store(db) as store:
        _stored(store, _market_bombing())
        incident_id = store.incidents()[0].id
    runner = CliRunner()
    listed = runner.invoke(cli, ["--db", db, "incidents", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    records = json.loads(listed.output)
    assert isinstance(records, list) and records[0]["id"] == incident_id
    assert records[0]["casualties"]["killed"]["low"] == 43
    csv_out = runner.invoke(cli, ["--db", db, "incidents", "--contested", "--format", "csv"])
    assert csv_out.exit_code == 0 and incident_id in csv_out.output
    table = runner.invoke(cli, ["--db", db, "incidents", "--grade", "weak"])
    assert table.exit_code == 0 and "0 incident" in table.output
    shown = runner.invoke(cli, ["--db", db, "incident", incident_id])
    assert shown.exit_code == 0, shown.output
    for expected in ("who says what", OPPOSITION.name, str(ARMY.name), "perpetrator", "denies"):
        assert expected in shown.output
    missing = runner.invoke(cli, ["--db", db, "incident", "inc-nothing"])
    assert missing.exit_code != 0
    regrouped = runner.invoke(cli, ["--db", db, "regroup"])
    assert regrouped.exit_code == 0, regrouped.output
