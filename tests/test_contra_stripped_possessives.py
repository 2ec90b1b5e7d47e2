"""Parties without apostrophes, and envoys (issue 8: "attribution must not depend on" commas and apostrophes an
aggregator strips). A known name plus "s" is that name's possessive; an envoy belongs to the party that sends
them, not the body they are sent to. Phrases are our own."""

from __future__ import annotations

import pytest

from counterclaim.actors import lexicon
from counterclaim.claims.sides import parties


@pytest.mark.parametrize(
    ("stripped", "written"),
    [
        ("Irans foreign ministry", "Iran's foreign ministry"),
        ("Turkeys defence ministry", "Turkey's defence ministry"),
        ("the UNs human rights office", "the UN's human rights office"),
        ("Hezbollahs media office", "Hezbollah's media office"),
    ],
)
def test_a_possessive_without_its_apostrophe_names_the_same_party(stripped: str, written: str) -> None:
    assert parties(stripped) and parties(stripped) == parties(written)


def test_a_stripped_possessive_is_found_in_text_but_is_no_name_of_its_own() -> None:
    """The claimant stage puts the apostrophe back on a word that is no name ("Irans" → "Iran's")."""
    assert lexicon().canonical("Irans") is None
    assert [m.canonical for m in lexicon().find("Irans navy")] == ["Iran"]


def test_a_people_and_a_lower_case_word_are_no_possessive() -> None:
    assert lexicon().find("turkeys and geese") == []
    assert "United States" not in {m.canonical for m in lexicon().find("trade across the Americas")}


@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        ("Iraqs UN ambassador", "Iraq"),
        ("the Turkish government's envoy to the United Nations", "Turkey"),
        ("the Egyptian representative at the UN", "Egypt"),
        ("the UN envoy for Yemen", "United Nations"),
        ("the UN's Libya envoy", "United Nations"),
        ("the French ambassador to Lebanon", "France"),
    ],
)
def test_an_envoy_belongs_to_the_party_that_sends_them(phrase: str, party: str) -> None:
    assert parties(phrase) == frozenset({party})
