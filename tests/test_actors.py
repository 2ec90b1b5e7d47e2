"""Actors are found at token level, once per Doc, and phrase lookups reuse that Doc's matches."""

from __future__ import annotations

import pytest

from counterclaim import nlp
from counterclaim.actors import lexicon
from counterclaim.actors.matching import AliasMatcher, leftmost_longest

pytestmark = pytest.mark.slow  # loads the spaCy model


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in lexicon().find(text)]


def test_leftmost_longest_keeps_the_longer_name_and_neighbours() -> None:
    assert leftmost_longest([(0, 2), (0, 3), (1, 3), (3, 4)]) == [(0, 3), (3, 4)]


def test_short_capital_aliases_match_only_in_capitals() -> None:
    assert _found("What IS fighters say is not news.") == [("IS", "Islamic State")]


def test_the_longest_alias_wins() -> None:
    assert _found("Islamic State group fighters withdrew.") == [("Islamic State group", "Islamic State")]


def test_hyphenated_names_yield_each_actor() -> None:
    assert _found("US-Russian talks") == [("US", "United States"), ("Russian", "Russia")]
    assert _found("U.S.-China relations") == [("U.S.", "United States"), ("China", "China")]


def test_offsets_of_a_loose_string_index_that_string() -> None:
    text = "Officials in Damascus blamed the Taliban."
    for mention in lexicon().find(text):
        assert text[mention.start : mention.end] == mention.text


def test_a_doc_is_matched_once_and_phrases_reuse_its_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp.load()("Russian jets struck near Aleppo, and Turkish officials condemned the raid.")
    first = lexicon().mentions(doc)
    monkeypatch.setattr(AliasMatcher, "spans", lambda *_: pytest.fail("the Doc was matched again"))
    assert lexicon().mentions(doc) == first
    assert [m.canonical for m in first] == ["Russia", "Turkey"]
    officials = [t for t in doc if t.text in {"Turkish", "officials"}]
    assert [m.canonical for m in lexicon().find_in(officials)] == ["Turkey"]
    assert all(doc.text[m.start : m.end] == m.text for m in first)


def test_find_in_needs_every_token_of_a_name() -> None:
    doc = nlp.load()("Fighters of the Islamic State group retreated.")
    islamic = [t for t in doc if t.text == "Islamic"]
    assert lexicon().find_in(islamic) == []
    assert [m.canonical for m in lexicon().find_in(doc[3:6])] == ["Islamic State"]
