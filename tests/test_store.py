"""The store keeps what the pipeline found, round-trips it exactly, and never duplicates a document."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, create_engine, inspect

from counterclaim.errors import StoreError
from counterclaim.models import Claim, DateRef, Extraction, Failure
from counterclaim.store import Store, database_url, schema
from counterclaim.store.migrations import LATEST_VERSION, MIGRATIONS, migrate

STORE_PACKAGE = Path(schema.__file__).resolve().parent


def test_new_store_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    Store(tmp_path / "a.db").close()
    versions = sqlite3.connect(tmp_path / "a.db").execute("select version from schema_migrations").fetchall()
    assert sorted(v for (v,) in versions) == [m.version for m in MIGRATIONS]


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    for _ in range(3):
        Store(tmp_path / "a.db").close()
    count = sqlite3.connect(tmp_path / "a.db").execute("select count(*) from schema_migrations").fetchone()
    assert count == (len(MIGRATIONS),)


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    Store(tmp_path / "a.db").close()
    with sqlite3.connect(tmp_path / "a.db") as db:
        db.execute("insert into schema_migrations values (999, 'from the future', '2030-01-01')")
    with pytest.raises(StoreError, match="newer"):
        Store(tmp_path / "a.db")


def test_database_url_takes_paths_urls_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@localhost/cc") == "postgresql://u@localhost/cc"
    monkeypatch.setenv("COUNTERCLAIM_DB", "/tmp/env.db")
    assert database_url() == "sqlite:////tmp/env.db"


def test_saved_extraction_round_trips(seed_extraction: Extraction) -> None:
    store = Store(":memory:")
    store.save(seed_extraction)
    again = store.extraction(seed_extraction.document.id)
    assert again is not None
    assert again.document == seed_extraction.document
    assert again.statements == sorted(seed_extraction.statements, key=lambda s: s.start)
    assert sorted(c.id for c in again.claims) == sorted(c.id for c in seed_extraction.claims)
    assert {c.id: c for c in again.claims} == {c.id: c for c in seed_extraction.claims}


def test_saving_twice_keeps_one_copy(seed_extraction: Extraction) -> None:
    store = Store(":memory:")
    store.save(seed_extraction)
    store.save(seed_extraction)
    assert len(store.documents()) == 1
    assert len(store.statements()) == len(seed_extraction.statements)


def test_a_failure_is_kept_once_and_cleared_when_the_source_succeeds(seed_extraction: Extraction) -> None:
    store = Store(":memory:")
    source = "reports/seed.txt"
    store.record_failure(Failure(source=source, reason="first try"))
    store.record_failure(Failure(source=source, reason="second try"))
    assert [f.reason for f in store.failures()] == ["second try"]
    store.save(replace(seed_extraction, document=replace(seed_extraction.document, source=source)))
    assert store.failures() == []


def test_speaker_filter_is_a_bound_parameter_not_sql(seed_extraction: Extraction) -> None:
    store = Store(":memory:")
    store.save(seed_extraction)
    assert store.statements(speaker="x' OR '1'='1") == []
    assert len(store.documents()) == 1


def _shape(engine: Engine) -> dict[str, Any]:
    """Tables → columns (type, nullability, key), foreign keys and indexes, as the database reports them."""
    found = inspect(engine)
    return {
        table: {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], c.get("primary_key")) for c in found.get_columns(table)
            ],
            "foreign_keys": sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"], str(fk.get("options")))
                for fk in found.get_foreign_keys(table)
            ),
            "indexes": sorted((ix["name"], tuple(ix["column_names"])) for ix in found.get_indexes(table)),
        }
        for table in sorted(found.get_table_names())
    }


def test_the_migrations_build_exactly_the_live_schema(tmp_path: Path) -> None:
    migrated = Store(tmp_path / "migrated.db")
    live = create_engine(f"sqlite:///{tmp_path / 'live.db'}")
    schema.metadata.create_all(live)
    assert _shape(migrated.engine) == _shape(live)


_VERSIONS = [m.version for m in MIGRATIONS]


@pytest.mark.parametrize("version", _VERSIONS[:-1])
def test_a_store_at_an_older_version_is_brought_up_to_date(tmp_path: Path, version: int) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:
        assert migrate(connection, up_to=version) == [v for v in _VERSIONS if v <= version]
    engine.dispose()
    store = Store(tmp_path / "old.db")
    live = create_engine(f"sqlite:///{tmp_path / 'live.db'}")
    schema.metadata.create_all(live)
    assert _shape(store.engine) == _shape(live)
    assert sorted(set(_VERSIONS)) == _VERSIONS and _VERSIONS[-1] == LATEST_VERSION  # a version may be reserved


def _migrate_up_to(connection: Connection, version: int) -> None:
    """A store as an older counterclaim left it: the migrations up to ``version`` and their ledger rows."""
    connection.exec_driver_sql(
        "create table schema_migrations (version integer not null primary key, description varchar(200) not null, "
        "applied_at datetime not null)"
    )
    for migration in MIGRATIONS:
        if migration.version <= version:
            migration.apply(connection)
            row = (migration.version, migration.description, "2026-01-01")
            connection.exec_driver_sql("insert into schema_migrations values (?, ?, ?)", row)


def test_a_store_from_before_on_behalf_of_keeps_its_claims_and_gains_the_column(
    tmp_path: Path, seed_extraction: Extraction
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'v2.db'}")
    with engine.begin() as connection:
        _migrate_up_to(connection, 2)
        connection.exec_driver_sql(
            "insert into documents (id, text, ingested_at) values ('d1', 'Rockets hit the town.', '2026-01-01')"
        )
        connection.exec_driver_sql(
            "insert into claims (id, document_id, event_type, actors, targets, target_categories, locations, counts,"
            " claimant_name, claimant_kind, negated, hedged, modality, start_offset, end_offset) values"
            " ('d1-c001', 'd1', 'ASSAULT', '[]', '[]', '[]', '[]', '[]', 'the monitor', 'organisation', 0, 0,"
            " 'asserted', 0, 20)"
        )
    store = Store(tmp_path / "v2.db")
    old = store.extraction("d1")
    assert old is not None and old.claims[0].claimant.name == "the monitor"
    assert old.claims[0].claimant.on_behalf_of is None
    spoken = next(c for c in seed_extraction.claims)
    speaking_for = replace(spoken, claimant=replace(spoken.claimant, on_behalf_of="Ministry of Defence of Ruritania"))
    store.save(replace(seed_extraction, claims=[speaking_for]))
    again = store.extraction(seed_extraction.document.id)
    assert again is not None and again.claims[0].claimant.on_behalf_of == "Ministry of Defence of Ruritania"


def test_the_ledger_applies_a_missing_version_below_the_highest(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'gap.db'}")
    with engine.begin() as connection:
        migrate(connection)
        connection.exec_driver_sql("drop table contradictions")
        connection.exec_driver_sql("delete from schema_migrations where version = 2")
    store = Store(tmp_path / "gap.db")
    assert "contradictions" in inspect(store.engine).get_table_names()


def _store_at_version_2_with_one_claim(path: Path, published: str | None) -> None:
    """A store as counterclaim 2 left it: one document and one claim without a date of its own."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate(connection, up_to=2)
    engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute(
            "insert into documents (id, published, text, ingested_at) values ('d1', ?, 'Jets struck.', '2020-01-01')",
            (published,),
        )
        db.execute(
            "insert into claims (id, document_id, event_type, actors, targets, target_categories, locations, counts,"
            " claimant_kind, negated, hedged, modality, start_offset, end_offset) values"
            " ('d1-c000', 'd1', 'ASSAULT', '[]', '[]', '[]', '[]', '[]', 'publication', 0, 0, 'asserted', 0, 12)"
        )


