"""Who gives a figure when the report relays it: a headline repeated at the body's start, an NGO ending a headline,
and a participle after a place that is no reporting verb of its own.

Own paraphrases of the constructions, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow

OBSERVATORY = "Syrian Observatory for Human Rights"


def _counted(text: str) -> list[Claim]:
    claims = extract(text, published="2016-05-02").claims
    return [c for c in claims if any(k.category in {"killed", "injured"} for k in c.counts)]


def test_a_headline_repeated_at_the_body_start_keeps_the_headline_source() -> None:
    headline = "Shelling kills 9 farmers in Hama countryside monitor"
    text = (
        f"{headline}\n\n{headline} Mortar fire hit a market near Hama on Monday killing nine farmers, the"
        " Syrian Observatory for Human Rights said."
    )
    body = text.index("\n\n") + 2
    repeated = [c for c in _counted(text) if body <= c.start < body + len(headline)]
    assert repeated and all(c.claimant.name == OBSERVATORY for c in repeated)


def test_ngo_ending_a_headline_is_a_source() -> None:
    text = "Troops kill 21 gunmen in desert raid NGO\n\nThe raid took place before dawn on Sunday."
    headline = [c for c in _counted(text) if c.start < text.index("\n")]
    assert headline and headline[0].claimant.name == "NGO"


def test_a_participle_after_a_place_is_no_reporting_verb() -> None:
    text = "Mortar rounds fell on the Salhin district claiming the lives of four and wounding 11 others."
    assert all(c.claimant.kind == "publication" for c in _counted(text))
