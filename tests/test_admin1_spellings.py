"""Governorates of the product's own domain under the spellings reports and humanitarian datasets use."""

from __future__ import annotations

import pytest

from counterclaim.claims.gazetteer import Gazetteer, gazetteer


@pytest.mark.parametrize(
    ("written", "cc", "name"),
    [
        ("Ninewa", "IQ", "Ninawa"),
        ("Nineveh", "IQ", "Ninawa"),
        ("Salah al-Din", "IQ", "Salah ad Din"),
        ("Thi-Qar", "IQ", "Dhi Qar"),
        ("Babylon", "IQ", "Babil"),
        ("Hadramout", "YE", "Hadramawt"),
        ("Amran", "YE", "Omran"),
        ("As-Sweida", "SY", "As-Suwayda"),
        ("Deir Ezzor", "SY", "Deir ez-Zor"),
    ],
)
def test_every_governorate_spelling_finds_its_unit(written: str, cc: str, name: str) -> None:
    found = [(p.cc, p.name) for p in gazetteer().admin1_candidates(written)]
    assert found == [(cc, name)]


def test_a_spelling_row_can_remove_a_wrong_key() -> None:
    admin1 = "ZZ\t01\tNorth\t1.0\t2.0\tsouth\nZZ\t02\tSouth\t3.0\t4.0\t\n"
    spellings = "ZZ\t01\t-south  # belongs to the other unit\nZZ\t02\tsud\n"
    gaz = Gazetteer(cities="", admin1=admin1, countries="", country_aliases="", admin1_spellings=spellings)
    assert [p.name for p in gaz.admin1_candidates("South")] == ["South"]
    assert [p.name for p in gaz.admin1_candidates("Sud")] == ["South"]
