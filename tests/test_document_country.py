"""The document country: demonyms, groups of one country and datelines vote beside the places named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.document_country import document_country, document_country_votes

pytestmark = pytest.mark.slow


def test_a_demonym_alone_names_the_country_when_nothing_contradicts_it(language: Language) -> None:
    doc = language("Egyptian troops fired artillery at a farm west of the border town overnight.")
    assert document_country(doc) == "Egypt"


def test_demonyms_support_places_rather_than_outvote_them(language: Language) -> None:
    text = "Russian jets and Russian drones struck a market in Idlib, Russian officials and Turkish monitors said."
    votes = document_country_votes(language(text))
    assert max(votes, key=lambda cc: votes[cc]) in {"SY", "RU"}
    assert votes["RU"] <= 1.5 + 0.25  # demonyms are capped; a country named as an actor adds a quarter


def test_a_group_of_one_country_votes_for_it(language: Language) -> None:
    doc = language("The Houthis said their fighters had taken two hills from government troops.")
    assert document_country(doc) == "Yemen"


def test_a_dateline_votes_for_the_city_it_names(language: Language) -> None:
    doc = language(
        "Rockets hit a depot\n\nBAGHDAD (Wire) - Two rockets landed near a depot late on Sunday, police said."
    )
    assert document_country_votes(doc).get("IQ", 0.0) >= 0.5


def test_nothing_but_a_passing_actor_decides_nothing(language: Language) -> None:
    assert document_country(language("Russia says the talks will go on next week.")) is None
