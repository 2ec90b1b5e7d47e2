"""No evaluation text in the repository: no eight-word run of ``../shared/eval`` occurs in src/, tests/, bench/, docs/.

Why: the evaluation sets' licences forbid republishing them, and a sentence copied into a test freezes a fix
tuned to that one sentence. The public-domain US-government texts (re3d ``CENTCOM/`` and
``US_State_Department/``, and the bundled VOA seed) are the exception: a run they contain may be quoted anywhere.

How, so that it runs in a few seconds: the repository is small, the evaluation data is not, so the repository's
runs are hashed into a set first and the evaluation files are streamed past it, one text field at a time.
A "word" is a maximal run of letters or digits, lower-cased: punctuation, quotes and apostrophes split words
(``regime's`` → ``regime s``), so raw text and tokenised copies of the same text yield the same runs.
The evaluation side reads the text fields of CSV, TSV, JSON, JSON Lines and TXT files; brat ``.ann`` and CoNLL
files only repeat spans and tokens of texts held whole in those, and ``.md`` files describe the data.

Outside CI a missing ``../shared/eval`` skips with the reason; in CI (``CI=true``) it fails.
Run as a script (``python tests/test_no_evaluation_text.py``) it lists every run found and where.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import sys
import tokenize
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

RUN_LENGTH = 8
ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("src", "tests", "bench", "docs", "README.md")
SEED = ROOT / "src" / "counterclaim" / "examples" / "voa_russia_syria_strikes.txt"
PUBLIC_DOMAIN = ("re3d/CENTCOM", "re3d/US_State_Department")
EVAL_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".json", ".jsonl", ".jsonlines"})
_WORD = re.compile(r"[^\W_]+")
_CSV_FIELD_LIMIT = 1 << 30
_ENTRY_SEPARATOR = re.compile(r"[\t|]")

Run = tuple[str, ...]
Copy = tuple[Path, Run, Path]
"""(repository file, the run it shares with the evaluation data, the evaluation file)."""

def eval_root() -> Path:
    """``$COUNTERCLAIM_EVAL`` or ``../shared/eval`` beside the checkout, as the benches find it."""
    return Path(os.environ.get("COUNTERCLAIM_EVAL", ROOT.parent / "shared" / "eval"))


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def runs(text: str) -> Iterator[Run]:
    """Every eight-word run of the text, as a tuple (hashable, no joining cost)."""
    tokens = words(text)
    for start in range(len(tokens) - RUN_LENGTH + 1):
        yield tuple(tokens[start : start + RUN_LENGTH])


# --- the repository side -------------------------------------------------------------------------------------


def repository_files() -> Iterator[Path]:
    for name in SCANNED:
        path = ROOT / name
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)


def python_strings(source: str) -> Iterator[str]:
    """String literals (escapes decoded, adjacent literals joined by the parser) and comments of Python source.

    The raw file is scanned too; this second view catches a sentence hidden behind ``\\n`` or ``\\u2019`` escapes.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.string


def repository_texts() -> Iterator[tuple[Path, str]]:
    """Each repository file as texts: whole, or one entry at a time for a word list or table.

    Neighbouring entries of a data file are no sentence (two long aliases side by side make a run of eight
    words that a report naming the group twice also has), so a line of a ``data/`` file or a ``.tsv`` is
    split at tabs and ``|``.
    """
    for path in repository_files():
        data = path.read_bytes()
        if b"\0" in data:
            continue  # binary: no prose to quote
        text = data.decode("utf-8", errors="replace")
        if path.suffix == ".tsv" or path.parent.name == "data":
            for line in text.splitlines():
                for entry in _ENTRY_SEPARATOR.split(line):
                    yield path, entry
            continue
        yield path, text
        if path.suffix == ".py":
            for literal in python_strings(text):
                yield path, literal


def public_domain_runs(root: Path) -> set[Run]:
    """Runs of the texts that may be quoted: the US-government re3d folders and the bundled seed."""
    allowed = set(runs(SEED.read_text(encoding="utf-8")))
    for folder in PUBLIC_DOMAIN:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in EVAL_SUFFIXES:
                for text in eval_texts(path):
                    allowed.update(runs(text))
    return allowed


def repository_runs(allowed: set[Run]) -> dict[Run, set[Path]]:
    """Each run of the repository (not in a public-domain text) → the files holding it."""
    found: dict[Run, set[Path]] = {}
    for path, text in repository_texts():
        for run in runs(text):
            if run not in allowed:
                found.setdefault(run, set()).add(path)
    return found


# --- the evaluation side -------------------------------------------------------------------------------------


