"""Every word a rule names lives in data: rule modules hold no literal word lists.

Why a test: word lists written into code drift apart (reporting verbs once existed in five
versions) and cannot be read or extended by a user. A literal collection of more than a
handful of words in a rule module fails here; labels of the spaCy scheme (dependency, entity,
part-of-speech) and upper-case type names are structure, not vocabulary, and are allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

from counterclaim import datafiles

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "counterclaim"
RULE_STAGES = ("attribution", "claims", "actors")
HANDFUL = 6


def _is_word(value: object) -> bool:
    return (
        isinstance(value, str)
        and any(c.islower() for c in value)
        and value not in GLOSSARY
        and all(c.isalpha() or c in " -'." for c in value)
    )


def _literal_items(node: ast.AST) -> list[ast.expr] | None:
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        return list(node.elts)
    if isinstance(node, ast.Dict):
        return [key for key in node.keys if key is not None]
    return None


def _word_lists(path: Path) -> list[tuple[int, int]]:
    """(line, size) of each literal collection in ``path`` holding more than a handful of words."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exports = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign) and _names_all(node)}
    for node in ast.walk(tree):
        items = _literal_items(node)
        if items is None or id(node) in exports:
            continue
        words = [i for i in items if isinstance(i, ast.Constant) and _is_word(i.value)]
        if len(words) > HANDFUL:
            found.append((getattr(node, "lineno", 0), len(words)))
    return found


def _names_all(node: ast.Assign) -> bool:
    """Whether an assignment sets ``__all__`` (a list of exported names, not vocabulary)."""
    return any(isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets)


def _rule_modules() -> list[Path]:
    return sorted(p for stage in RULE_STAGES for p in (PACKAGE / stage).rglob("*.py"))


@pytest.mark.parametrize("path", _rule_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_rule_module_names_no_word_list(path: Path) -> None:
    found = _word_lists(path)
    assert not found, f"{path.name}: literal word lists at lines {found} belong in a data/ file (datafiles.words)"


def test_the_scanner_sees_a_word_list() -> None:
    source = "VERBS = frozenset({'say', 'tell', 'state', 'report', 'announce', 'add', 'claim'})\n"
    labels = "DEPS = frozenset({'nsubj', 'dobj', 'prep', 'pobj', 'amod', 'compound', 'conj', 'advcl'})\n"
    tree = ast.parse(source + labels)
    sizes = [len(items) for node in ast.walk(tree) if (items := _literal_items(node)) and _is_word(
        getattr(items[0], "value", None))]
    assert sizes == [7]


def test_notes_after_an_entry_are_not_part_of_it() -> None:
    lines = datafiles.table_lines("# header\nclaim  # a report noun: 'the claim that ...'\n\nsay\n")
    assert lines == ["claim", "say"]
