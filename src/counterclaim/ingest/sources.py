"""Stage 1: ingest — the paths a user gave → the inputs to read, in the order given.

A path is one of: ``-`` (standard input), a file, a directory (every file under it, recursively,
sorted, hidden files and folders skipped: ``.git`` and ``.DS_Store`` are never reports), or a glob
(``reports/*.html``, ``dumps/**/*.jsonl``; sorted). A path that names nothing, or a glob that
matches nothing, is a ``Failure`` in its place: a typo must show, not shrink the batch silently.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from counterclaim.models import Failure

__all__ = ["STDIN", "STDIN_LABEL", "Input", "expand_sources"]

STDIN = "-"
STDIN_LABEL = "<stdin>"


@dataclass(frozen=True, slots=True)
class Input:
    """One input to read: a file path, or standard input when ``path`` is None."""

    label: str
    path: Path | None


def expand_sources(paths: Sequence[str]) -> Iterator[Input | Failure]:
    """Each path's inputs in turn, or a Failure for a path that names nothing readable."""
    for raw in paths:
        yield from _expand_one(raw)


def _expand_one(raw: str) -> Iterator[Input | Failure]:
    if raw == STDIN:
        yield Input(STDIN_LABEL, None)
        return
    path = Path(raw).expanduser()
    if path.is_dir():
        yield from _directory_inputs(path, label=raw)
    elif path.exists():
        yield Input(raw, path)
    elif glob.has_magic(raw):
        yield from _glob_inputs(raw)
    elif path.is_symlink():
        yield Failure(raw, "broken symbolic link: its target does not exist")
    else:
        yield Failure(raw, "no such file or directory")


def _glob_inputs(pattern: str) -> Iterator[Input | Failure]:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    if not matches:
        yield Failure(pattern, "no files match this pattern")
        return
    seen: set[str] = set()  # "dir/**" matches a folder and the files in it: read each file once
    for match in matches:
        path = Path(match)
        found = _directory_inputs(path, label=match) if path.is_dir() else iter([_file_input(path, match)])
        for item in found:
            key = item.label if isinstance(item, Input) else item.source
            if key not in seen:
                seen.add(key)
                yield item


def _directory_inputs(root: Path, *, label: str) -> Iterator[Input | Failure]:
    """Every non-hidden file under ``root``, sorted by path, without following links to folders
    (a link back to a parent would loop for ever)."""
    errors: list[OSError] = []
    files: list[Path] = []
    for folder, subfolders, names in os.walk(root, onerror=errors.append):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        files.extend(Path(folder, name) for name in names if not name.startswith("."))
    files.sort(key=lambda file: file.relative_to(root).parts)
    for error in errors:
        yield Failure(str(error.filename or label), f"cannot read directory: {error.strerror or error}")
    if not files and not errors:
        yield Failure(label, "directory has no files to read")
    for file in files:
        yield _file_input(file, str(file))


def _file_input(path: Path, label: str) -> Input | Failure:
    """A file found by a folder walk or a glob; a pipe or device among them is not read, as
    reading it could block for ever (named on the command line, it is read: that is on purpose)."""
    if path.is_file():
        return Input(label, path)
    if path.is_symlink() and not path.exists():
        return Failure(label, "broken symbolic link: its target does not exist")
    return Failure(label, "not a regular file (a pipe, socket or device): skipped")
