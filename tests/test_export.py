"""Exports as analysts load them: ACLED-style CSV, GeoJSON, JSON Lines, Parquet and flat CSV, and the store's views.

The records here are built by hand (our own wording), saved to a store and exported through the CLI,
so these tests need neither the spaCy model nor evaluation data; one slow test ingests a report of
our own through the CLI first, as a user would.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterclaim.cli import cli
from counterclaim.export import FLAT_COLUMNS, FORMATS, evidence_sentence, flat_row, neutralise
from counterclaim.export.acled_csv import ACLED_COLUMNS, acled_rows, claim_row
from counterclaim.export.flat import headline_count, stated_figure
from counterclaim.export.geojson import feature_collection
from counterclaim.models import (
    Acled,
    Claim,
    Claimant,
    Count,
    DateRef,
    Document,
    Extraction,
    Location,
    Provenance,
    Speaker,
    Statement,
)
from counterclaim.store import Store, schema

TEXT = (
    "Shelling hit the village of Kafr Nabl on Monday, killing at least seven people, including two children, "
    "a rescue group said.\n\n"
    "The army denied it had fired on the village. Separately, =HYPERLINK rebels clashed with troops near Hama."
)
DOC = Document(id="d0c0ffee00000001", text=TEXT, source="feeds/wire.jsonl", title="Shelling hits village",
               published="2019-05-14", url="https://news.example/shelling", site="Example Wire")
KAFR_NABL = Location("Kafr Nabl", "Syria", "Idlib", 35.61, 36.56, 1)
IDLIB = Location("Idlib", "Syria", "Idlib", 35.93, 36.63, 3)
WEST = Location("Test Point", "Nowhere", None, 10.5, -3.25, 1)  # a negative longitude stays a number


def _count(category: str, low: int | None, high: int | None, written: str, subject: str | None = None) -> Count:
    return Count(category, subject, low, high, None, written)


def _claim(number: int, start: int, end: int, **fields: object) -> Claim:
    values: dict[str, object] = {
        "id": f"{DOC.id}-c{number:03d}", "document_id": DOC.id, "event_type": "ASSAULT", "mode": "heavy-weapons",
        "acled": Acled("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        "actors": [], "targets": ["people"], "target_categories": ["civilian"], "locations": [KAFR_NABL, IDLIB],
        "date": DateRef("2019-05-13", "2019-05-13", "Monday", "day", "2019-05-14"),
        "counts": [], "claimant": Claimant("rescue group", "organisation"), "negated": False, "hedged": False,
        "start": start, "end": end, "trigger": "hit",
    }
    values.update(fields)
    return Claim(**values)  # type: ignore[arg-type]


def _claims() -> list[Claim]:
    denial = TEXT.index("The army denied")
    clash = TEXT.index("=HYPERLINK")
    return [
        _claim(1, 0, TEXT.index(", a rescue"), counts=[
            _count("killed", 7, None, "at least seven people"), _count("killed", 2, 2, "two children", "children"),
        ]),
        _claim(2, denial, TEXT.index(" Separately"), actors=["army"], negated=True, locations=[],
               claimant=Claimant("army", "organisation"), date=DateRef(reported="2019-05-14"),
               counts=[_count("killed", 3, 3, "three")]),
        _claim(3, clash, len(TEXT), acled=Acled("Battles", "Armed clash"), mode=None,
               actors=["=HYPERLINK rebels", "local militia"], targets=["troops"], target_categories=["armed"],
               locations=[WEST], counts=[_count("injured", 4, 6, "four to six"), _count("destroyed", 2, 2, "two")]),
        _claim(4, denial, TEXT.index(" Separately"), event_type="REJECT", mode=None, acled=None, locations=[]),
    ]


def _statement() -> Statement:
    start = TEXT.index("Shelling")
    return Statement(f"{DOC.id}-s001", DOC.id, Speaker("rescue group", "a rescue group", "organisation"),
                     TEXT[start:TEXT.index(", a rescue")], False, "said", start, TEXT.index(", a rescue"))


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cc.db"
    with Store(path) as store:
        store.save(Extraction(document=DOC, statements=[_statement()], claims=_claims()))
    return str(path)


def _export(db: str, *options: str) -> tuple[str, str]:
    result = CliRunner().invoke(cli, ["--db", db, "export", *options])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


# ---- flat rows ------------------------------------------------------------------------------------


def test_the_headline_count_is_the_whole_not_its_part_nor_their_sum() -> None:
    counts = _claims()[0].counts
    assert headline_count(counts, "killed") == counts[0]
    assert headline_count(counts, "injured") is None
    assert stated_figure(Count("killed", None, None, 9, "up to", "up to nine")) == 9


def test_a_flat_row_has_every_column_scalar_and_in_order() -> None:
    row = flat_row(_claims()[2])
    assert list(row) == list(FLAT_COLUMNS)
    assert all(value is None or isinstance(value, str | int | float | bool) for value in row.values())
    assert (row["injured_low"], row["injured_high"], row["killed_low"]) == (4, 6, None)
    assert row["other_counts"] == "destroyed: two"
    assert row["actors"] == "=HYPERLINK rebels; local militia"
    assert (row["place"], row["place_lat"], row["place_lon"]) == ("Test Point", 10.5, -3.25)


def test_evidence_is_the_whole_sentence_around_the_claim() -> None:
    claim = _claims()[1]
    assert evidence_sentence(TEXT, claim.start + 4, claim.start + 10) == "The army denied it had fired on the village."
    assert evidence_sentence("He met U.S. envoys at 3.5 km. Then left.", 8, 12) == "He met U.S. envoys at 3.5 km."


# ---- through the CLI ------------------------------------------------------------------------------


def test_acled_csv_reads_back_with_acled_columns_and_values(db: str) -> None:
    out, err = _export(db, "--format", "acled-csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert len(rows) == 3 and "1 claim(s) left out (no ACLED event type)" in err
    shelling, denial, clash = rows
    assert shelling["event_date"] == "2019-05-13" and shelling["year"] == "2019" and shelling["time_precision"] == "1"
    assert shelling["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (shelling["location"], shelling["admin1"], shelling["country"]) == ("Kafr Nabl", "Idlib", "Syria")
    assert (float(shelling["latitude"]), float(shelling["longitude"]), shelling["geo_precision"]) == (35.61, 36.56, "1")
    assert shelling["fatalities"] == "7"
    assert shelling["source"] == "Example Wire" and shelling["url"] == DOC.url
    assert shelling["notes"].startswith("Shelling hit the village") and shelling["notes"].endswith("said.")
    assert denial["fatalities"] == "0" and denial["negated"] == "True" and denial["time_precision"] == "2"
    assert denial["event_date"] == "2019-05-14"
    assert clash["actor1"] == "'=HYPERLINK rebels" and clash["assoc_actor_1"] == "local militia"
    assert clash["fatalities"] == "0" and clash["longitude"] == "-3.25"


def test_raw_keeps_formula_like_text(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(db, "-f", "acled-csv", "--raw")[0])))
    assert rows[2]["actor1"] == "=HYPERLINK rebels"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert neutralise(-3.25) == -3.25 and neutralise("Aleppo") == "Aleppo"


def test_flat_csv_has_counts_and_place_columns_not_json(db: str, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    out, err = _export(db, "-f", "csv", "--output", str(target))
    assert out == "" and "4 row(s) to" in err
    rows = {row["id"][-1]: row for row in csv.DictReader(target.open(encoding="utf-8", newline=""))}
    assert list(rows["1"]) == list(FLAT_COLUMNS) and "counts" not in rows["1"]
    assert rows["1"]["killed_low"] == "7" and rows["1"]["killed_high"] == ""
    assert rows["1"]["place_admin1"] == "Idlib" and rows["1"]["title"] == DOC.title
    assert rows["3"]["actors"].startswith("'=")


def test_claims_csv_is_the_flat_row(db: str) -> None:
    result = CliRunner().invoke(cli, ["--db", db, "claims", "-f", "csv"])
    assert list(next(csv.reader(io.StringIO(result.stdout)))) == list(FLAT_COLUMNS)


def test_filters_are_the_claims_filters(db: str) -> None:
    rows = [json.loads(line) for line in _export(db, "-f", "jsonl", "--negated")[0].splitlines()]
    assert [row["id"] for row in rows] == [_claims()[1].id]
    assert _export(db, "-f", "jsonl", "--type", "REJECT")[0].count("\n") == 1
    assert _export(db, "-f", "jsonl", "--since", "2020-01-01")[0] == ""


def test_jsonl_lines_are_flat_typed_objects(db: str) -> None:
    lines = [json.loads(line) for line in _export(db, "-f", "jsonl")[0].splitlines()]
    assert len(lines) == 4 and all(list(row) == list(FLAT_COLUMNS) for row in lines)
    rows = {row["id"][-1]: row for row in lines}
    assert rows["1"]["killed_low"] == 7 and rows["2"]["negated"] is True and rows["3"]["place_lon"] == -3.25
    assert rows["1"]["evidence"].startswith("Shelling") and rows["1"]["published"] == "2019-05-14"


def test_geojson_is_a_valid_feature_collection(db: str) -> None:
    out, err = _export(db, "-f", "geojson")
    collection = json.loads(out)
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    features = collection["features"]
    # Kafr Nabl (Idlib is only its province), the clash's point; the denial and REJECT have no place
    assert len(features) == 2 and "2 claim(s) left out (no coordinates)" in err
    for feature in features:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert (lon, lat) == (feature["properties"]["place_lon"], feature["properties"]["place_lat"])
        assert all(not isinstance(v, dict | list) for v in feature["properties"].values())
    assert features[0]["geometry"]["coordinates"] == [36.56, 35.61]  # longitude first (RFC 7946)


def test_a_second_distinct_place_is_a_second_feature() -> None:
    claim = _claims()[0]
    both = Claim(**{**{f: getattr(claim, f) for f in Claim.__dataclass_fields__}, "locations": [KAFR_NABL, WEST]})
    assert len(feature_collection([both]).collection["features"]) == 2


def test_parquet_reads_back_with_pyarrow(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "claims.parquet"
    _export(db, "-f", "parquet", "-o", str(target))
    table = pq.read_table(target)
    assert table.column_names == list(FLAT_COLUMNS) and table.num_rows == 4
    assert str(table.schema.field("killed_low").type) == "int64"
    assert str(table.schema.field("negated").type) == "bool"
    rows = {row["id"][-1]: row for row in table.to_pylist()}
    assert rows["1"]["killed_low"] == 7 and rows["3"]["injured_high"] == 6 and rows["3"]["place_lon"] == -3.25
    assert rows["1"]["url"] == DOC.url and rows["2"]["negated"] is True


def test_parquet_goes_to_stdout_when_piped_and_is_refused_on_a_terminal(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    result = CliRunner().invoke(cli, ["--db", db, "export", "-f", "parquet"])
    assert result.exit_code == 0
    assert result.stdout_bytes[:4] == b"PAR1"
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows == 4
    from counterclaim.cli import export as export_module

    monkeypatch.setattr(export_module, "stdout_is_terminal", lambda: True)
    refused = CliRunner().invoke(cli, ["--db", db, "export", "-f", "parquet"])
    assert refused.exit_code == 2 and "--output" in refused.output


def test_an_empty_export_still_has_its_columns(db: str) -> None:
    out, _ = _export(db, "-f", "csv", "--type", "PROTEST")
    assert out.strip() == ",".join(FLAT_COLUMNS)


def test_acled_rows_take_any_item_with_a_row_function() -> None:
    """The hook incidents will use: any items, one function from an item to a row (None leaves it out)."""
    made = acled_rows(_claims(), lambda claim: claim_row(claim, Provenance(claim.document_id, source="X")))
    assert [row["source"] for row in made.rows] == ["X", "X", "X"] and made.skipped == 1


def test_the_cli_names_every_export_format() -> None:
    from counterclaim.cli.export import EXPORT_FORMATS

    assert EXPORT_FORMATS == FORMATS


# ---- the store's views ----------------------------------------------------------------------------


def test_views_show_claims_and_statements_with_their_documents(db: str) -> None:
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    claims = connection.execute("select * from claims_view order by claim_id").fetchall()
    assert [c["claim_id"] for c in claims] == [c.id for c in _claims()]
    first = claims[0]
    assert (first["killed_low"], first["killed_high"], first["claimant"]) == (7, None, "rescue group")
    assert (first["place"], first["place_lat"], first["url"], first["source"]) == (
        "Kafr Nabl", 35.61, DOC.url, DOC.source)
    assert claims[2]["actors"] == "=HYPERLINK rebels; local militia" and claims[2]["injured_high"] == 6
    assert claims[1]["date"] == "2019-05-14"
    statement = connection.execute("select * from statements_view").fetchone()
    assert (statement["speaker"], statement["kind"], statement["title"]) == ("rescue group", "reported", DOC.title)


def test_the_migrated_views_have_the_declared_columns(tmp_path: Path) -> None:
    Store(tmp_path / "v.db").close()
    connection = sqlite3.connect(tmp_path / "v.db")
    found = {name for (name,) in connection.execute("select name from sqlite_master where type = 'view'")}
    assert found == set(schema.views.tables)
    for name, view in schema.views.tables.items():
        columns = [d[0] for d in connection.execute(f"select * from {name} limit 0").description]
        assert columns == [c.name for c in view.columns]


# ---- a report of our own, ingested as a user would ------------------------------------------------


@pytest.mark.slow
def test_an_ingested_report_exports_to_every_format(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    text = ("Warplanes bombed a bakery in the town of Maarat al-Numan on Sunday, killing nine civilians, "
            "a local monitor said. The ministry said its jets had hit only militant positions.")
    record = {"text": text, "published": "2017-03-06", "url": "https://wire.example/1", "source": "Wire"}
    report.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = str(tmp_path / "cc.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db, "ingest", "-q", str(report)]).exit_code == 0
    acled = list(csv.DictReader(io.StringIO(_export(db, "-f", "acled-csv")[0])))
    assert any(row["fatalities"] == "9" and row["url"] == "https://wire.example/1" for row in acled)
    assert all(row["notes"] and row["notes"] in " ".join(text.split()) for row in acled)
    features = json.loads(_export(db, "-f", "geojson")[0])["features"]
    assert features and all(f["properties"]["place_country"] == "Syria" for f in features)
    assert {f["properties"]["place_as_written"] for f in features} == {"Maarat al-Numan"}
    for fmt in FORMATS:
        target = tmp_path / f"out.{fmt}"
        _export(db, "-f", fmt, "-o", str(target))
        assert target.stat().st_size > 0


def test_an_acled_row_is_coded_at_the_most_precise_located_place() -> None:
    unplaced = Location("Syria", "Syria", None, None, None, 3)
    claim = _claim(5, 0, 10, locations=[unplaced, IDLIB, KAFR_NABL])
    row = claim_row(claim)
    assert row is not None and (row["location"], row["latitude"], row["geo_precision"]) == ("Kafr Nabl", 35.61, 1)
    assert flat_row(claim)["place"] == "Syria"  # the flat row keeps the first place as written


def test_each_document_is_looked_up_once_and_few_are_kept() -> None:
    from counterclaim.export import ProvenanceResolver

    asked: list[str] = []

    def lookup(document_id: str) -> Document | None:
        asked.append(document_id)
        return DOC if document_id == DOC.id else None

    resolve = ProvenanceResolver(lookup, keep=1)
    first, second = (resolve(claim) for claim in _claims()[:2])
    assert asked == [DOC.id] and first.outlet == "Example Wire" and second.url == DOC.url
    assert second.evidence == "The army denied it had fired on the village."
    assert resolve(_claim(9, 0, 5, document_id="other")).url is None and len(asked) == 2
    resolve(_claims()[0])
    assert asked == [DOC.id, "other", DOC.id]
    own = Provenance(DOC.id, source="Own outlet")
    assert resolve(_claim(8, 0, 5, provenance=own)) is own


def test_an_output_in_a_missing_folder_is_a_usage_error(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", db, "export", "-f", "csv", "-o", str(tmp_path / "no" / "x.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output and "Traceback" not in result.output
