"""Shared plumbing for the quality benchmarks: where the evaluation data is, and the floors.

Why floors live in the repo: CI fails when a figure drops below its floor, and floors only
rise (``--raise-floors`` writes the new figure when it is higher, never lower). The data in
``../shared/eval`` may not be copied into the repo; in CI (``CI=true``) its absence is a
failure, elsewhere the benchmark skips with a clear reason.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS_DIR = Path(__file__).resolve().parent / "floors"


class EvalDataMissing(RuntimeError):
    """The evaluation data is not beside the checkout."""


def eval_dir(subdir: str) -> Path:
    """``../shared/eval/<subdir>`` (or ``$COUNTERCLAIM_EVAL/<subdir>``), or EvalDataMissing."""
    base = Path(os.environ.get("COUNTERCLAIM_EVAL", ROOT.parent / "shared" / "eval"))
    path = base / subdir
    if not path.exists():
        raise EvalDataMissing(
            f"evaluation data not found at {path} (set COUNTERCLAIM_EVAL or put shared/ beside the repo)"
        )
    return path


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def check_floors(name: str, figures: dict[str, float], *, raise_floors: bool = False) -> bool:
    """Print each figure beside its floor; False when any figure is below its floor.

    Floors are in ``bench/floors/<name>.json``; a figure with no floor yet is reported, not checked.
    """
    path = FLOORS_DIR / f"{name}.json"
    floors: dict[str, float] = json.loads(path.read_text()) if path.exists() else {}
    ok = True
    print(f"\n{name}: figure / floor")
    for key, value in sorted(figures.items()):
        floor = floors.get(key)
        status = "" if floor is None else ("ok" if value + 1e-9 >= floor else "BELOW FLOOR")
        ok = ok and status != "BELOW FLOOR"
        floor_text = "-" if floor is None else f"{floor:.3f}"
        print(f"  {key:40s} {value:7.3f}  {floor_text:>7s}  {status}")
        if raise_floors:
            # A little slack for float noise across platforms, but a floor never goes down.
            floors[key] = max(floor or 0.0, round(value - 0.005, 3))
    if raise_floors:
        path.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n")
        print(f"floors written to {path}")
    return ok


def run_gate(name: str, score: Callable[[], dict[str, float]], argv: list[str] | None = None) -> int:
    """Run a scoring function as a gate: 0 ok, 1 below a floor, 0 with a skip note when data is missing outside CI."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        figures = score()
    except EvalDataMissing as exc:
        if in_ci():
            print(f"FAIL: {exc}; the quality gate needs it in CI", file=sys.stderr)
            return 1
        print(f"SKIP: {exc}")
        return 0
    return 0 if check_floors(name, figures, raise_floors="--raise-floors" in argv) else 1
