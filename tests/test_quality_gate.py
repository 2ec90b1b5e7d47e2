"""The quality gate: every ``bench/quality_*.py`` scores the pipeline on ../shared/eval and must hold its floors.

In CI (CI=true) missing evaluation data fails the gate; elsewhere the benchmark prints SKIP and passes.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
GATES = sorted(p.stem for p in BENCH.glob("quality_*.py"))


@pytest.mark.slow
@pytest.mark.parametrize("gate", GATES)
def test_quality_gate_holds_its_floors(gate: str, capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(BENCH.parent))
    try:
        module = importlib.import_module(f"bench.{gate}")
        status = module.main([])
    finally:
        sys.path.remove(str(BENCH.parent))
    captured = capsys.readouterr()
    report = captured.out + captured.err
    print(report)  # shown with -rA / on failure: the figures beside their floors
    assert status == 0, f"{gate} failed (a figure below its floor, or no evaluation data in CI):\n{report}"


def test_every_gate_has_floors() -> None:
    floors = {p.stem for p in (BENCH / "floors").glob("*.json")}
    for gate in GATES:
        assert gate.removeprefix("quality_") in floors, f"bench/{gate}.py has no floors file"
