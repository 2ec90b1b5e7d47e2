"""Dates: relative and absolute expressions resolved against the publication date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim import nlp
from counterclaim.claims.dates import resolve_date
from counterclaim.models import DateRef

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def language() -> Language:
    return nlp.load()


def resolve(language: Language, text: str, published: str | None) -> DateRef:
    return resolve_date(language(text)[:], published)


def test_seed_this_morning(language: Language) -> None:
    text = "The military action it has undertaken in Syria this morning is directed at ISIL."
    ref = resolve(language, text, "2015-09-30")
    assert (ref.start, ref.end, ref.precision, ref.as_written) == ("2015-09-30", "2015-09-30", "day", "this morning")


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "precision"),
    [
        ("Jets struck the town today.", "2015-09-30", "2015-09-30", "2015-09-30", "day"),
        ("Yesterday three soldiers were killed.", "2015-10-02", "2015-10-01", "2015-10-01", "day"),
        ("On Wednesday, jets struck targets.", "2015-10-02", "2015-09-30", "2015-09-30", "day"),
        ("On Friday, jets struck targets.", "2015-10-02T14:00:00Z", "2015-10-02", "2015-10-02", "day"),
        ("The attacks came hours after parliament approved the use of force.", "2015-09-30", "2015-09-30",
         "2015-09-30", "day"),
        ("Last week the coalition conducted strikes.", "2015-10-02", "2015-09-21", "2015-09-27", "week"),
        ("On 9 May 2020, forces exchanged fire.", "2020-05-12", "2020-05-09", "2020-05-09", "day"),
        ("The raid happened on Sept. 30, officials said.", "2015-10-02", "2015-09-30", "2015-09-30", "day"),
        ("In May 2020, protests spread.", "2020-06-01", "2020-05-01", "2020-05-31", "month"),
    ],
)  # fmt: skip
def test_resolution(language: Language, text: str, published: str, start: str, end: str, precision: str) -> None:
    ref = resolve(language, text, published)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)


def test_a_date_with_its_year_needs_no_publication_date(language: Language) -> None:
    ref = resolve(language, "Around 17 August 2021 (as reported), the bodies of two farmers were recovered.", None)
    assert (ref.start, ref.precision) == ("2021-08-17", "day")


def test_unknown_stays_unknown_but_keeps_the_words(language: Language) -> None:
    ref = resolve(language, "The raid happened on Sept. 30, officials said.", None)
    assert ref.start is None and ref.end is None and ref.as_written == "Sept. 30"
    assert resolve(language, "Yesterday three soldiers were killed.", None).start is None


def test_no_date_at_all(language: Language) -> None:
    assert resolve(language, "Troops attacked the town.", "2020-06-01") == DateRef()


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("Talks could resume as soon as tomorrow.", "2015-10-01", "2015-10-01", "day"),
        ("The ministers meet next week.", "2015-10-05", "2015-10-11", "week"),
        ("Elections are due next month.", "2015-10-01", "2015-10-31", "month"),
    ],
)
def test_future_expressions_are_not_pushed_into_the_past(
    language: Language, text: str, start: str, end: str, precision: str
) -> None:
    ref = resolve(language, text, "2015-09-30")
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)
