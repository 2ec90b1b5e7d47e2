"""A capital stands for its state (issue 8 item 5, actor lexicon gaps): "Brussels denied it" is Belgium's
denial. Capitals come from GeoNames' country table, not from a hand list; sentences are our own."""

from __future__ import annotations

import pytest

from counterclaim.actors import ActorLexicon, _capitals, lexicon
from counterclaim.actors.capitals import geonames_capitals

TABLE = "Libya\tstate\tLibya\nLebanon\tstate\tLebanon|Tripoli\n"


def test_a_capital_names_its_state() -> None:
    assert lexicon().canonical("Brussels") == "Belgium"
    assert lexicon().canonical("Canberra") == "Australia"
    assert lexicon().country("Ottawa") == "Canada"


def test_a_capital_is_a_proper_name_matched_in_its_own_case() -> None:
    assert lexicon().canonical("brussels") is None


def test_a_capital_sharing_its_name_with_a_large_city_abroad_is_no_state() -> None:
    capitals = dict(_capitals())
    assert "San Jose" not in capitals  # a larger San Jose lies in the United States
    assert capitals.get("Damascus") == "Syria"  # the Damascus abroad is a small town


def test_a_capital_of_disputed_status_is_no_state() -> None:
    assert "Jerusalem" not in dict(_capitals())


@pytest.mark.slow  # reads GeoNames' city table (seconds)
def test_the_shipped_capitals_are_what_the_rule_gives() -> None:
    assert sorted(_capitals()) == sorted(geonames_capitals())


def test_a_sense_the_tables_give_a_name_is_kept() -> None:
    table = ActorLexicon([TABLE], [], ["Libya", "Lebanon"], capitals=[("Tripoli", "Libya"), ("Beirut", "Lebanon")])
    assert table.canonical("Tripoli") == "Lebanon"
    assert table.canonical("Beirut") == "Lebanon"


@pytest.mark.slow  # loads the spaCy model
def test_a_capital_denying_answers_the_accuser() -> None:
    from counterclaim import extract

    text = (
        "Moscow said on Monday that Belgian jets had killed six civilians in a village near the city. "
        "Brussels quickly denied the accusation."
    )
    found = extract(text, published="2016-10-19").contradictions
    assert any({"Russia", "Belgium"} <= set(c.claimants) for c in found)