def test_version_3_gives_old_claims_the_day_their_report_was_published(tmp_path: Path) -> None:
    _store_at_version_2_with_one_claim(tmp_path / "old.db", "2015-09-30T18:42:00+00:00")
    with Store(tmp_path / "old.db") as store:
        (claim,) = store.claims()
        assert (claim.date.start, claim.date.reported, claim.date.date_basis) == (None, "2015-09-30", "reported")
        assert [c.id for c in store.claims(since="2015-09-30", until="2015-09-30")] == ["d1-c000"]
        assert store.claims(since="2015-10-01") == []
        assert store.claims(since="2015-09-01", text_dates_only=True) == []


def test_version_3_leaves_claims_of_an_undated_report_without_a_reported_day(tmp_path: Path) -> None:
    _store_at_version_2_with_one_claim(tmp_path / "old.db", None)
    with Store(tmp_path / "old.db") as store:
        (claim,) = store.claims()
        assert claim.date.reported is None and claim.date.date_basis is None


def _claim_dated(claim: Claim, start: str | None, reported: str | None) -> Claim:
    end = start
    return replace(claim, id=f"{claim.id}-{start}-{reported}", date=DateRef(start=start, end=end, reported=reported))


def test_date_filters_fall_back_to_the_reported_day_unless_told_not_to(seed_extraction: Extraction) -> None:
    base = seed_extraction.claims[0]
    text_dated = _claim_dated(base, "2015-09-28", "2015-09-30")
    reported_only = _claim_dated(base, None, "2015-09-30")
    undated = _claim_dated(base, None, None)
    store = Store(":memory:")
    store.save(replace(seed_extraction, claims=[text_dated, reported_only, undated], contradictions=[]))
    assert {c.id for c in store.claims(since="2015-09-29")} == {reported_only.id}
    assert {c.id for c in store.claims(until="2015-09-29")} == {text_dated.id}
    assert {c.id for c in store.claims(since="2015-09-01")} == {text_dated.id, reported_only.id}
    assert {c.id for c in store.claims(text_dates_only=True)} == {text_dated.id}
    assert store.claims(since="2015-09-29", text_dates_only=True) == []
    assert {c.id: c.date for c in store.claims()}[reported_only.id].reported == "2015-09-30"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    return names | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}


@pytest.mark.parametrize("module", sorted(p.name for p in STORE_PACKAGE.glob("*.py")))
def test_the_store_knows_nothing_of_the_pipeline(module: str) -> None:
    imported = _imported_modules(STORE_PACKAGE / module)
    forbidden = {"counterclaim.pipeline", "counterclaim.batch", "counterclaim.nlp", "spacy"}
    assert not {name for name in imported if name.split(".")[0] == "spacy" or name in forbidden}


def test_a_migration_never_builds_from_the_live_schema() -> None:
    assert "counterclaim.store.schema" not in _imported_modules(STORE_PACKAGE / "migrations.py")


def test_a_finding_keeps_its_kind_in_the_store(tmp_path: Path, seed_extraction: Extraction) -> None:
    reported = next(s for s in seed_extraction.statements if not s.direct)
    finding = replace(reported, kind="finding")
    store = Store(tmp_path / "kinds.db")
    store.save(replace(seed_extraction, statements=[finding]))
    again = store.extraction(seed_extraction.document.id)
    assert again is not None and [s.kind for s in again.statements] == ["finding"]
