"""Shared plumbing for the quality benchmarks: data, the tune/check split, bootstrap intervals, floors, gates.

Why a split: rules are tuned by reading the errors of a gold set, so a figure on the documents
looked at flatters the rules. Every gold set is cut in two halves by a fixed hash of each
document's id (``half``): change rules only looking at ``tune``; ``check`` says whether the change
generalises. Both halves are scored, printed and floored (``tune.<key>``, ``check.<key>``).

Why intervals: a figure from a few hundred documents moves by a point or two from document
sampling alone. Each figure is printed with a 95% bootstrap interval (documents resampled with a
fixed seed), so a change inside the interval reads as noise.

Why strict keys: CI fails when a figure drops below its floor, and floors only rise
(``--raise-floors`` writes figure minus a little slack for a new key, and never lowers an old one).
A figure without a floor, or a floor without a figure (a metric renamed or dropped), fails the
gate: a metric cannot leave the gate silently. Remove a floor by hand, in a reviewed commit.

Missing data in ``../shared/eval`` (never copied into the repo): in CI (``CI=true``) the gate
fails; elsewhere it is *skipped* with the reason (never a silent pass).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from counterclaim.models import Document, Extraction, document_id

ROOT = Path(__file__).resolve().parent.parent
FLOORS_DIR = Path(__file__).resolve().parent / "floors"
GOLD_DIR = Path(__file__).resolve().parent / "gold"

Half = Literal["tune", "check"]
HALVES: tuple[Half, Half] = ("tune", "check")
RESAMPLES = 500
SEED = 20240601
SLACK = 0.005  # a new floor sits this far under its figure (float noise across platforms)


class EvalDataMissing(RuntimeError):
    """The evaluation data is not beside the checkout."""


def eval_dir(subdir: str) -> Path:
    """``../shared/eval/<subdir>`` (or ``$COUNTERCLAIM_EVAL/<subdir>``), or EvalDataMissing."""
    base = Path(os.environ.get("COUNTERCLAIM_EVAL", ROOT.parent / "shared" / "eval"))
    return require(base / subdir, "evaluation data")


def require(path: Path, what: str) -> Path:
    """``path`` itself, or EvalDataMissing saying what is missing and where it was looked for."""
    if not path.exists():
        raise EvalDataMissing(f"{what} not found at {path} (set COUNTERCLAIM_EVAL or put shared/ beside the repo)")
    return path


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


# ---------------------------------------------------------------- the split


def half(doc_id: str) -> Half:
    """``tune`` or ``check`` for a document id: the parity of the first byte of its sha256, fixed forever."""
    return "tune" if hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


# ---------------------------------------------------------------- documents through the public pipeline


def ingested(text: str, doc_id: str, *, published: str | None = None) -> Document:
    """A report as ``counterclaim ingest`` makes it (cleaned); verbatim when ingest refuses it (short notes)."""
    from counterclaim.errors import IngestError
    from counterclaim.ingest import document_from_text

    try:
        return document_from_text(text, source=doc_id, published=published)
    except IngestError:
        return verbatim(text, doc_id, published=published)


def verbatim(text: str, doc_id: str, *, published: str | None = None) -> Document:
    """A Document over the text exactly as given, for gold sets scored by character offset."""
    return Document(id=document_id(text), text=text, source=doc_id, published=published)


_EXTRACTED: dict[tuple[str, str, str | None], Extraction] = {}


def extract_all(documents: Sequence[Document]) -> list[Extraction]:
    """``process_documents`` over the documents, in order; each text extracted once per process.

    The cache lets two gates that read the same notes (claims and attributes) share one run
    under pytest. A document the pipeline fails on counts as one where nothing was found.
    """
    from counterclaim.pipeline import process_documents

    keys = [(d.id, d.text, d.published) for d in documents]
    todo = [d for d, k in zip(documents, keys, strict=True) if k not in _EXTRACTED]
    failed = 0
    for document, result in zip(todo, process_documents(todo), strict=True):
        if not isinstance(result, Extraction):
            failed += 1
            result = Extraction(document=document)
        _EXTRACTED[(document.id, document.text, document.published)] = result
    if failed:
        print(f"  ({failed} documents failed in the pipeline and count as finding nothing)")
    return [_EXTRACTED[k] for k in keys]


# ---------------------------------------------------------------- per-document counts and figures


@dataclass(frozen=True, slots=True)
class Formula:
    """A figure computed from summed counts; ``base`` names the counts that say a document is scored at all."""

    compute: Callable[[Mapping[str, float]], float]
    base: tuple[str, ...]

    def __call__(self, counts: Mapping[str, float]) -> float:
        return self.compute(counts)

    def counts_in(self, row: Mapping[str, float]) -> bool:
        return any(row.get(key, 0.0) for key in self.base)


def ratio(hits: str, total: str) -> Formula:
    """``hits / total`` over summed counts (0 when there is nothing to count)."""
    return Formula(lambda c: c.get(hits, 0.0) / c[total] if c.get(total) else 0.0, (total,))


def f1(matched: str, predicted: str, gold: str) -> Formula:
    """Harmonic mean of matched/predicted and matched/gold: 2m / (p + g)."""

    def compute(c: Mapping[str, float]) -> float:
        both = c.get(predicted, 0.0) + c.get(gold, 0.0)
        return 2 * c.get(matched, 0.0) / both if both else 0.0

    return Formula(compute, (predicted, gold))


@dataclass
class Scored:
    """Per-document counts of one gold set; each figure is a formula over their sums.

    Counting per document (not per figure) is what lets the bootstrap resample documents.
    """

    prefix: str
    formulas: dict[str, Formula]
    rows: list[tuple[str, dict[str, float]]] = field(default_factory=list)

    def add(self, doc_id: str, counts: Mapping[str, float]) -> None:
        self.rows.append((doc_id, {k: float(v) for k, v in counts.items()}))

    def documents(self, which: Half) -> int:
        return sum(half(d) == which for d, _ in self.rows)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure on one half, its 95% bootstrap interval, and how many documents it rests on (scored ones)."""

    value: float
    low: float
    high: float
    documents: int


