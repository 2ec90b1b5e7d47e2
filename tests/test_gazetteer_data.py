"""The shipped admin tables name every governorate as reports write it, and admin seats count as important.

Facts asserted are general ones (each governorate of the conflict countries is found by its
common English spelling; no table name keeps an administrative wrapping word), not outputs
keyed to any evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.claims.gazetteer import Place, gazetteer
from counterclaim.gazetteers.names import admin_keys, countryside_base, countryside_keys, strip_wrapping


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("Muhafazat Dhamar", "Dhamar"),
        ("Wasit Governorate", "Wasit"),
        ("Mayorality of Karbala", "Karbala"),
        ("Province du Kadiogo", "Kadiogo"),
        ("Sha`biyat Sabha", "Sabha"),
        ("Governorate", "Governorate"),  # nothing but the wrapper: kept
        ("Northern Province", "Northern Province"),  # a bare direction names no place: kept
    ],
)
def test_wrapping_words_come_off(written: str, bare: str) -> None:
    assert strip_wrapping(written) == bare


def test_a_city_suffix_comes_off_a_district_only() -> None:
    assert strip_wrapping("Lodwar City", "admin2") == "Lodwar"
    assert strip_wrapping("Lodwar City", "admin1") == "Lodwar City"


def test_admin_keys_drop_the_arabic_article_and_the_wrapping() -> None:
    assert admin_keys("Muhafazat al-Jawf") == ["muhafazat al jawf", "al jawf", "jawf"]


def test_a_countryside_unit_gets_its_english_spellings() -> None:
    assert countryside_base("rif halab") == "halab"
    assert "rural aleppo" in countryside_keys(["aleppo"])
    assert "aleppo countryside" in countryside_keys(["aleppo"])


@pytest.mark.parametrize(
    ("name", "cc"),
    [
        ("Dhi Qar", "IQ"),
        ("Diyala", "IQ"),
        ("Maysan", "IQ"),
        ("Basra", "IQ"),
        ("Salah ad Din", "IQ"),
        ("Quneitra", "SY"),
        ("Suwayda", "SY"),
        ("Sweida", "SY"),
        ("Rif Dimashq", "SY"),
        ("Rural Damascus", "SY"),
        ("Damascus countryside", "SY"),
        ("Deir ez-Zor", "SY"),
        ("Dayr az Zawr", "SY"),
        ("Hasakah", "SY"),
        ("Raqqa", "SY"),
        ("Hadramawt", "YE"),
        ("Hudaydah", "YE"),
        ("Karbala", "IQ"),
    ],
)
def test_every_conflict_governorate_is_found_by_its_common_spelling(name: str, cc: str) -> None:
    assert cc in {p.cc for p in gazetteer().admin1_candidates(name)}


def test_no_admin1_name_keeps_a_wrapping_word() -> None:
    gaz = gazetteer()
    for (cc, _), name in gaz.admin1_names.items():
        if cc in {"SY", "IQ", "YE", "LY", "AF", "SO"}:
            assert strip_wrapping(name) == name, name


def test_admin_seats_and_capitals_carry_their_feature_and_importance() -> None:
    gaz = gazetteer()
    damascus = max(gaz.city_candidates("Damascus"), key=lambda p: p.population)
    assert damascus.cc == "SY" and damascus.feature == "PPLC"
    seats = [p for p in gaz.city_candidates("Idlib") if p.cc == "SY"]
    assert any(p.feature == "PPLA" for p in seats)
    assert Place("X", "city", "SY", "12", 0.0, 0.0, 0, None, True, "PPLA2").importance >= 10_000
    assert Place("X", "city", "SY", "12", 0.0, 0.0, 4_200, None, True).importance == 4_200
