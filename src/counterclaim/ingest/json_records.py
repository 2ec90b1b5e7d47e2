"""Stage 1: ingest — a ``.json`` file → the records it holds, as JSON Lines records are read.

Why: exports and API dumps are often one JSON document — a single record ``{"text": …}`` or an
array of them — not JSON Lines. Each record has the JSON Lines fields (``text`` or ``html``, and
``url``, ``title``, ``published``, ``source``, ``author``, ``site``). Any other JSON (an annotation
file, a configuration, a bare string) is one Failure that says what the file holds, never prose.
A bad record in an array is a Failure whose source is ``path[INDEX]``; the other records still count.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from typing import Any

from counterclaim.errors import InvalidRecordError
from counterclaim.ingest.decode import decode_bytes
from counterclaim.ingest.jsonl import document_from_record, record_outcome
from counterclaim.ingest.published import DateOrder
from counterclaim.models import Document, Failure

__all__ = ["JSON_SUFFIXES", "documents_from_json", "is_json_name"]

JSON_SUFFIXES = frozenset({".json"})

def is_json_name(name: str) -> bool:
    return any(name.lower().endswith(suffix) for suffix in JSON_SUFFIXES)


def documents_from_json(data: bytes, label: str, date_order: DateOrder | None = None) -> Iterator[Document | Failure]:
    """The Document (or Failure) of each record in a .json file: one record, or an array of records."""
    value = _parse(decode_bytes(data))
    if isinstance(value, dict):
        _require_record(value, "the JSON object")
        yield document_from_record(value, default_source=label, date_order=date_order)
        return
    if not isinstance(value, list):
        kind = _kind(value)
        raise InvalidRecordError(f"not a report: the JSON file holds a {kind}, not a record or an array of records")
    if not value:
        raise InvalidRecordError("empty document: the JSON array holds no records")
    if not any(isinstance(item, dict) and _has_content(item) for item in value):
        raise InvalidRecordError(
            f"not a report: no element of the JSON array is a record with a 'text' or 'html' field "
            f"(its first element is a {_kind(value[0])})"
        )
    for index, item in enumerate(value):
        yield record_outcome(partial(_as_record, item), f"{label}[{index}]", date_order)


def _as_record(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise InvalidRecordError(f"element is a JSON {_kind(item)}, not a record")
    return item


def _parse(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidRecordError(f"invalid JSON: {error.msg} at line {error.lineno} column {error.colno}") from error


def _has_content(record: dict[str, Any]) -> bool:
    return any(isinstance(record.get(name), str) and record[name].strip() for name in ("text", "html"))


def _require_record(record: dict[str, Any], what: str) -> None:
    if not _has_content(record):
        keys = ", ".join(sorted(record)[:6]) or "none"
        raise InvalidRecordError(
            f"not a report: {what} has no 'text' or 'html' field with text in it (its fields: {keys})"
        )


def _kind(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")