def _matrix(rows: list[dict[str, float]], keys: list[str]) -> np.ndarray:
    return np.array([[row.get(k, 0.0) for k in keys] for row in rows], dtype=float).reshape(len(rows), len(keys))


def bootstrap(
    rows: list[dict[str, float]], formulas: Mapping[str, Formula], *, resamples: int = RESAMPLES, seed: int = SEED
) -> dict[str, Figure]:
    """Each formula on the summed rows, with the 2.5/97.5 percentiles over documents resampled with replacement.

    Only the documents a formula scores (``Formula.base``) are resampled and counted for it.
    """
    return {
        name: _bootstrap_one([r for r in rows if f.counts_in(r)], f, resamples, seed) for name, f in formulas.items()
    }


def _bootstrap_one(rows: list[dict[str, float]], formula: Formula, resamples: int, seed: int) -> Figure:
    n = len(rows)
    if n == 0:
        return Figure(0.0, 0.0, 0.0, 0)
    keys = sorted({k for row in rows for k in row})
    matrix = _matrix(rows, keys)
    total = {k: float(v) for k, v in zip(keys, matrix.sum(axis=0), strict=True)}
    weights = np.random.default_rng(seed).multinomial(n, np.full(n, 1.0 / n), size=resamples)
    sums = weights @ matrix
    values = np.array([formula({k: float(v) for k, v in zip(keys, row, strict=True)}) for row in sums])
    low, high = np.percentile(values, [2.5, 97.5])
    return Figure(formula(total), float(low), float(high), n)


