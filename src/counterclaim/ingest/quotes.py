"""Ingest: doubled quote marks from CSV exports (``""like this""``) made single again.

Why: a CSV field escapes each quote mark inside it by doubling it, and a report pasted or
exported from a spreadsheet often keeps the escape: ``The ministry said ""we will respond"".``
Read as it is, every such quote opens and closes at once and holds nothing, so the statement
and its speaker are lost. This runs as part of cleaning, after every quote style has become
``"`` and before any offset is taken, so offsets into the cleaned text stay honest.

Only a doubled mark that touches a word, or sits between a word and a comma or full stop, is an
escape (``""we``, ``respond"",``, ``respond"".``); an empty pair between spaces ("an "" mark") is left alone,
and a document with no doubled marks is returned unchanged.
"""

from __future__ import annotations

import re

__all__ = ["undouble_quotes"]

# Two straight double marks that open a quoted word (``""we``) or close one (``respond""``, ``respond."",``).
_DOUBLED = re.compile(r'(?<=[\w.,!?;:)\]…-])""(?!")|(?<!")""(?=[\w(\[…\'-])')


def undouble_quotes(text: str) -> str:
    """``""we will respond""`` → ``"we will respond"``: each CSV-escaped mark becomes one mark."""
    if '""' not in text:
        return text
    return _DOUBLED.sub('"', text)
