"""Contradictions that are real (issue 8 item 5): the rule classes added for habitual denials and rejections
whose object is the denied event. Sentences are our own."""

from __future__ import annotations

from typing import Any

from counterclaim.claims import find_contradictions
from counterclaim.models import Claim, Claimant, Location
from readings import laid_out, sentence_claim

IDLIB = Location(name="Idlib", country="Syria", precision=1)
PUBLICATION = Claimant(name=None, kind="publication")


def claim(n: int, speaker: str | None, **fields: Any) -> Claim:
    defaults: dict[str, Any] = {
        "mode": "aerial",
        "actors": ["Russia"],
        "targets": ["a bakery"],
        "locations": [IDLIB],
        "trigger": "struck",
    }
    return sentence_claim(
        n, **{**defaults, "claimant": Claimant(name=speaker, kind="group") if speaker else PUBLICATION, **fields}
    )


def test_a_habitual_denial_answers_no_accusation_of_this_report() -> None:
    text = laid_out(
        "Monitors said Russian jets struck a bakery in Idlib.",
        "Moscow has repeatedly denied striking civilian sites.",
    )
    said = claim(1, "monitors", start=100, end=152)
    denied = claim(2, "Russian Defence Ministry", negated=True, start=200, end=253)
    assert find_contradictions([said, denied], [], text=text) == []
    assert [x.attribute for x in find_contradictions([said, denied], [])] == ["actor"]


def test_a_denial_over_the_whole_war_is_a_stance_not_an_answer() -> None:
    text = laid_out(
        "Monitors said Russian jets struck a bakery in Idlib.",
        "Moscow has denied striking civilian sites during the six-year war.",
    )
    said = claim(1, "monitors", start=100, end=152)
    denied = claim(2, "Russian Defence Ministry", negated=True, start=200, end=266)
    assert find_contradictions([said, denied], [], text=text) == []


def test_a_denial_of_this_strike_still_disputes_it() -> None:
    text = laid_out(
        "Monitors said Russian jets struck a bakery in Idlib.",
        "Moscow denied striking the bakery on Tuesday.",
    )
    said = claim(1, "monitors", start=100, end=152)
    denied = claim(2, "Russian Defence Ministry", negated=True, start=200, end=245)
    assert [x.attribute for x in find_contradictions([said, denied], [], text=text)] == ["actor"]


def test_parties_inside_a_denied_event_are_not_whose_claims_are_rejected() -> None:
    # "The Kurdish commander denied government bombings of the Turkish-backed fighters": Turkey is the victim
    # in what is denied, so the denial does not reject what Turkish officials said.
    turkish = claim(1, "Turkish officials", actors=["Syria"], targets=["Turkey"])
    rejection = claim(
        2, None, event_type="REJECT", mode=None, actors=["Kurds"], targets=["Syria", "Turkey"], trigger="denied"
    )
    denied = claim(3, "a Kurdish commander", actors=["Syria"], targets=["Turkey"], negated=True, start=200, end=260)
    found = find_contradictions([turkish, rejection, denied], [])
    assert "claim" not in [x.attribute for x in found]