def figures_of(scored: Iterable[Scored]) -> dict[str, Figure]:
    """``<half>.<prefix>.<name>`` → Figure for every gold set, both halves."""
    figures: dict[str, Figure] = {}
    for item in scored:
        for which in HALVES:
            rows = [counts for doc_id, counts in item.rows if half(doc_id) == which]
            for name, figure in bootstrap(rows, item.formulas).items():
                figures[f"{which}.{item.prefix}.{name}"] = figure
    return figures


# ---------------------------------------------------------------- floors


def display_order(key: str) -> tuple[str, int]:
    """Tune above check, side by side for each figure."""
    which, _, rest = key.partition(".")
    return rest, HALVES.index(which) if which in HALVES else 2  # type: ignore[arg-type]


def check_floors(name: str, figures: Mapping[str, Figure], *, raise_floors: bool = False) -> list[str]:
    """Print each figure, its interval and floor; return the problems (below a floor, keys that do not pair).

    ``raise_floors`` writes floors (figure minus SLACK for a new key; an old floor only rises).
    """
    path = FLOORS_DIR / f"{name}.json"
    floors: dict[str, float] = json.loads(path.read_text()) if path.exists() else {}
    problems = [f"floor without a figure: {key}" for key in sorted(set(floors) - set(figures))]
    print(f"\n{name}: figure [95% interval] (documents)  floor")
    for key, figure in sorted(figures.items(), key=lambda kv: display_order(kv[0])):
        floor = floors.get(key)
        if floor is None and not raise_floors:
            problems.append(f"figure without a floor: {key}")
        status = "" if floor is None else ("ok" if figure.value + 1e-9 >= floor else "BELOW FLOOR")
        if status == "BELOW FLOOR":
            problems.append(f"{key} {figure.value:.3f} below its floor {floor:.3f}")
        floor_text = "-" if floor is None else f"{floor:.3f}"
        interval = f"[{figure.low:.3f}, {figure.high:.3f}]"
        print(f"  {key:48s} {figure.value:6.3f} {interval:16s} ({figure.documents:5d})  {floor_text:>6s}  {status}")
        if raise_floors:
            floors[key] = max(floor if floor is not None else 0.0, round(figure.value - SLACK, 3))
    if raise_floors:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(dict(sorted(floors.items())), indent=2) + "\n")
        print(f"floors written to {path}")
    for problem in problems:
        print(f"  PROBLEM: {problem}")
    return problems


# ---------------------------------------------------------------- gates

Status = Literal["ok", "failed", "skipped"]


@dataclass(frozen=True, slots=True)
class GateOutcome:
    """What a gate concluded: ok, failed (with the problems), or skipped (with the reason)."""

    status: Status
    problems: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.status == "failed" else 0


def skip_without_gold(gold_file: Path, what: str) -> GateOutcome | None:
    """Skipped, with the reason printed, when a gate's own gold file (repository content in bench/gold/) is absent."""
    if gold_file.exists():
        return None
    reason = f"no {what} gold at {gold_file}: nothing to score"
    print(f"SKIP: {reason}")
    return GateOutcome("skipped", [reason])


def run_gate(name: str, score: Callable[[], list[Scored]], argv: Sequence[str] | None = None) -> GateOutcome:
    """Score, print figures with intervals beside their floors, and conclude.

    Missing data: skipped outside CI, failed in CI. ``--raise-floors`` in ``argv`` raises floors.
    """
    argv = sys.argv[1:] if argv is None else argv
    try:
        figures = figures_of(score())
    except EvalDataMissing as exc:
        if in_ci():
            print(f"FAIL: {exc}; the quality gate needs it in CI", file=sys.stderr)
            return GateOutcome("failed", [str(exc)])
        print(f"SKIP: {exc}")
        return GateOutcome("skipped", [str(exc)])
    problems = check_floors(name, figures, raise_floors="--raise-floors" in argv)
    return GateOutcome("failed" if problems else "ok", problems)