def json_texts(value: object) -> Iterator[str]:
    """Every string of a JSON value; a list of strings (a tokenised sentence) is one text, joined by spaces."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_texts(item)
    elif isinstance(value, list):
        if value and all(isinstance(item, str) for item in value):
            yield " ".join(value)
        else:
            for item in value:
                yield from json_texts(item)


def delimited_texts(text: str, delimiter: str) -> Iterator[str]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        yield from row


def eval_texts(path: Path) -> Iterator[str]:
    """The text fields of one evaluation file (CSV/TSV cells, JSON strings, a TXT file whole)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".txt":
        yield text
    elif path.suffix == ".csv":
        yield from delimited_texts(text, ",")
    elif path.suffix == ".tsv":
        yield from delimited_texts(text, "\t")
    else:
        yield from json_document_texts(text)


def json_document_texts(text: str) -> Iterator[str]:
    """One JSON value, or JSON Lines (some ``.json`` files of the evaluation data are JSON Lines)."""
    try:
        values = [json.loads(text)]
    except json.JSONDecodeError:
        values = [json.loads(line) for line in text.splitlines() if line.strip()]
    for value in values:
        yield from json_texts(value)


def eval_files(root: Path) -> Iterator[Path]:
    public = tuple(root / folder for folder in PUBLIC_DOMAIN)
    for path in sorted(root.rglob("*")):
        if path.suffix in EVAL_SUFFIXES and path.is_file() and not any(path.is_relative_to(p) for p in public):
            yield path


@cache
def copied_runs(root: Path) -> tuple[Copy, ...]:
    """Every (repository file, run, evaluation file where the run was first seen), sorted by file and run."""
    in_repo = repository_runs(public_domain_runs(root))
    first_words = {run[0] for run in in_repo}
    seen_in: dict[Run, Path] = {}
    for path in eval_files(root):
        for text in eval_texts(path):
            for run in runs(text):
                if run[0] in first_words and run in in_repo and run not in seen_in:
                    seen_in[run] = path
    return tuple(sorted((repo, run, source) for run, source in seen_in.items() for repo in in_repo[run]))


def describe(copies: list[Copy], root: Path) -> str:
    return "\n".join(
        f"{repo.relative_to(ROOT)}: {' '.join(run)!r} (from {source.relative_to(root)})" for repo, run, source in copies
    )


def evaluation_root_or_skip() -> Path:
    root = eval_root()
    if not root.is_dir():
        reason = f"evaluation data not found at {root} (set COUNTERCLAIM_EVAL or put shared/ beside the repo)"
        if in_ci():
            pytest.fail(f"{reason}; CI must check that no evaluation text is in the repository")
        pytest.skip(reason)
    return root


def test_no_evaluation_text_in_the_repository() -> None:
    root = evaluation_root_or_skip()
    copies = list(copied_runs(root))
    if copies:
        pytest.fail(f"{len(copies)} eight-word runs of evaluation text in the repository:\n{describe(copies, root)}")


def test_a_run_is_eight_lower_cased_words_with_punctuation_and_apostrophes_split() -> None:
    assert list(runs("The mayor’s office said, on Monday: “we will not sign.”")) == [
        ("the", "mayor", "s", "office", "said", "on", "monday", "we"),
        ("mayor", "s", "office", "said", "on", "monday", "we", "will"),
        ("s", "office", "said", "on", "monday", "we", "will", "not"),
        ("office", "said", "on", "monday", "we", "will", "not", "sign"),
    ]
    tokenised = " ".join(["The", "mayor", "’s", "office", "said", ",", "on", "Monday", "it", "would", "wait", "."])
    assert list(runs(tokenised)) == list(runs("The mayor’s office said, on Monday it would wait."))


def test_python_strings_decode_escapes_and_join_adjacent_literals() -> None:
    source = 'TEXT = (\n    "the council\\u2019s vote "\n    "was delayed again"  # a note\n)\n'
    assert "the council’s vote was delayed again" in list(python_strings(source))
    assert "# a note" in list(python_strings(source))


def test_json_token_lists_are_one_text_and_other_strings_their_own() -> None:
    value = {"id": "doc-1", "tokens": ["The", "mayor", "’s", "office"], "spans": [{"role": "speaker"}]}
    assert list(json_texts(value)) == ["doc-1", "The mayor ’s office", "speaker"]


if __name__ == "__main__":
    found = list(copied_runs(eval_root()))
    print(describe(found, eval_root()))
    print(f"{len(found)} runs", file=sys.stderr)
    sys.exit(1 if found else 0)
