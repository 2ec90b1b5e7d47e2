"""A bare toll right after a sourced sentence is that source's toll; a toll with a place or a perpetrator of its
own, or after an unsourced sentence, is not. Own paraphrases of the construction, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.models import Claimant
from counterclaim.pipeline import extract


def _claimant(text: str, written: str) -> Claimant:
    """The claimant of the first claim with a count written as ``written`` (the start of the count's words)."""
    claims = extract(text, published="2016-05-02").claims
    return next(c.claimant for c in claims if any(k.as_written.startswith(written) for k in c.counts))


@pytest.mark.slow
def test_a_bare_toll_after_a_sourced_sentence_is_the_sources() -> None:
    text = (
        "According to the Levant Rights Monitor, government jets bombed a bakery in the old quarter on Monday. "
        "At least 17 civilians were killed."
    )
    assert _claimant(text, "At least 17").name == "Levant Rights Monitor"


@pytest.mark.slow
def test_a_bare_toll_of_wounded_after_a_reporting_verb_is_the_sources() -> None:
    text = "The local council said a car bomb exploded near the grain market on Friday. Twelve people were wounded."
    assert _claimant(text, "Twelve").name == "local council"


@pytest.mark.slow
def test_a_toll_with_its_own_perpetrator_is_the_outlets() -> None:
    text = (
        "According to the Levant Rights Monitor, government jets bombed a bakery in the old quarter on Monday. "
        "Rebel rockets killed 23 soldiers."
    )
    assert _claimant(text, "23").kind == "publication"


@pytest.mark.slow
def test_a_toll_at_a_place_of_its_own_is_the_outlets() -> None:
    text = (
        "According to the Levant Rights Monitor, government jets bombed a bakery in the old quarter on Monday. "
        "At least 31 people were killed in Maarat al-Numan."
    )
    assert _claimant(text, "At least 31").kind == "publication"


@pytest.mark.slow
def test_a_bare_toll_after_an_unsourced_sentence_is_the_outlets() -> None:
    text = "Government jets bombed a bakery in the old quarter on Monday. At least 17 civilians were killed."
    assert _claimant(text, "At least 17").kind == "publication"
