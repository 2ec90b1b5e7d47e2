"""The analyst's command line, run as a user runs it: every row traced to its report, filters that understand
names, wrong input refused with a reason (issue 10, items 1-3).

The store is filled with records written here by hand (no model needed), on reports invented for these tests.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterclaim.cli import cli
from counterclaim.models import (
    Claim,
    Claimant,
    Contradiction,
    DateRef,
    Document,
    Extraction,
    Location,
    Speaker,
    Statement,
)
from counterclaim.provenance import EvidenceFinder
from counterclaim.store import Store

REPORT_A = (
    "Monitors say jets struck a market in the town on Monday. The strike killed nine shoppers and "
    "two stallholders, tallies kept by the Syrian Observatory for Human Rights showed.\n"
    "Mr. Haddad, a local official, said [bold]nobody[/bold] had warned the residents. "
    "The ministry denied that its aircraft were involved."
)
REPORT_B = (
    "Kurdish-led fighters said they repelled an assault by militants near the dam. "
    "Commanders described a crisis of supplies in the area."
)


def _claim(document: Document, number: int, event: str, actors: list[str], place: Location, claimant: Claimant,
           span: tuple[int, int], day: str | None = None, negated: bool = False) -> Claim:
    return Claim(
        id=f"{document.id}:c{number}", document_id=document.id, event_type=event, mode=None, acled=None,
        actors=actors, targets=[], target_categories=[], locations=[place],
        date=DateRef(start=day, end=day, reported=(document.published or "")[:10] or None), counts=[],
        claimant=claimant, negated=negated, hedged=False, start=span[0], end=span[1],
    )  # fmt: skip


def _report_a() -> Extraction:
    document = Document(id="a1b2c3d4e5f60718", text=REPORT_A, source="Levant Wire", title="Market struck in the north",
                        published="2017-04-05", url="https://www.levant-wire.example/market")
    place = Location(name="Khān Shaykhūn", country="Syria", admin1="Idlib", as_written="the town")
    observatory = REPORT_A.index("the Syrian Observatory")
    statement = Statement(
        id=f"{document.id}:s1", document_id=document.id,
        speaker=Speaker(name="Syrian Observatory for Human Rights", as_written="the Syrian Observatory for Human "
                        "Rights", kind="organisation"),
        quote="The strike killed nine shoppers and two stallholders", direct=False, cue="showed",
        start=REPORT_A.index("The strike"), end=REPORT_A.index(" stallholders") + 13, speaker_start=observatory,
        speaker_end=observatory + 40,
    )  # fmt: skip
    struck = REPORT_A.index("jets struck")
    denied = REPORT_A.index("denied")
    claims = [
        _claim(document, 1, "ASSAULT", ["Islamic State"], place,
               Claimant("Syrian Observatory for Human Rights", "organisation"), (struck, struck + 11), "2017-04-03"),
        _claim(document, 2, "ASSAULT", ["Syria"], place, Claimant("Defence Ministry", "organisation"),
               (denied, denied + 6), "2017-04-03", negated=True),
    ]  # fmt: skip
    dispute = Contradiction(attribute="actor", claims=[claims[0].id, claims[1].id], summary="who struck the market",
                            claimants=["Syrian Observatory for Human Rights", "Defence Ministry"])
    return Extraction(document=document, statements=[statement], claims=claims, contradictions=[dispute])


def _report_b() -> Extraction:
    document = Document(id="f0e1d2c3b4a59687", text=REPORT_B, source="reports/dam.txt", published="2016-11-20")
    place = Location(name="Tabqa", country="Syria", admin1="Raqqa")
    repelled = REPORT_B.index("repelled")
    claims = [
        _claim(document, 1, "ASSAULT", ["Syrian Democratic Forces"], place, Claimant(None, "publication"),
               (repelled, repelled + 8)),
        _claim(document, 2, "COERCE", ["crisis group"], place, Claimant(None, "publication"), (0, 10)),
    ]  # fmt: skip
    return Extraction(document=document, claims=claims)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "analyst.db")
    with Store(path) as store:
        store.save(_report_a())
        store.save(_report_b())
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    return result.exit_code, result.output


# ---- provenance on every row ---------------------------------------------------------------------------------


def test_claim_rows_carry_outlet_url_title_date_and_evidence(db: str) -> None:
    code, output = run("--db", db, "claims", "--format", "csv")
    assert code == 0, output
    rows = list(csv.DictReader(io.StringIO(output)))
    first = next(r for r in rows if r["id"].endswith(":c1") and r["document_id"].startswith("a1"))
    assert first["url"] == "https://www.levant-wire.example/market"
    assert first["outlet"] == "Levant Wire"
    assert first["title"] == "Market struck in the north"
    assert first["published"] == "2017-04-05"
    assert first["evidence"] == "Monitors say jets struck a market in the town on Monday."


def test_statement_json_and_table_carry_the_report(db: str) -> None:
    code, output = run("--db", db, "statements", "--format", "json")
    assert code == 0, output
    provenance = json.loads(output.splitlines()[0])["provenance"]
    assert provenance["source"] == "Levant Wire" and provenance["published"] == "2017-04-05"
    assert provenance["evidence"].startswith("The strike killed nine shoppers")
    code, table = run("--db", db, "statements")
    assert "Levant Wire" in table and "2017-04-05" in table


def test_a_report_without_outlet_is_named_by_its_file_and_the_table_shows_it(db: str) -> None:
    code, table = run("--db", db, "claims", "--actor", "SDF")
    assert code == 0
    assert "dam.txt" in table and "2016-11-20" in table


def test_contradictions_command_names_both_sides_and_the_report(db: str) -> None:
    code, output = run("--db", db, "contradictions", "--format", "json")
    assert code == 0, output
    record = json.loads(output)
    assert record["claimants"] == ["Syrian Observatory for Human Rights", "Defence Ministry"]
    assert record["document_id"] == "a1b2c3d4e5f60718"
    assert record["provenance"]["url"] == "https://www.levant-wire.example/market"
    code, rows = run("contradictions", "--format", "csv", "--db", db)
    assert "claimant_a,claimant_b" in rows and "levant-wire.example" in rows
    code, output = run("--db", db, "contradictions", "--claimant", "SOHR", "--format", "json")
    assert output.count("\n") == 1
    code, output = run("--db", db, "contradictions", "--place", "Raqqa", "--format", "json")
    assert code == 0 and output == ""


def test_documents_lists_metadata_and_counts(db: str) -> None:
    code, output = run("--db", db, "documents", "--format", "json")
    assert code == 0, output
    listed = {r["id"]: r for r in map(json.loads, output.splitlines())}
    first = listed["a1b2c3d4e5f60718"]
    assert (first["statements"], first["claims"], first["contradictions"]) == (1, 2, 1)
    assert first["outlet"] == "Levant Wire" and first["title"] == "Market struck in the north"
    assert listed["f0e1d2c3b4a59687"]["claims"] == 2
    code, output = run("--db", db, "documents", "--since", "2017-01-01", "--format", "json")
    assert [json.loads(line)["id"] for line in output.splitlines()] == ["a1b2c3d4e5f60718"]
    code, output = run("--db", db, "documents", "--actor", "Daesh", "--format", "json")
    assert [json.loads(line)["id"] for line in output.splitlines()] == ["a1b2c3d4e5f60718"]
    code, output = run("--db", db, "documents", "--source", "levant wire", "--format", "json")
    assert len(output.splitlines()) == 1


def test_document_shows_the_text_with_markup_in_it_printed_as_written(db: str) -> None:
    code, output = run("--db", db, "document", "a1b2c3d4")
    assert code == 0, output
    assert "[bold]nobody[/bold]" in output  # scraped text is never read as rich markup
    assert "1 statement(s), 2 claim(s), 1 contradiction(s)" in output
    assert "Levant Wire" in output


def test_document_with_an_unknown_id_is_a_usage_error(db: str) -> None:
    code, output = run("--db", db, "document", "0000000000")
    assert code == 2 and "0000000000" in output


# ---- filters that understand names ---------------------------------------------------------------------------


def _claim_ids(db: str, *options: str) -> set[str]:
    code, output = run("--db", db, "claims", "--format", "json", *options)
    assert code == 0, output
    return {json.loads(line)["id"] for line in output.splitlines()}


def test_actor_aliases_and_acronyms_find_the_canonical_actor(db: str) -> None:
    assert _claim_ids(db, "--actor", "Daesh") == {"a1b2c3d4e5f60718:c1"}
    assert _claim_ids(db, "--actor", "ISIL") == {"a1b2c3d4e5f60718:c1"}
    assert _claim_ids(db, "--actor", "sdf") == {"f0e1d2c3b4a59687:c1"}


def test_a_short_acronym_matches_whole_words_only(db: str) -> None:
    assert _claim_ids(db, "--actor", "IS") == {"a1b2c3d4e5f60718:c1"}  # not the "crisis group"


def test_claimant_and_speaker_filters_know_acronyms(db: str) -> None:
    assert _claim_ids(db, "--claimant", "SOHR") == {"a1b2c3d4e5f60718:c1"}
    code, output = run("--db", db, "statements", "--speaker", "sohr", "--format", "json")
    assert code == 0 and len(output.splitlines()) == 1
    code, output = run("--db", db, "statements", "--speaker", "observ", "--format", "json")
    assert output == ""  # whole words, not any substring


def test_place_filter_ignores_accents_and_transliteration_and_knows_provinces(db: str) -> None:
    both = {"a1b2c3d4e5f60718:c1", "a1b2c3d4e5f60718:c2"}
    assert _claim_ids(db, "--place", "Khan Sheikhoun") == both
    assert _claim_ids(db, "--place", "khan shaykhun") == both
    assert _claim_ids(db, "--place", "Idlib") == both
    assert len(_claim_ids(db, "--place", "Syria")) == 4


def test_type_is_a_choice_in_any_case(db: str) -> None:
    assert _claim_ids(db, "--type", "coerce") == {"f0e1d2c3b4a59687:c2"}
    code, output = run("--db", db, "claims", "--type", "ATTACK")
    assert code == 2 and "ASSAULT" in output and "COERCE" in output
    code, output = run("claims", "--help")
    assert "ASSAULT" in output


@pytest.mark.parametrize("day", ["2016-13-01", "yesterday", "2017-02-30"])
def test_malformed_dates_are_usage_errors(db: str, day: str) -> None:
    code, output = run("--db", db, "claims", "--since", day)
    assert code == 2 and day in output
    assert "YYYY-MM-DD" in output or "not a valid date" in output


def test_dates_bound_the_claims(db: str) -> None:
    assert _claim_ids(db, "--since", "2017-04-03", "--until", "2017-04-03") == {
        "a1b2c3d4e5f60718:c1", "a1b2c3d4e5f60718:c2"}


def test_the_python_store_uses_the_same_filters(db: str) -> None:
    with Store(db) as store:
        assert [c.id for c in store.claims(actor="Daesh")] == ["a1b2c3d4e5f60718:c1"]
        assert len(store.claims(place="khan sheikhoun", event_type="assault")) == 2
        assert store.claims(actor="Daesh")[0].provenance is not None
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            store.claims(since="yesterday")
        with pytest.raises(ValueError, match="ASSAULT"):
            store.claims(event_type="ATTACK")


# ---- options where users put them ----------------------------------------------------------------------------


def test_db_is_accepted_after_the_subcommand(db: str) -> None:
    code, output = run("claims", "--db", db, "--format", "json")
    assert code == 0 and len(output.splitlines()) == 4


def test_a_read_command_on_a_missing_store_names_the_path_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for command in ("claims", "statements", "documents", "contradictions", "failures"):
        code, output = run("--db", str(missing), command)
        assert code == 2, (command, output)
        assert str(missing) in output.replace("\n", "")
    assert not missing.exists()


def test_a_postgresql_url_without_its_driver_says_what_to_install() -> None:
    pytest.importorskip("sqlalchemy")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("psycopg is installed here")
    code, output = run("--db", "postgresql://analyst:secret@localhost/conflict", "claims")
    assert code != 0
    assert "pip install 'counterclaim[postgres]'" in output
    assert "secret" not in output


# ---- the evidence rule ---------------------------------------------------------------------------------------


def test_evidence_sentence_keeps_abbreviations_and_initials_inside() -> None:
    text = "Gen. Ali Hamid said U.S. jets hit the bridge. Mr. Osman denied it.\nA new paragraph starts here."
    finder = EvidenceFinder(text)
    jets = text.index("jets")
    assert finder.sentence(jets, jets + 4) == "Gen. Ali Hamid said U.S. jets hit the bridge."
    assert finder.sentence(text.index("denied"), text.index("denied") + 6) == "Mr. Osman denied it."
    assert finder.sentence(text.index("paragraph"), text.index("paragraph") + 3) == "A new paragraph starts here."


# ---- through the pipeline (model needed) ---------------------------------------------------------------------


@pytest.mark.slow
def test_extract_output_carries_provenance_and_the_publication_claimant_is_the_outlet(tmp_path: Path) -> None:
    record = {
        "text": "Two people were killed in an air strike on a bakery in Aleppo on Tuesday, a doctor said.\n\n"
        "Government jets bombed the eastern districts of the city again on Wednesday.",
        "url": "https://www.northern-courier.example/2017/bakery",
        "published": "2017-03-02",
        "title": "Bakery hit in Aleppo",
    }
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, output = run("extract", str(feed), "--format", "json")
    assert code == 0, output
    extraction = json.loads(output)
    claims = extraction["claims"]
    assert claims, output
    for claim in claims:
        provenance = claim["provenance"]
        assert provenance["url"] == record["url"] and provenance["published"] == "2017-03-02"
        assert provenance["evidence"] and provenance["evidence"] in " ".join(record["text"].split())
    own = [c["claimant"] for c in claims if c["claimant"]["kind"] == "publication"]
    assert own and all(c["name"] == "northern-courier.example" for c in own)
