"""Who gives a figure: sources after the figure without commas, headline sources, a name run into a title.

Own paraphrases of the constructions, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow

OBSERVATORY = "Syrian Observatory for Human Rights"


def _killed(text: str) -> list[Claim]:
    claims = extract(text, published="2016-05-02").claims
    return [c for c in claims if any(k.category == "killed" for k in c.counts)]


def test_a_source_with_a_bracketed_acronym_after_the_figure_gives_it() -> None:
    (claim,) = _killed(
        "Shelling killed at least 12 farmers near Hama on Tuesday"
        " the London-registered Syrian Observatory for Human Rights (SOHR) said."
    )
    assert claim.claimant.name == OBSERVATORY


def test_a_headline_ending_in_a_role_noun_is_the_named_monitors_claim() -> None:
    text = (
        "Air raids kill 14 fighters near Homs monitor\n\n"
        "Jets struck a depot, the Syrian Observatory for Human Rights wrote in a note."
    )
    headline = [c for c in _killed(text) if c.start < text.index("\n")]
    assert headline and headline[0].claimant.name == OBSERVATORY


def test_a_headline_that_ends_with_an_object_names_no_source() -> None:
    text = "Gunmen kill 3 guards and seize a monitor\n\nThe attack happened at night."
    assert all(c.claimant.kind == "publication" for c in _killed(text))


def test_a_person_run_into_their_title_speaks_for_the_body() -> None:
    (claim,) = _killed(
        '"The strikes killed seven fighters" said Omar Haddad head of the Levant Rights Monitor.'
    )
    assert (claim.claimant.name, claim.claimant.kind) == ("Omar Haddad", "person")
    assert claim.claimant.on_behalf_of == "Levant Rights Monitor"


def _negated(text: str) -> list[Claim]:
    return [c for c in extract(text, published="2016-05-02").claims if c.negated]


def test_a_passive_denial_is_the_agents() -> None:
    claims = _negated("The rebels accused the army of shelling a bakery, but the charge was denied by the ministry.")
    assert [c.claimant.name for c in claims] == ["ministry"]


def test_a_reduced_relative_dismissal_is_a_denial() -> None:
    text = "Activists accused the militia of killing nine farmers, an accusation dismissed by the militia's commander."
    assert any("commander" in (c.claimant.name or "") for c in _negated(text))


def test_each_of_coordinated_deniers_voices_the_denial() -> None:
    claims = _negated("Turkey and its ally Qatar deny that their jets bombed the convoy.")
    assert sorted(c.claimant.name or "" for c in claims) == ["Qatar", "Turkey"]


def test_a_denial_verb_that_is_no_claim_still_denies_what_it_governs() -> None:
    claims = _negated("The army refuted claims that the rebels had captured the airport.")
    assert [c.claimant.name for c in claims] == ["army"]
