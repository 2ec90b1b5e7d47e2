"""Provinces written another way, and names the model mistakes for dates."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from counterclaim.claims.gazetteer import article_readings, gazetteer
from counterclaim.claims.geocoding import _loose_provinces
from counterclaim.claims.place_names import MISLABELLED_TIME, _is_name_token, _label


def test_a_glued_article_is_read_apart_as_well() -> None:
    assert article_readings("Aljfara") == ["aljfara", "al jfara"]
    assert article_readings("Alabama") == ["alabama"]  # a vowel after "al": no article
    assert article_readings("Hama") == ["hama"]


def test_a_province_is_found_under_a_transliteration_with_a_glued_article() -> None:
    names = {p.name for p in gazetteer().loose_admin1_candidates("Aljfara")}
    assert "Al Jafarah" in names


def test_a_loose_province_counts_only_in_a_country_in_play() -> None:
    gaz = gazetteer()
    assert {p.name for p in _loose_provinces(gaz, "Al Jabl Al Gharbi", {"LY"})} == {"Al Jabal al Gharbi"}
    assert _loose_provinces(gaz, "Al Jabl Al Gharbi", {"SY"}) == []
    assert _loose_provinces(gaz, "Aljfara", set()) == []


def _doc(words: list[str], label: tuple[int, int, str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, label[0], label[1], label=label[2])]
    return doc


def test_a_lone_name_tagged_date_may_still_be_a_place() -> None:
    doc = _doc(["Roads", "were", "closed", "in", "Zawrabaya", "today"], (4, 5, "DATE"))
    assert _is_name_token(doc[4])
    assert _label(doc[4]) == MISLABELLED_TIME


def test_real_dates_and_feasts_stay_times() -> None:
    doc = _doc(["Fighting", "resumed", "on", "Eid", "al", "Adha"], (3, 6, "DATE"))
    assert not _is_name_token(doc[3])
    doc = _doc(["Shelling", "resumed", "on", "Friday"], (3, 4, "DATE"))
    assert not _is_name_token(doc[3])
    doc = _doc(["Shelling", "resumed", "in", "March", "2016"], (3, 5, "DATE"))
    assert not _is_name_token(doc[3])
