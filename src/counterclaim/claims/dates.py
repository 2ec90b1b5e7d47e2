"""Dates: when a claim says something happened, resolved against the report's publication date.

Rules (the first date expression in the span wins; ``as_written`` keeps its words):

- Words that mean the day of publication ("today", "this morning", "tonight", "hours after",
  "earlier today") → the published day, precision ``day``.
- "yesterday", "last night" → the day before, "tomorrow" the day after, ``day``.
- A weekday ("on Wednesday") → the latest such day on or before publication, ``day``
  (reports speak of the past: "on Wednesday" in a Wednesday report is that day).
- "this week" / "last week" / "next week" / "earlier this week" → Monday..Sunday of that week,
  ``week``; "this/last/next month" and "this/last/next year" likewise, ``month`` / ``year``.
- Anything else that spaCy tags DATE ("on 9 May 2020", "Sept. 30", "in May 2020") goes to
  dateparser (RELATIVE_BASE = publication, PREFER_DATES_FROM = past); its period gives the
  precision, and a month or year gives the whole month or year as start..end.
- Without a publication date, only expressions that carry their own year resolve; everything
  else stays unknown (start None) so that no run depends on today's date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from spacy.tokens import Span

from counterclaim.models import DateRef
from counterclaim.nlp import entities

__all__ = ["resolve_date"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SAME_DAY = re.compile(
    r"\b(?:(?:earlier |later )?today|this (?:morning|afternoon|evening)|tonight|(?:just |a few |several )?hours?"
    r" (?:after|before|ago|earlier|later)|earlier in the day)\b",
    re.IGNORECASE,
)
DAY_BEFORE = re.compile(r"\b(?:yesterday|last night|the previous day|the day before)\b", re.IGNORECASE)
DAY_AFTER = re.compile(r"\b(?:tomorrow|the next day|the following day)\b", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:(?:on|last|this|early|late) )?(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
PERIOD = re.compile(r"\b(?:(earlier |later )?(this|last|past|previous|next|coming) (week|month|year))\b", re.IGNORECASE)
MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?", re.IGNORECASE)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Written-out dates the small model sometimes cuts short ("Around 3 May 2020" tagged "May 2020").
FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b"
)


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


def _period(base: date, which: str, unit: str, written: str) -> DateRef:
    back = which.lower() in {"last", "past", "previous"}
    if which.lower() in {"next", "coming"}:
        ahead = {"week": base + timedelta(weeks=1), "month": (base.replace(day=28) + timedelta(days=4)), "year": base}
        base, which = ahead[unit], "this"
        if unit == "year":
            return DateRef(f"{base.year + 1}-01-01", f"{base.year + 1}-12-31", written, "year")
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
    return DateRef(f"{year}-01-01", f"{year}-12-31", written, "year")


def _relative(text: str, base: date) -> DateRef | None:
    """The earliest relative expression in ``text``, resolved against ``base``."""
    found: list[tuple[int, DateRef]] = []
    if m := SAME_DAY.search(text):
        found.append((m.start(), _day(base, m.group())))
    if m := DAY_BEFORE.search(text):
        found.append((m.start(), _day(base - timedelta(days=1), m.group())))
    if m := DAY_AFTER.search(text):
        found.append((m.start(), _day(base + timedelta(days=1), m.group())))
    if m := WEEKDAY.search(text):
        wanted = WEEKDAYS[m.group(1).lower()]
        back = (base.weekday() - wanted) % 7
        if m.group().lower().startswith("last") and back == 0:
            back = 7
        found.append((m.start(), _day(base - timedelta(days=back), m.group())))
    if m := PERIOD.search(text):
        found.append((m.start(), _period(base, m.group(2), m.group(3).lower(), m.group())))
    return min(found, key=lambda pair: pair[0])[1] if found else None


@cache
def _parser(base_iso: str | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if base_iso is not None:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base_iso)
    return DateDataParser(languages=["en"], settings=settings)


def _absolute(text: str, base: date | None) -> DateRef | None:
    """A date dateparser can read ("9 May 2020", "Sept. 30", "May 2020"), with its period as precision."""
    if base is None and not YEAR.search(text):
        return None
    cleaned = re.sub(r"^(?:on|in|since|from|by|during|early|late|mid|the|of)\s+", "", text.strip(), flags=re.IGNORECASE)
    data = _parser(None if base is None else base.isoformat()).get_date_data(cleaned)
    when = data.date_obj if data is not None else None
    if when is None:
        return None
    period = data.period or "day"
    day = when.date()
    if base is not None and not YEAR.search(text) and MONTH_NAME.search(text) and day > base:
        day = day.replace(year=day.year - 1)  # "Sept. 30" in an October report is last September
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return DateRef(day.replace(day=1).isoformat(), day.replace(day=last).isoformat(), text, "month")
    if period == "year":
        return DateRef(f"{day.year}-01-01", f"{day.year}-12-31", text, "year")
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return DateRef(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), text, "week")
    return _day(day, text)


def _date_entities(span: Span) -> list[Span]:
    return [ent for ent in entities(span.doc, "DATE", "TIME") if span.start <= ent.start < span.end]


def resolve_date(span: Span, published: str | None) -> DateRef:
    """The date ``span`` gives for its event ("on Wednesday", "this morning"), or an unknown DateRef."""
    base = _published_date(published)
    candidates: list[tuple[int, DateRef]] = []
    text = span.text
    unresolved: list[tuple[int, DateRef]] = []
    for match in FULL_DATE.finditer(text):
        resolved = _absolute(match.group(), base)
        if resolved is not None:
            candidates.append((span.start_char + match.start(), resolved))
    for ent in _date_entities(span):
        resolved = None if base is None else _relative(ent.text, base)
        if resolved is None:
            resolved = _absolute(ent.text, base)
        if resolved is not None:
            if not any(start <= ent.start_char < start + len(ref.as_written or "") for start, ref in candidates):
                candidates.append((ent.start_char, resolved))
        else:
            unresolved.append((ent.start_char, DateRef(as_written=ent.text)))
    if base is not None:
        relative = _relative(text, base)
        if relative is not None and relative.as_written is not None:
            offset = span.start_char + text.find(relative.as_written)
            candidates.append((offset, relative))
    elif m := (
        SAME_DAY.search(text)
        or DAY_BEFORE.search(text)
        or DAY_AFTER.search(text)
        or WEEKDAY.search(text)
        or PERIOD.search(text)
    ):
        unresolved.append((span.start_char + m.start(), DateRef(as_written=m.group())))
    if candidates:
        return min(candidates, key=lambda pair: pair[0])[1]
    if unresolved:  # unknown, but the words are kept
        return min(unresolved, key=lambda pair: pair[0])[1]
    return DateRef()
