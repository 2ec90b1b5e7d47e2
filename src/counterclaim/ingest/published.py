"""Stage 1: ingest — a publication date as given (metadata, a feed, a page) → ISO 8601, or unknown and why.

Why strict: every relative date of a report ("on Tuesday", "last week") is resolved against its
publication date, so a wrong one is worse than none. Accepted: ISO 8601 dates and datetimes, RFC
2822 (RSS, e-mail: "Wed, 30 Sep 2015 18:42:00 GMT"), dates with the month written out ("30 September
2015", "Sept. 30, 2015"), year-first numeric dates ("2015/09/30"), and day/month/year numbers whose
order is certain ("30/09/2015": no 30th month). Anything else is unknown, with a warning, never
guessed: a word such as "yesterday" or "recently" (it would mean the day of the run), text that is
no date, and numbers such as "05/04/2017" that read as 5 April or May 4 — unless the caller says
which order its numeric dates use (``date_order`` "DMY" or "MDY", the CLI's ``--date-order``).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Literal, NamedTuple

__all__ = ["DATE_ORDERS", "DateOrder", "Published", "read_published"]

DateOrder = Literal["DMY", "MDY"]
DATE_ORDERS: tuple[DateOrder, ...] = ("DMY", "MDY")


class Published(NamedTuple):
    """An ISO date or datetime, or None with the warning that says why it is unknown."""

    iso: str | None
    warning: str | None = None


def read_published(value: str | None, date_order: DateOrder | None = None) -> Published:
    """``value`` as an ISO 8601 date/datetime; ``Published(None, warning)`` when it cannot be read surely."""
    if value is None or not value.strip():
        return Published(None)
    value = value.strip()
    for parse in (_parse_iso, _parse_rfc2822, _parse_year_first):
        if (iso := parse(value)) is not None:
            return Published(iso)
    numeric = _NUMERIC.fullmatch(value)
    if numeric is not None:
        return _numeric(value, numeric, date_order)
    if _MONTH_NAME.search(value) and _YEAR.search(value) and (iso := _parse_written(value)) is not None:
        return Published(iso)
    return Published(None, f"published {value[:60]!r} is not a date counterclaim can read: stored as unknown")


def _parse_iso(value: str) -> str | None:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _parse_rfc2822(value: str) -> str | None:
    if not _RFC2822_SHAPE.search(value):
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


_RFC2822_SHAPE = re.compile(r"\d{1,2} [A-Za-z]{3} \d{4}")


def _parse_year_first(value: str) -> str | None:
    match = _YEAR_FIRST.fullmatch(value)
    return _iso_day(*map(int, match.groups())) if match else None


_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def _numeric(value: str, match: re.Match[str], date_order: DateOrder | None) -> Published:
    """Day and month as numbers: read when the order is given or certain (a part over 12, or both equal)."""
    first, second, year = map(int, match.groups())
    if date_order is None:
        if first > 12 >= second:
            date_order = "DMY"
        elif second > 12 >= first:
            date_order = "MDY"
        elif first == second:
            date_order = "DMY"
    if date_order is None:
        return Published(
            None,
            f"published {value!r} is ambiguous (day/month or month/day?): stored as unknown; "
            "give --date-order DMY or MDY",
        )
    day, month = (first, second) if date_order == "DMY" else (second, first)
    iso = _iso_day(year, month, day)
    if iso is None:
        return Published(None, f"published {value!r} is no date in {date_order} order: stored as unknown")
    return Published(iso)


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def _parse_written(value: str) -> str | None:
    """A date with its month in words and a four-digit year; dateparser reads the many spellings."""
    import dateparser  # imported late: only written-out dates need it

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed is not None else None
