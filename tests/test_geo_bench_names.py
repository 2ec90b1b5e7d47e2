"""The places gate compares ACLED's location name with the product's transliteration folding.

A name written another way ("el-" for "Al", "ou" for "u", a final "-ah" dropped) names the same
place; two different names that only share a consonant skeleton do not. Invented spellings here.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import quality_places  # noqa: E402

from counterclaim.models import Location  # noqa: E402


def test_transliterations_of_one_name_agree() -> None:
    same = quality_places.same_place_name
    assert same("Al Bayda", "el-Bayda")  # the article, hyphened or not, as el or al
    assert same("Ash Shabab", "As Shabab")  # the article as the sun letter writes it
    assert same("Tall Kurdah", "Tall Kurda")  # the final ta marbuta
    assert same("Qasr Boukra", "Qasr Bukra")  # ou for u
    assert same("Kafr Naddah", "Kafr Nadah")  # a doubled letter
    assert same("Deir ez-Zor", "Deir Ezzor")  # hyphens, the article glued to the noun


def test_different_names_do_not_agree() -> None:
    same = quality_places.same_place_name
    assert not same("Homs", "Hama")
    assert not same("Saida", "Sidon")  # one city, two names: not a spelling
    assert not same("Beirut", "Bayrut")  # too unalike letter by letter for this measure
    assert not same("Al", "Al Bayda")


def test_a_generic_feature_word_is_not_needed_to_name_the_feature() -> None:
    parts = quality_places.gold_name_parts
    assert "zawiya" in parts("Zawiya Airport")
    assert "zawiya" in parts("Coast of Zawiya")
    assert "jurd" in parts("Jurd Mountain")
    assert parts("Zawiya") == ["Zawiya"]


def test_place_named_reads_name_and_written_form() -> None:
    found = [Location(name="Bayḑā’", country="Libya", lat=32.7, lon=21.7, precision=1, as_written="el-Bayda")]
    assert quality_places.place_named("Al Bayda Airport", found)
    assert not quality_places.place_named("Derna", found)
