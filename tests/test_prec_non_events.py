"""Claim precision (issue 8): words that match an event trigger but report no event, and page furniture run into
scraped text. Every sentence is written for this test; each states a general class (docs/claim-precision.md)."""

from __future__ import annotations

import pytest

from counterclaim.ingest.clean import clean_text
from counterclaim.pipeline import extract


def _types(text: str) -> list[str]:
    return [c.event_type for c in extract(text).claims if c.modality == "asserted"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The uprising began in March 2011 and has since cost many lives.", "PROTEST"),  # a month, not a march
        ("Iranian-backed militias shelled the market town on Monday.", "SUPPORT"),  # a hyphenated description
        ("The jets dropped internationally-banned munitions on the suburb.", "COERCE"),  # a legal status
        ("The Front (outlawed in several countries) shelled the village.", "COERCE"),  # a bracketed advisory
        ("The brigade was not able to cut the highway, locals said.", "SANCTION"),  # a negated ability
        ("Speaking to a news agency, the governor said the town was quiet.", "CONSULT"),  # an attribution frame
        ("Four men were executed for cooperating with the authorities.", "COOPERATE"),  # a stated reason
        ("Civilian casualties have been heavy in the valley this year.", "ASSAULT"),  # a toll noun alone
        ("The ministry released footage of the ceremony.", "RETREAT"),  # publishing, not freeing
        ("Residents offered differing accounts of the toll.", "AGREE"),
    ],
)
def test_a_trigger_word_that_reports_no_event_makes_no_claim_of_that_type(text: str, absent: str) -> None:
    assert absent not in _types(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Guards freed the hostages at dawn.", "RETREAT"),
        ("Thirty casualties were taken to the field hospital.", "ASSAULT"),
        ("The fighters tried to arrest two shopkeepers in the square.", "COERCE"),  # an attempt is coded
        ("The warehouse workers went on strike over unpaid wages.", "PROTEST"),
        ("Thousands marched through the capital on Friday to mourn the victims.", "PROTEST"),
        ("The envoy wrote to both sides last week, urging them to return to talks.", "REQUEST"),  # content, no frame
    ],
)
def test_the_same_words_still_report_events_where_they_do(text: str, present: str) -> None:
    assert present in _types(text)


_BODY = (
    "Shelling hit the eastern districts of the city on Sunday and killed four people, a local official said. "
    "Rescue teams worked through the night to clear the rubble from two collapsed buildings near the market. "
    "The official said the shells were fired from positions held by the army on the hills south of the town."
)


def test_inline_related_links_and_sign_up_lines_are_cut_from_a_run_on_paragraph() -> None:
    text = _BODY + " Related News Minister Visits Capital | Talks Resume in Geneva Never miss a story again sign up"
    cleaned = clean_text(text)
    assert cleaned.endswith("south of the town.")
    assert "Related News" not in cleaned and "Geneva" not in cleaned


def test_an_inline_marker_early_in_a_text_is_prose_and_stays() -> None:
    text = "Related News agencies said the strike killed four. " + _BODY
    assert clean_text(text).startswith("Related News agencies")


def test_a_photo_caption_and_its_credit_are_removed_with_the_text_around_them_kept() -> None:
    caption = "Published May 3 A boy walks past damaged shops in the old city on Friday (AFP Photo) "
    cleaned = clean_text(caption + _BODY)
    assert cleaned.startswith("Shelling hit the eastern districts")
    assert "boy walks" not in cleaned


def test_a_caption_that_ends_in_its_own_full_stop_is_removed_alone() -> None:
    text = _BODY + " Smoke rises over the suburb after the raid. (File photo) Two more people died later that day."
    cleaned = clean_text(text)
    assert "Smoke rises" not in cleaned and "(File photo)" not in cleaned
    assert cleaned.endswith("south of the town. Two more people died later that day.")
