"""The README tells the truth: its Python example runs, and every CLI command is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counterclaim.cli import cli

README = Path(__file__).resolve().parent.parent / "README.md"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_leads_with_the_two_commands() -> None:
    first_block = _blocks("bash")[0].strip().splitlines()
    assert len(first_block) == 2
    assert all(line.startswith("python3.11 -m venv .venv") for line in first_block)
    assert "counterclaim example" in first_block[0]
    assert "pytest" in first_block[1]


def test_readme_python_example_runs(tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "voa.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(_blocks("python")[0], "README.md", "exec"), namespace)
    assert namespace["summary"].stored == 1  # type: ignore[attr-defined]
    assert (tmp_path / "counterclaim.db").exists()


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"counterclaim {command}" in README.read_text(encoding="utf-8")
