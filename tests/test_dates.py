"""Dates: relative and absolute expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from counterclaim.claims.dates import plausible_year, resolve_date
from counterclaim.models import DateRef

pytestmark = pytest.mark.slow


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
    assert resolve(language, "Troops attacked the town.", "2020-06-01") == DateRef(reported="2020-06-01")
    assert resolve(language, "Troops attacked the town.", None) == DateRef()


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


@pytest.mark.parametrize(
    "text",
    [
        "The council passed resolution 2254 on the truce.",
        "The statement is online under the short link 7431.",
        "Shelling started at 0600 GMT in the eastern districts.",
        "Both sides accepted a 72-hour truce in the city.",
        "The 1800 fighters who surrendered were bussed north.",
        "Artillery hit the camp at 14:45 local time.",
        "Flight 5321 was grounded after the strike.",
    ],
)
def test_numbers_that_are_not_years(language: Language, text: str) -> None:
    ref = resolve(language, text, "2016-07-12")
    assert ref.start is None and ref.reported == "2016-07-12"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The rebels have held the town since 2013.", "2013-01-01", "2013-12-31"),
        ("In mid-2014 the militants overran the city.", "2014-01-01", "2014-12-31"),
        ("Between 2012 and 2014 the old city was besieged.", "2012-01-01", "2014-12-31"),
        ("The offensive of 2015 stalled outside the town.", "2015-01-01", "2015-12-31"),
    ],
)
def test_a_year_in_a_date_context(language: Language, text: str, start: str, end: str) -> None:
    ref = resolve(language, text, "2016-07-12")
    assert (ref.start, ref.end, ref.precision) == (start, end, "year")


def test_a_year_outside_the_window_is_not_a_date_unless_written_as_a_full_date(language: Language) -> None:
    assert resolve(language, "The town was first shelled in 1975.", "2016-07-12").start is None
    assert resolve(language, "Protests are planned in 2030.", "2016-07-12").start is None
    ref = resolve(language, "The town was gassed on 16 March 1988.", "2016-07-12")
    assert (ref.start, ref.precision) == ("1988-03-16", "day")


def test_the_window_follows_the_publication_date() -> None:
    published = date(2016, 7, 12)
    assert plausible_year(1986, published) and plausible_year(2017, published)
    assert not plausible_year(1985, published) and not plausible_year(2018, published)
    assert plausible_year(1960, published, full_date=True)
    assert plausible_year(2020, None) and not plausible_year(2118, None)


def test_deictic_words_count_from_publication_not_from_a_date_the_text_names(language: Language) -> None:
    doc = language("Talks collapsed on 3 June 2016. Jets struck the market today, the monitor said.")
    second = list(doc.sents)[1]
    assert resolve_date(second, "2016-07-12").start == "2016-07-12"
    ago = resolve(language, "Two years ago the army lost the town.", "2016-07-12")
    assert (ago.start, ago.precision) == ("2014-01-01", "year")


def test_days_counted_from_the_narrative_are_not_anchored_to_publication(language: Language) -> None:
    ref = resolve(language, "The following day, the army shelled the village.", "2016-07-12")
    assert ref.start is None and ref.reported == "2016-07-12"


def test_durations_are_not_dates(language: Language) -> None:
    for text in ("The fighting lasted three days.", "After five years of war the town lies empty."):
        assert resolve(language, text, "2016-07-12").start is None


def test_a_weekday_with_its_date_takes_the_date(language: Language) -> None:
    ref = resolve(language, "Jets struck the town on Monday 4 July.", "2016-07-12")
    assert (ref.start, ref.precision) == ("2016-07-04", "day")


def test_a_month_name_is_a_whole_word(language: Language) -> None:
    assert resolve(language, "A decade of war has emptied the town.", "2016-07-12").start is None
