"""JSON Lines of flat claim rows: ``pandas.read_json(path, lines=True)`` and ``polars.read_ndjson(path)``
give one column per field, typed (numbers, booleans, nulls), with no nested objects to unpack.

Why flat and not ``Claim.as_dict()``: the nested form is what ``claims --format json`` prints for
programs that want the records; this export is for data frames, the same columns as the CSV.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

__all__ = ["write_jsonl"]


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    """One JSON object a line; returns the number of lines written."""
    written = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        written += 1
    return written
