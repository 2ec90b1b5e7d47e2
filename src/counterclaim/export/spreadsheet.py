"""CSV as spreadsheets open it safely: a header always, and text that a spreadsheet would run neutralised.

Why neutralise: a cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return)
is read as a formula by Excel, LibreOffice and Google Sheets ("CSV injection"), and scraped news
text is untrusted. Such a text cell gets a leading ``'``, which spreadsheets show as plain text;
``raw=True`` (``--raw``) writes the text as it is, for tools that are not spreadsheets. Numbers are
never touched: a negative longitude stays a number.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

__all__ = ["FORMULA_STARTS", "neutralise", "write_csv"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet would take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: TextIO, *, raw: bool = False) -> int:
    """Write ``rows`` under a header of ``columns`` (always written, so an empty result still has its columns).

    Returns the number of rows written.
    """
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow(row if raw else {key: neutralise(value) for key, value in row.items()})
        written += 1
    return written
