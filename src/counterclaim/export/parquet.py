"""Parquet (pyarrow) of flat claim rows, with a fixed typed schema.

Why a fixed schema: inferred from the rows, a column empty in one export (no injured figure
anywhere) would come out as null-typed and differ from the next export; with ``FLAT_COLUMNS``'
types every file has the same columns and types, and an empty export is a valid empty table.
pyarrow is imported here, inside the export, so the rest of counterclaim never loads it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO

from counterclaim.export.flat import FLAT_COLUMNS, ColumnKind

__all__ = ["parquet_bytes", "write_parquet"]


def _arrow_type(kind: ColumnKind) -> Any:
    import pyarrow as pa

    return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[kind]


def parquet_bytes(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, ColumnKind] = FLAT_COLUMNS) -> bytes:
    """The rows as a Parquet file, in memory (standard output may be a pipe, which Parquet cannot seek)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, _arrow_type(kind)) for name, kind in columns.items()])
    table = pa.Table.from_pylist([dict(row) for row in rows], schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def write_parquet(rows: Sequence[Mapping[str, Any]], out: BinaryIO) -> int:
    """Write the rows to ``out`` as Parquet; returns the number of rows."""
    out.write(parquet_bytes(rows))
    out.flush()
    return len(rows)
