"""CSV-escaped quote marks (``""like this""``) are undone during cleaning, before any offset is taken."""

from __future__ import annotations

from counterclaim.ingest.clean import clean_text
from counterclaim.ingest.quotes import undouble_quotes


def test_doubled_marks_around_words_become_single() -> None:
    text = 'The governor said ""the convoy was hit twice"" near the bridge.'
    assert undouble_quotes(text) == 'The governor said "the convoy was hit twice" near the bridge.'


def test_doubled_mark_after_punctuation_closes_the_quote() -> None:
    assert undouble_quotes('He said ""we will return,"" and left.') == 'He said "we will return," and left.'


def test_text_without_doubled_marks_is_unchanged() -> None:
    text = 'A spokesman said "the area is calm" on Monday.'
    assert undouble_quotes(text) is text


def test_an_empty_pair_between_spaces_is_left_alone() -> None:
    assert undouble_quotes('an "" mark') == 'an "" mark'


def test_cleaning_undoes_the_escape_after_curly_marks_are_straightened() -> None:
    assert clean_text("The militia said “”we hold the town“” today.") == 'The militia said "we hold the town" today.'
