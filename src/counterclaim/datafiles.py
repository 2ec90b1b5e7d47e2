"""Reading the lexicons and tables that ship as data files beside the code.

Why one reader: every stage keeps its rules as data ("a rule for 'says' is fine"), in one
format — one entry a line, tab-separated cells, ``#`` starts a comment line, blank lines
ignored — so users can read and extend them. This module is that format's only parser.
"""

from __future__ import annotations

from importlib import resources

__all__ = ["packaged_text", "table_lines", "table_rows"]


def packaged_text(package: str, name: str) -> str:
    """The text of ``<package>/data/<name>``, read through importlib.resources (works from wheels and zips)."""
    return (resources.files(package) / "data" / name).read_text(encoding="utf-8")


def table_lines(text: str) -> list[str]:
    """The entries of a data file: stripped lines that are neither blank nor comments."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def table_rows(text: str) -> list[list[str]]:
    """The entries of a tab-separated data file, each split into stripped cells."""
    return [[cell.strip() for cell in line.split("\t")] for line in table_lines(text)]
