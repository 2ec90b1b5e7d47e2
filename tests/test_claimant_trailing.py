"""Who gives a figure when the source follows it without a comma in shapes the parser misreads, when the verb's
object is the reported event, and when "it" reports on after a named source. Own paraphrases, never evaluation text.
"""

from __future__ import annotations

import pytest

from readings import claimant_of


@pytest.mark.slow
def test_a_closing_reports_read_as_a_noun_still_names_the_source() -> None:
    text = (
        "Air raids on the old market killed at least 9 people including two children on Tuesday "
        "the Syrian Network for Human Rights reports."
    )
    assert claimant_of(text, "at least 9 people") == "Syrian Network for Human Rights"


@pytest.mark.slow
def test_a_participle_after_the_trailing_verb_is_no_complement() -> None:
    text = "The ambush killed 14 soldiers near the border the Levant Rights Monitor said, revising an earlier toll."
    assert "Levant Rights Monitor" in (claimant_of(text, "14 soldiers") or "")


@pytest.mark.slow
def test_a_clause_coordinated_with_the_claim_does_not_hide_the_trailing_source() -> None:
    text = "A rocket had wounded six people the Levant Rights Monitor said but it could not tell who fired it."
    assert "Levant Rights Monitor" in (claimant_of(text, "six people") or "")


@pytest.mark.slow
def test_the_reported_object_is_the_reporters_claim() -> None:
    text = "The health directorate confirmed the deaths of three nurses in the raid on the clinic."
    assert "health directorate" in (claimant_of(text, "three nurses") or "")


@pytest.mark.slow
def test_it_reporting_on_continues_the_source_named_before() -> None:
    text = (
        "Air raids killed eight people in the village, the Levant Rights Monitor said. "
        "It reported four more deaths in mortar fire on the town."
    )
    assert "Levant Rights Monitor" in (claimant_of(text, "four more deaths") or "")


@pytest.mark.slow
def test_a_place_run_into_the_source_is_not_part_of_its_name() -> None:
    text = "Rockets also wounded four people in the Qassaa district of central Damascus SANA said citing police."
    name = claimant_of(text, "four people") or ""
    assert "SANA" in name and "district" not in name


@pytest.mark.slow
def test_an_inverted_source_after_the_verb_is_the_source() -> None:
    text = "Militants kidnapped and killed three men in the eastern province of Raqqa said the Levant Rights Monitor."
    assert "Levant Rights Monitor" in (claimant_of(text, "three men") or "")


@pytest.mark.slow
def test_a_day_after_the_verb_is_no_inverted_source() -> None:
    text = "Troops killed 70 militants in the east the Levant Agency reported Friday."
    assert claimant_of(text, "70 militants") == "Levant Agency"


@pytest.mark.slow
def test_the_subject_of_the_reported_clause_is_no_inverted_source() -> None:
    text = "The army said the rebels killed 23 civilians in the village."
    assert claimant_of(text, "23 civilians") == "army"
