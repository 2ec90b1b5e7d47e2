"""Page furniture between the dateline and the first sentence, and at the end of scraped reports (ingest/clean.py).

Why: a share widget's counters ("Get short URL 0 13") become figures, and a tag list ("Tags Syria shelling
airstrikes ...") becomes claims of shelling and air strikes that no sentence of the report asserts. Every text
here is written for this test.
"""

from __future__ import annotations

from counterclaim.ingest.clean import clean_text


def test_share_widget_and_its_counters_go() -> None:
    cleaned = clean_text("03.02.2016Get short URL 0 21 Gunmen attacked a checkpoint near the river.")
    assert cleaned == "03.02.2016 Gunmen attacked a checkpoint near the river."


def test_share_widget_with_update_time_and_topic_goes() -> None:
    text = "03.02.2016(updated 1412 03.02.2016) Get short URL Topic War in the North (212) 4 Gunmen fired at a bus."
    assert clean_text(text) == "03.02.2016 Gunmen fired at a bus."


def test_tag_list_goes_up_to_the_first_sentence() -> None:
    text = "Bombing hits market. Tags Syria market bombing airstrikes Idlib At least nine people died in the blast."
    assert clean_text(text) == "Bombing hits market. At least nine people died in the blast."


def test_tag_list_without_a_clear_first_sentence_is_kept() -> None:
    text = "Tags Qamishli Kurdish regime warplanes bombed positions in the north."
    assert clean_text(text) == text


def test_tags_inside_a_sentence_are_prose() -> None:
    text = "The soldiers said the Tags The militia wore were blue, and the town was calm."
    assert clean_text(text) == text


def test_wire_credit_line_and_standards_note_at_the_end_go() -> None:
    body = "The army shelled the town on Monday and killed ten people, a monitor said. Rebels answered with rockets."
    text = f"{body} Reporting by Ann Smith; Editing by Bo Lee Our Standards:The Wire Trust Principles."
    assert clean_text(text) == body


def test_a_reporting_credit_in_prose_is_kept() -> None:
    text = "Officials met on Monday. Reporting by the local radio station said the bridge was shut; editing by hand."
    assert clean_text(text) == text


def test_publication_date_label_before_the_first_sentence_goes() -> None:
    title = "Shelling hits a river town"
    text = f"{title}\n\nDate of publication 3 May 2019 Video Gunmen shelled the river town on Friday, a monitor said."
    assert clean_text(text) == f"{title}\n\nGunmen shelled the river town on Friday, a monitor said."


def test_update_label_with_a_year_run_into_the_day_goes() -> None:
    text = "Last updated at Mar 142018 BEIRUT Rockets fell on two villages near the border on Sunday."
    assert clean_text(text) == "BEIRUT Rockets fell on two villages near the border on Sunday."


def test_published_in_prose_is_kept() -> None:
    text = "Published on Monday, the report said the army took a hill overlooking the road."
    assert clean_text(text) == text


def test_source_credit_after_the_last_sentence_goes() -> None:
    body = "Rebels shelled a village near the lake on Monday and killed four people, a local council said."
    assert clean_text(f"{body} Source Wire Service and agencies") == body
    assert clean_text(f"{body} (Source: The Council Media Office) Twitter") == body


def test_a_source_in_prose_is_kept() -> None:
    text = "Rebels shelled a village near the lake, a monitor said. Source documents were seized by the army."
    assert clean_text(text) == text
