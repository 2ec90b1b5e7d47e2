"""Officials named by person speak for their state (issue 8 item 5, issue 9 "contradictions are genuine"); a noun
of evidence is no party; "repeated the denial" is one act, not a habit. Sentences and names are our own."""

from __future__ import annotations

from typing import Any

from bench.quality_contradictions import side_matches

from counterclaim.claims import find_contradictions
from counterclaim.claims.dispute_sides import DisputeSideReader
from counterclaim.models import Claim, Claimant, Count, Location, Speaker, Statement
from readings import laid_out, sentence_claim

HAMA = Location(name="Hama", country="Syria", precision=1)
PUBLICATION = Claimant(name=None, kind="publication")


def claim(n: int, claimant: Claimant, **fields: Any) -> Claim:
    defaults: dict[str, Any] = {"targets": ["a school"], "locations": [HAMA], "trigger": "shelled"}
    return sentence_claim(n, **{**defaults, "claimant": claimant, **fields})


def statement(n: int, speaker: Speaker) -> Statement:
    return Statement(f"doc-s{n}", "doc", speaker, "it", False, "said", n * 100, n * 100 + 60)


def person(name: str, statement_id: str | None = None, on_behalf_of: str | None = None) -> Claimant:
    return Claimant(name=name, kind="person", statement_id=statement_id, on_behalf_of=on_behalf_of)


def accusation(n: int = 1) -> Claim:
    return claim(n, PUBLICATION, event_type="ACCUSE", actors=["Western powers"], targets=["Syria"], trigger="blamed")


def test_a_president_by_name_speaks_for_the_state_the_claimant_stage_gives() -> None:
    reader = DisputeSideReader([], {})
    side = reader.of_claimant(claim(1, person("Nadim Farouk", on_behalf_of="Syria")))
    assert side is not None and side.parties == frozenset({"Syria"})


def test_a_minister_by_title_speaks_for_the_reports_country() -> None:
    minister = Speaker("Nadim Farouk", "Foreign Minister Nadim Farouk", "person", title="Foreign Minister")
    claims = [claim(1, person("Nadim Farouk", "doc-s1"))]
    side = DisputeSideReader(claims, {"doc-s1": minister}).of_claimant(claims[0])
    assert side is not None and side.parties == frozenset({"Syria"})


def test_a_person_without_an_office_of_state_stays_their_own_side() -> None:
    resident = Speaker("Nadim Farouk", "Nadim Farouk", "person", title="shopkeeper", country="Syria")
    claims = [claim(1, person("Nadim Farouk", "doc-s1"))]
    side = DisputeSideReader(claims, {"doc-s1": resident}).of_claimant(claims[0])
    assert side is not None and side.parties == frozenset()


def test_the_ministers_denial_answers_the_accusation_of_his_state() -> None:
    text = laid_out(
        "Western powers blamed the government in Damascus for the shelling of a school in Hama.",
        "Foreign Minister Nadim Farouk repeated the government's denial on Monday.",
    )
    minister = Speaker("Nadim Farouk", "Foreign Minister Nadim Farouk", "person", title="Foreign Minister")
    denial = claim(2, person("Nadim Farouk", "doc-s2"), event_type="REJECT", targets=[], trigger="denial")
    found = find_contradictions([accusation(), denial], [statement(2, minister)], text=text)
    assert [(x.attribute, x.claimants) for x in found] == [("actor", ["Western powers", "Nadim Farouk"])]


def test_repeatedly_denied_is_still_a_habit() -> None:
    text = laid_out(
        "Western powers blamed the government in Damascus for the shelling of a school in Hama.",
        "Foreign Minister Nadim Farouk has repeatedly denied such attacks.",
    )
    minister = Speaker("Nadim Farouk", "Foreign Minister Nadim Farouk", "person", title="Foreign Minister")
    denial = claim(2, person("Nadim Farouk", "doc-s2"), event_type="REJECT", targets=[], trigger="denied")
    assert find_contradictions([accusation(), denial], [statement(2, minister)], text=text) == []


def test_an_official_is_not_set_against_his_own_ministry() -> None:
    ministry = claim(1, Claimant(name="Syrian Defence Ministry", kind="organisation"), negated=True)
    spokesman = claim(2, person("Nadim Farouk", on_behalf_of="Syrian Defence Ministry"), actors=["Syria"])
    assert find_contradictions([ministry, spokesman], []) == []


def test_a_noun_of_evidence_is_no_party() -> None:
    reader = DisputeSideReader([], {})
    assert reader.of_claimant(claim(1, Claimant(name="Evidence", kind="organisation"))) is None
    assert reader.of_claimant(claim(1, Claimant(name="New evidence", kind="organisation"))) is None
    assert reader.of_claimant(claim(1, Claimant(name="Evidence Watch", kind="organisation"))) is not None


def test_the_bench_matches_a_person_by_full_name_and_by_office_and_surname() -> None:
    assert side_matches("Lebanese interior minister Haddad", "Karim Haddad")
    assert not side_matches("Russian Defense Ministry", "Belgian Defense Ministry")
    assert not side_matches("Lebanese interior minister Haddad", "Karim Saleh")


def _rejection_of_the_us(own_denial: bool) -> list[str]:
    text = laid_out(
        "The US envoy John Miller said the army of Nadim Farouk shelled a school in Hama.",
        "Farouk told U.S. television he denied any link to the shelling and warned Washington.",
    )
    said = claim(1, person("John Miller", on_behalf_of="United States"))
    rejection = claim(
        2, PUBLICATION, event_type="REJECT", actors=["Farouk"], targets=["United States"], trigger="denied"
    )
    denied = claim(3, person("Farouk"), actors=["Farouk"], negated=True, start=240, end=260)
    claims = [said, rejection, denied] if own_denial else [said, rejection]
    return [x.attribute for x in find_contradictions(claims, [], text=text)]


def test_a_rejection_that_denies_the_rejectors_own_act_disputes_who_did_it() -> None:
    assert "actor" in _rejection_of_the_us(own_denial=True)
    assert _rejection_of_the_us(own_denial=False) == ["claim"]


def _killed(low: int) -> Count:
    return Count(category="killed", subject="people", low=low, high=low, qualifier=None, as_written=str(low))


def test_a_person_speaking_for_a_body_the_lexicon_does_not_know_is_one_side_with_it() -> None:
    """ "Karim Haddad, the Valley Watchs director" (apostrophe stripped) and "Valley Watch" quoted elsewhere: one
    body's figures, not two parties disagreeing about the toll."""
    director = claim(1, person("Karim Haddad", on_behalf_of="Valley Watchs"), counts=[_killed(12)])
    body = claim(2, Claimant(name="Valley Watch", kind="organisation"), counts=[_killed(30)])
    assert find_contradictions([director, body], []) == []


def test_a_person_of_an_unknown_body_still_disputes_another_party() -> None:
    director = claim(1, person("Karim Haddad", on_behalf_of="Valley Watch"), counts=[_killed(12)])
    ministry = claim(2, Claimant(name="Syrian Defence Ministry", kind="organisation"), counts=[_killed(30)])
    found = find_contradictions([director, ministry], [])
    assert [x.attribute for x in found] == ["count"]
