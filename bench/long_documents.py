"""Long documents: seconds per 100 KB and peak memory as one report grows from 25 KB to 500 KB.

Why: time that grows with the square of a report's length makes a book-length report unusable
(100 KB once took 31 s and 500 KB did not finish), and one spaCy Doc of a whole report holds all
of it in memory. The pipeline should cost the same per 100 KB at every length, and its peak
memory should stop growing once a report is longer than one chunk (``counterclaim.chunks``).

    python bench/long_documents.py [--sizes 25,50,100,200,500]

The figure gated is ``linearity`` = 5 × time(100 KB) / time(500 KB): 1.0 is linear growth; its
floor, 0.833, is the same as "time(500 KB) / (5 × time(100 KB)) <= 1.2". Seconds themselves depend
on the machine and are printed, not gated. Seconds are CPU seconds of this process (wall-clock
seconds beside them): on a shared machine the wall clock measures the neighbours as much as us.

The reports are built by cycling the paragraphs of re3d's public-domain releases (CENTCOM and US
State Department, US government works) read in place from ../shared/eval, so every size is real
wire prose with sources, figures and places; without that data, the bundled example report
(Voice of America, also public domain) is cycled instead.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import EvalDataMissing, eval_dir

FLOORS = Path(__file__).resolve().parent / "floors" / "long_documents.json"
DEFAULT_SIZES = (25, 50, 100, 200, 500)
GATE_SIZES = (100, 500)
_RELEASES = ("re3d/CENTCOM/documents.json", "re3d/US_State_Department/documents.json")


def paragraphs() -> list[str]:
    """Paragraphs of real reports: re3d's public-domain releases, else the bundled example."""
    found: list[str] = []
    try:
        for name in _RELEASES:
            with eval_dir(name).open(encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        found += _paragraphs_of(json.loads(line)["text"])
    except EvalDataMissing:
        found = []
    if not found:
        example = resources.files("counterclaim") / "examples" / "voa_russia_syria_strikes.txt"
        found = _paragraphs_of(example.read_text(encoding="utf-8"))
    return found


def _paragraphs_of(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r", "").split("\n") if len(p.split()) > 5]


def report_of(size_kb: int, source: list[str]) -> str:
    """A report of about ``size_kb`` kilobytes: the paragraphs in turn, one blank line apart."""
    out: list[str] = []
    length, index = 0, 0
    while length < size_kb * 1000:
        paragraph = source[index % len(source)]
        out.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return "\n\n".join(out)


@dataclass(frozen=True)
class Point:
    size_kb: int
    seconds: float
    wall_seconds: float
    statements: int
    claims: int
    peak_rss_mb: float

    @property
    def per_100kb(self) -> float:
        return self.seconds * 100 / self.size_kb


def measure(size_kb: int, source: list[str]) -> Point:
    """Ingest (clean) and extract one report of ``size_kb``, as ``counterclaim extract`` does."""
    from counterclaim.ingest import document_from_text
    from counterclaim.pipeline import extract_documents

    text = report_of(size_kb, source)
    started, wall_started = time.process_time(), time.perf_counter()
    extraction = next(extract_documents([document_from_text(text)]))
    seconds, wall = time.process_time() - started, time.perf_counter() - wall_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    return Point(size_kb, seconds, wall, len(extraction.statements), len(extraction.claims), peak)


def run(sizes: tuple[int, ...]) -> list[Point]:
    source = paragraphs()
    measure(5, source)  # warm up: the model, the gazetteer, first allocations
    points = []
    for size in sizes:
        point = measure(size, source)
        print(
            f"  {size:4d} KB  {point.seconds:7.1f} s CPU ({point.wall_seconds:6.1f} s wall)  "
            f"{point.per_100kb:6.2f} s/100 KB  "
            f"{point.statements:5d} statements  {point.claims:6d} claims  peak RSS {point.peak_rss_mb:7.0f} MB",
            flush=True,
        )
        points.append(point)
    return points


def linearity(points: list[Point]) -> float | None:
    """5 × time(100 KB) / time(500 KB), or None when either size was not measured."""
    by_size = {p.size_kb: p.seconds for p in points}
    if 100 not in by_size or 500 not in by_size:
        return None
    return 5 * by_size[100] / by_size[500]


def gate(argv: list[str] | None = None) -> list[str]:
    """Problems with the figure against its floor (empty when it holds); prints the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, GATE_SIZES)), help="Sizes in KB, comma-separated.")
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    points = run(sizes)
    figure = linearity(points)
    floors: dict[str, float] = json.loads(FLOORS.read_text())
    if figure is None:
        return [f"linearity needs the 100 and 500 KB points (measured {sizes})"]
    ratio = 1 / figure
    print(f"  growth time(500 KB) / (5 × time(100 KB)) = {ratio:.2f};  linearity {figure:.3f} "
          f"(floor {floors['linearity']})")
    if figure < floors["linearity"]:
        return [f"linearity {figure:.3f} below its floor {floors['linearity']} (growth ratio {ratio:.2f} > 1.2)"]
    return []


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a.startswith("--sizes") for a in args):
        args += ["--sizes", ",".join(map(str, DEFAULT_SIZES))]
    problems = gate(args)
    for problem in problems:
        print(f"FAIL: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
