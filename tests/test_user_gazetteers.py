"""Bring your own gazetteer: a user's GeoNames dump or CSV is indexed, looked up beside the shipped places, removed.

The fixtures hold invented places (no such villages exist), written in the two formats a user has.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from counterclaim.claims.gazetteer import gazetteer
from counterclaim.cli import cli
from counterclaim.gazetteers import (
    GAZETTEER_DIR_ENV,
    UserGazetteers,
    add_gazetteer,
    gazetteer_dir,
    installed_gazetteers,
    remove_gazetteer,
)
from counterclaim.gazetteers.readers import GazetteerError

FIXTURES = Path(__file__).parent / "fixtures" / "gazetteers"
GEONAMES_DUMP = FIXTURES / "XS.txt"
CSV_LIST = FIXTURES / "villages.csv"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private gazetteer folder, the one the shared gazetteer reads for the test's length."""
    where = tmp_path / "gazetteers"
    monkeypatch.setenv(GAZETTEER_DIR_ENV, str(where))
    return where


def _names(places: list[object]) -> set[str]:
    return {getattr(p, "name", "") for p in places}


def test_the_folder_is_the_env_override_or_a_data_folder_under_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(GAZETTEER_DIR_ENV, str(tmp_path / "mine"))
    assert gazetteer_dir() == tmp_path / "mine"
    assert gazetteer_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.delenv(GAZETTEER_DIR_ENV)
    assert gazetteer_dir().name == "gazetteers"
    assert Path.home() in gazetteer_dir().parents or "XDG_DATA_HOME" in __import__("os").environ


def test_a_village_only_in_a_geonames_dump_is_found_after_add_and_gone_after_remove(folder: Path) -> None:
    gaz = gazetteer()
    assert not gaz.city_candidates("Tell Zaqqurani")
    info = add_gazetteer(GEONAMES_DUMP, directory=folder)
    assert info.name == "XS" and info.places == 4  # the well is not a kind of place reports mean
    found = gaz.city_candidates("Tell Zaqqurani")  # an alternate spelling
    assert [(p.name, p.cc, p.admin1_code, p.source, p.feature) for p in found] == [
        ("Tall Zaqqūranī", "SY", "09", "XS", "PPL")
    ]
    assert not found[0].exact and gaz.city_candidates("Tall Zaqqurani")[0].exact
    assert gaz.city_candidates("Wadi Karnabit"), "terrain the dump names is a place too"
    assert not gaz.city_candidates("Bir Zumluq"), "a well is filtered out"
    assert gaz.admin2_candidates("Sahl Ghurab District")[0].kind == "admin2"
    assert gaz.admin2_candidates("Sahl Ghurab"), "the Arabic wrapping word of a district is dropped"
    remove_gazetteer("XS", folder)
    assert not gaz.city_candidates("Tell Zaqqurani")


def test_a_csv_list_resolves_country_and_admin1_names(folder: Path) -> None:
    info = add_gazetteer(CSV_LIST, directory=folder)
    assert info.places == 2  # the row without coordinates is skipped
    [village] = gazetteer().city_candidates("Kherbet Flaiwez")
    assert village.cc == "YE" and village.source == "villages"
    assert village.admin1_code is not None and gazetteer().admin1_names[("YE", village.admin1_code)]
    assert gazetteer().city_candidates("Dhu Rumaytan")[0].lat == pytest.approx(13.612)


def test_user_places_come_before_shipped_namesakes(folder: Path) -> None:
    shipped = gazetteer().city_candidates("Aleppo")
    assert shipped
    csv = folder.parent / "mine.csv"
    csv.write_text("name,lat,lon,country\nAleppo,1.0,2.0,SY\n", encoding="utf-8")
    add_gazetteer(csv, directory=folder)
    first = gazetteer().city_candidates("Aleppo")[0]
    assert (first.source, first.lat) == ("mine", 1.0)
    assert len(gazetteer().city_candidates("Aleppo")) == len(shipped) + 1


def test_a_gazetteer_added_again_replaces_the_old_one_and_list_shows_it(folder: Path) -> None:
    add_gazetteer(CSV_LIST, directory=folder)
    add_gazetteer(CSV_LIST, directory=folder)
    [info] = installed_gazetteers(folder)
    assert (info.name, info.places) == ("villages", 2)
    assert info.source.endswith("villages.csv")


def test_bad_input_is_one_clear_error(folder: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("place,x,y\nA,1,2\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="lacks"):
        add_gazetteer(bad, directory=folder)
    with pytest.raises(GazetteerError, match="name"):
        add_gazetteer(CSV_LIST, name="../escape", directory=folder)
    with pytest.raises(GazetteerError, match="no gazetteer"):
        remove_gazetteer("absent", folder)
    assert installed_gazetteers(folder) == []


def test_no_folder_means_no_extra_places(tmp_path: Path) -> None:
    assert UserGazetteers(tmp_path / "missing").candidates("aleppo", frozenset({"city"})) == []


def test_the_cli_adds_lists_and_removes(folder: Path) -> None:
    runner = CliRunner()
    other = folder.parent / "flagged"
    added = runner.invoke(cli, ["gazetteer", "--gazetteer-dir", str(other), "add", str(GEONAMES_DUMP)])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(cli, ["gazetteer", "--gazetteer-dir", str(other), "list"])
    assert listed.exit_code == 0 and listed.output.startswith("XS\t4\t")
    assert runner.invoke(cli, ["gazetteer", "add", str(CSV_LIST), "--name", "yemen"]).exit_code == 0
    assert [i.name for i in installed_gazetteers()] == ["yemen"]  # the env folder, not the flagged one
    removed = runner.invoke(cli, ["gazetteer", "--gazetteer-dir", str(other), "remove", "XS"])
    assert removed.exit_code == 0
    missing = runner.invoke(cli, ["gazetteer", "--gazetteer-dir", str(other), "remove", "XS"])
    assert missing.exit_code == 1 and "no gazetteer" in missing.output


def test_a_users_village_is_found_under_a_transliteration_variant(folder: Path) -> None:
    gaz = gazetteer()
    add_gazetteer(GEONAMES_DUMP, directory=folder)
    found = gaz.loose_city_candidates("Tal Zaqourani")  # vowels and doubled letters written otherwise
    assert found and found[0].source == "XS" and not found[0].exact
    assert installed_gazetteers(folder)[0].names == add_gazetteer(GEONAMES_DUMP, directory=folder).names
