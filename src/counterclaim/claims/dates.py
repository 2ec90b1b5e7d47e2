"""Dates: when a claim says something happened, resolved against the report's publication date.

Rules (the first date expression in the span wins; ``as_written`` keeps its words):

- Words that mean the day of publication ("today", "this morning", "tonight", "hours after",
  "earlier today") → the published day, precision ``day``.
- "yesterday", "last night" → the day before, "tomorrow" the day after, ``day``.
- A weekday ("on Wednesday") → the latest such day on or before publication, ``day``
  (reports speak of the past: "on Wednesday" in a Wednesday report is that day).
- "this week" / "last week" / "next week" / "earlier this week" → Monday..Sunday of that week,
  ``week``; "this/last/next month" and "this/last/next year" likewise, ``month`` / ``year``.
- Relative expressions are deictic: they count from the publication date and never from another
  date the text names. Phrases that count from a day the narrative names ("the next day", "two
  days later") are not resolved (their words are kept): anchored to the publication they would
  name a day the report never meant.
- A date with a month name ("on 9 May 2020", "Sept. 30", "in May 2020", "Monday 4 July") goes to
  dateparser (RELATIVE_BASE = publication, PREFER_DATES_FROM = past); its period gives the
  precision, and a month or year gives the whole month or year as start..end. So does "two
  years ago" (counted back from publication). Nothing else goes to dateparser: it reads a bare
  duration ("three days", "48-hour") as a day in the past and a bare number as a year.
- A four-digit number is a year only in a date context (see ``_year_in_context``) and inside a
  plausible window (``plausible_year``): "resolution 2118", "short URL 6319", "0700 GMT" and
  "some 2000 fighters" are not years. A year range ("between 2012 and 2014", "2012-2014")
  spans its years.
- Clock times ("0700 GMT", "15:30") are times of day, not dates.
- Without a publication date, only expressions that carry their own year resolve; everything
  else stays unknown (start None) so that no run depends on today's date.

Every claim of a report with a publication date also carries that day as ``reported``: the
latest the event can have happened as far as this report goes, kept apart from the text's own
date so that a filter can choose either (``counterclaim claims --since`` falls back to it,
``--text-dates-only`` ignores it).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from spacy.tokens import Span

from counterclaim.datafiles import SHARED, words
from counterclaim.models import DateRef
from counterclaim.nlp import entities_starting

__all__ = ["plausible_year", "resolve_date"]

_DATA = "counterclaim.claims"
YEAR_PREPOSITIONS = words(_DATA, "year_prepositions")
YEAR_PERIOD_WORDS = words(_DATA, "year_period_words")

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SAME_DAY = re.compile(
    r"\b(?:(?:earlier |later )?today|this (?:morning|afternoon|evening)|tonight|(?:just |a few |several )?hours?"
    r" (?:after|before|ago|earlier|later)|earlier in the day)\b",
    re.IGNORECASE,
)
DAY_BEFORE = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)
DAY_AFTER = re.compile(r"\btomorrow\b", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:(?:on|last|this|early|late) )?(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
PERIOD = re.compile(r"\b(?:(earlier |later )?(this|last|past|previous|next|coming) (week|month|year))\b", re.IGNORECASE)
AGO = re.compile(r"\bago\b", re.IGNORECASE)
# A four-digit number that is not part of a longer figure ("1,200", "2.5", "20,000"): a candidate year.
YEAR = re.compile(r"(?<![\d.,])\b([12]\d{3})\b(?![.,]?\d)")
YEAR_RANGE = re.compile(r"^\s*([12]\d{3})\s*[-–/]\s*([12]\d{3})\s*$")
# A month's name or abbreviation as a whole word ("Dec" is not "decade", "Mar" not "married").
_MONTH_WORDS = words(SHARED, "months") | words(SHARED, "month_abbreviations")
_MONTH = r"(?:" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + r")\b\.?"
MONTH_NAME = re.compile(rf"\b{_MONTH}", re.IGNORECASE)
# Written-out dates the small model sometimes cuts short ("Around 3 May 2020" tagged "May 2020").
FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b",
    re.IGNORECASE,
)

YEARS_BACK, YEARS_AHEAD = 30, 1
"""The window a year must fall in around the publication year: older years are history the report
recalls, later ones plans; neither dates the report's events, and a number outside it that looks like
a year is far likelier a resolution, an id or a count."""
NO_BASE_YEARS = (1900, 2099)
"""The window without a publication date: the years a report on modern conflict speaks of."""
FULL_DATE_YEARS = (1800, 2199)
"""A written full date (day, month and year) is a date whatever its distance from publication."""


def plausible_year(year: int, published: date | None, *, full_date: bool = False) -> bool:
    """Whether ``year`` can date an event in a report published on ``published``.

    [published - 30 years, published + 1 year]; without a publication date 1900-2099; a full date
    written with day, month and year is taken at its word (1800-2199).
    """
    if full_date:
        low, high = FULL_DATE_YEARS
    elif published is None:
        low, high = NO_BASE_YEARS
    else:
        low, high = published.year - YEARS_BACK, published.year + YEARS_AHEAD
    return low <= year <= high


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None


def _day(day: date, written: str) -> DateRef:
    iso = day.isoformat()
    return DateRef(start=iso, end=iso, as_written=written, precision="day")


def _years(first: int, last: int, written: str) -> DateRef:
    return DateRef(f"{first:04d}-01-01", f"{last:04d}-12-31", written, "year")


def _period(base: date, which: str, unit: str, written: str) -> DateRef:
    back = which.lower() in {"last", "past", "previous"}
    if which.lower() in {"next", "coming"}:
        ahead = {"week": base + timedelta(weeks=1), "month": (base.replace(day=28) + timedelta(days=4)), "year": base}
        base, which = ahead[unit], "this"
        if unit == "year":
            return _years(base.year + 1, base.year + 1, written)
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) - timedelta(weeks=1 if back else 0)
        return DateRef(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), written, "week")
    if unit == "month":
        year, month = base.year, base.month
        if back:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        last = calendar.monthrange(year, month)[1]
        return DateRef(date(year, month, 1).isoformat(), date(year, month, last).isoformat(), written, "month")
    year = base.year - 1 if back else base.year
    return _years(year, year, written)


def _weekday(match: re.Match[str], base: date) -> DateRef:
    wanted = WEEKDAYS[match.group(1).lower()]
    back = (base.weekday() - wanted) % 7
    if match.group().lower().startswith("last") and back == 0:
        back = 7
    return _day(base - timedelta(days=back), match.group())


def _relative_all(text: str, base: date) -> list[tuple[int, DateRef]]:
    """Every deictic expression in ``text`` (offset, date), each counted from ``base``, the publication day."""
    found: list[tuple[int, DateRef]] = []
    for m in SAME_DAY.finditer(text):
        found.append((m.start(), _day(base, m.group())))
    for m in DAY_BEFORE.finditer(text):
        found.append((m.start(), _day(base - timedelta(days=1), m.group())))
    for m in DAY_AFTER.finditer(text):
        found.append((m.start(), _day(base + timedelta(days=1), m.group())))
    for m in WEEKDAY.finditer(text):
        found.append((m.start(), _weekday(m, base)))
    for m in PERIOD.finditer(text):
        found.append((m.start(), _period(base, m.group(2), m.group(3).lower(), m.group())))
    return sorted(found, key=lambda pair: pair[0])


def _relative(text: str, base: date) -> DateRef | None:
    """The earliest deictic expression in ``text``, resolved against ``base``."""
    found = _relative_all(text, base)
    return found[0][1] if found else None


@cache
def _parser(base_iso: str | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if base_iso is not None:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base_iso)
    return DateDataParser(languages=["en"], settings=settings)


def _absolute(text: str, base: date | None) -> DateRef | None:
    """A date dateparser can read ("9 May 2020", "Sept. 30", "May 2020"), with its period as precision.

    A year dateparser returns must be plausible (``plausible_year``): a full written date is taken at
    its word, anything else must fall in the window around publication.
    """
    written_year = YEAR.search(text)
    if base is None and not written_year:
        return None
    cleaned = re.sub(r"^(?:on|in|since|from|by|during|early|late|mid|the|of)\s+", "", text.strip(), flags=re.IGNORECASE)
    data = _parser(None if base is None else base.isoformat()).get_date_data(cleaned)
    when = data.date_obj if data is not None else None
    if when is None:
        return None
    period = data.period or "day"
    day = when.date()
    if base is not None and not written_year and MONTH_NAME.search(text) and day > base:
        day = day.replace(year=day.year - 1)  # "Sept. 30" in an October report is last September
    if not plausible_year(day.year, base, full_date=FULL_DATE.search(text) is not None):
        return None
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return DateRef(day.replace(day=1).isoformat(), day.replace(day=last).isoformat(), text, "month")
    if period == "year":
        return _years(day.year, day.year, text)
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return DateRef(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), text, "week")
    return _day(day, text)


def _year_in_context(ent: Span, first_year_at: int) -> bool:
    """Whether the first four-digit number of ``ent`` (at ``first_year_at`` in its text) is used as a year.

    A date context is a temporal preposition right before the entity ("in 2012", "since 2011") or in
    it before the number ("Between 2012 and 2014"), a part-of-year word in it ("mid-2014", "the
    summer of 2012", "the year 2013"), a possessive after it ("2015's offensive"), or a range of two
    years ("2012-2014"). "resolution 2118", "short URL 6319" and "some 2000 fighters" have none.
    """
    doc = ent.doc
    before = {w.casefold() for w in re.findall(r"[A-Za-z]+", ent.text[:first_year_at])}
    if before & (YEAR_PREPOSITIONS | YEAR_PERIOD_WORDS):
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ in YEAR_PREPOSITIONS:
        return True
    if ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s"}:
        return True
    return YEAR_RANGE.match(ent.text) is not None


def _year_date(ent: Span, base: date | None) -> DateRef | None:
    """A year or a range of years written without a month ("in 2012", "mid-2014", "2012-2014"), else None."""
    found = list(YEAR.finditer(ent.text))
    if not found or not _year_in_context(ent, found[0].start()):
        return None
    years = sorted(int(m.group(1)) for m in found)
    if not all(plausible_year(year, base) for year in years):
        return None
    return _years(years[0], years[-1], ent.text)


def _entity_date(ent: Span, base: date | None) -> DateRef | None:
    """The date a DATE entity names, or None: a month-name date, a deictic phrase, "N years ago", a year."""
    text = ent.text
    if MONTH_NAME.search(text):
        resolved = _absolute(text, base)
        return resolved if resolved is not None or base is None else _relative(text, base)
    if base is not None and (resolved := _relative(text, base)) is not None:
        return resolved
    if base is not None and AGO.search(text):
        return _absolute(text, base)
    return _year_date(ent, base)


def _time_date(ent: Span, base: date | None) -> DateRef | None:
    """A TIME entity dates a claim only when deictic ("tonight", "this morning"): a clock time ("0700 GMT",
    "15:30") or a span of hours ("48-hour") is no date."""
    return None if base is None else _relative(ent.text, base)


def _is_bare_number(text: str) -> bool:
    """A number with nothing around it ("2118", "0700", "some 2000"): when it is not a year, it is no date at all."""
    return re.fullmatch(r"(?:[A-Za-z]+\s+)?[\d,.]+", text.strip()) is not None


def _date_entities(span: Span) -> list[Span]:
    return list(entities_starting(span.doc, span.start, span.end, "DATE", "TIME"))


def _overlaps(start: int, end: int, taken: list[tuple[int, int, DateRef]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end, _ in taken)


def _add(found: list[tuple[int, int, DateRef]], start: int, ref: DateRef) -> None:
    """Keep ``ref`` (at ``start``) unless an earlier rule already read the same words."""
    end = start + max(len(ref.as_written or ""), 1)
    if not _overlaps(start, end, found):
        found.append((start, end, ref))


def _own_date(span: Span, base: date | None) -> DateRef:
    """The date the words of ``span`` give, ignoring publication as a fallback; DateRef() when none."""
    resolved: list[tuple[int, int, DateRef]] = []
    unresolved: list[tuple[int, int, DateRef]] = []
    for match in FULL_DATE.finditer(span.text):
        if (ref := _absolute(match.group(), base)) is not None:
            _add(resolved, span.start_char + match.start(), ref)
    for ent in _date_entities(span):
        ref = _time_date(ent, base) if ent.label_ == "TIME" else _entity_date(ent, base)
        if ref is not None:
            _add(resolved, ent.start_char, ref)
        elif ent.label_ == "DATE" and not _is_bare_number(ent.text):
            _add(unresolved, ent.start_char, DateRef(as_written=ent.text))
    if base is not None:
        for offset, ref in _relative_all(span.text, base):
            _add(resolved, span.start_char + offset, ref)
    elif m := (
        SAME_DAY.search(span.text)
        or DAY_BEFORE.search(span.text)
        or DAY_AFTER.search(span.text)
        or WEEKDAY.search(span.text)
        or PERIOD.search(span.text)
    ):
        _add(unresolved, span.start_char + m.start(), DateRef(as_written=m.group()))
    for found in (resolved, unresolved):  # unknown, but the words are kept
        if found:
            return min(found, key=lambda item: item[0])[2]
    return DateRef()


def resolve_date(span: Span, published: str | None) -> DateRef:
    """The date ``span`` gives for its event ("on Wednesday", "this morning"), plus the day it was reported.

    ``start``/``end`` stay None when the words give no date; ``reported`` is the publication day
    whenever the report has one, so that no claim of a dated report is left without a date.
    """
    base = _published_date(published)
    own = _own_date(span, base)
    return dataclasses.replace(own, reported=base.isoformat() if base is not None else None)
