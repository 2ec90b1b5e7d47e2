"""Diagnostic (no gate): every GVC incident whose best killed / injured figure misses the gold, with its class.

GVC (``../shared/eval/gvc``) gives per incident the killed and injured-not-killed figures; the incidents
gate scores the ``best`` figure of the predicted incident holding most of the incident's documents
(``bench/quality_incidents.py``). This script prints, for one half (``tune`` by default: look at check
only as counts, never change a rule on what it shows), each miss with every figure the incident's claims
carry, and a class read from the figures alone:

- ``not read``: no claim of the incident's documents carries the gold figure in that category;
- ``other category``: the gold figure is read, but only in another category (a death read as injured…);
- ``best not chosen``: the gold figure is read in the category, and ``best`` picked another one
  (an update not preferred, a background figure, a sum across sentences…);
- ``none died, figure given``: the gold is 0 and the incident carries a figure (a suspect, a background toll);
- ``grouping``: the gold figure is read on a claim the predicted incident does not hold (another
  document, or a claim of its own documents grouped into another incident).

Beside the misses it counts, per category, the incidents whose gold figure (when above 0) is read on some
claim of their documents at all: the reading's own recall, apart from grouping and the choice of ``best``.

The texts are never printed beyond the figure's own words and its claim's type.

    python bench/casualty_misses.py [tune|check] [--counts-only]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import eval_dir, half  # noqa: E402
from bench.quality_incidents import (  # noqa: E402
    _CASUALTIES,
    _rows,
    cached_extractions,
    documents_of,
    gvc_items,
    incidents_by_grouping,
)
from counterclaim.models import Claim, Extraction  # noqa: E402

GOLD_KEYS = {"killed": "killed_annotated", "injured": "injured_not_killed_annotated"}


def _figures(claims: list[Claim], category: str) -> list[int]:
    counts = [count for claim in claims for count in claim.counts if count.category == category]
    return [count.low if count.low is not None else (count.high or 0) for count in counts]


def classify(category: str, gold: int, mine_claims: list[Claim], all_claims: list[Claim]) -> str:
    """The class of one miss, read from the figures the claims carry (see the module docstring)."""
    if gold == 0:
        return "none died, figure given"
    if gold in _figures(mine_claims, category):
        return "best not chosen"
    if gold in _figures(all_claims, category):
        return "grouping"
    others = {"killed": ("injured", "casualties"), "injured": ("killed", "casualties")}[category]
    if any(gold in _figures(all_claims, other) for other in others):
        return "other category"
    found = _figures(all_claims, category)
    if not found:
        return f"not read, none in {category} (gold {'1' if gold == 1 else '2+'})"
    return f"not read, {'lower' if max(found) < gold else 'higher'} read (gold {'1' if gold == 1 else '2+'})"


def main(argv: list[str]) -> int:
    which = "check" if "check" in argv else "tune"
    counts_only = "--counts-only" in argv or which == "check"
    base = eval_dir("gvc")
    items = gvc_items(base)
    documents = documents_of(items)
    extractions: list[Extraction] = cached_extractions("gvc", documents)
    built = _recording_builds()
    assigned = incidents_by_grouping(extractions)
    claims_of = {incident.id: set(incident.claims) for incident in built[-1]}
    by_doc = {e.document.id: e for e in extractions}
    doc_of_item = {item.doc_id: d.id for item, d in zip(items, documents, strict=True)}
    classes: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for gold in _rows(base / "incidents.jsonl"):
        if half(gold["incident_id"]) != which:
            continue
        docs = [doc_of_item[d] for d in gold["doc_ids"] if d in doc_of_item]
        if not docs:
            continue
        mine = Counter(assigned[d] for d in docs).most_common(1)[0][0]
        held = [d for d, i in assigned.items() if i == mine]
        mine_claims = [c for d in held for c in by_doc[d].claims if c.id in claims_of.get(mine, ())]
        all_claims = [c for d in docs for c in by_doc[d].claims]
        for category, key in GOLD_KEYS.items():
            totals[category] += 1
            if gold[key] > 0:
                totals[f"{category} stated"] += 1
                totals[f"{category} read"] += gold[key] in _figures(all_claims, category)
            ours = _CASUALTIES.get(mine, {}).get(category) or 0
            if ours == gold[key]:
                continue
            kind = classify(category, gold[key], mine_claims, all_claims)
            classes[(category, kind)] += 1
            if counts_only:
                continue
            print(f"\n{category.upper()} {gold['incident_id']}: gold {gold[key]}, ours {ours} — {kind}")
            _show(held, by_doc, category)
    print(f"\n{which}: misses by class")
    for (category, kind), n in sorted(classes.items()):
        print(f"  {category:8s} {kind:26s} {n}")
    for category in GOLD_KEYS:
        missed = sum(v for (c, _), v in classes.items() if c == category)
        n = totals[category]
        read, stated = totals[f"{category} read"], totals[f"{category} stated"]
        print(f"  {category}: {n - missed}/{n} exact; gold figure read on some claim of its documents {read}/{stated}")
    return 0


def _recording_builds() -> list[list[Any]]:
    """Wrap ``build_incidents`` so the incidents the gate built can be read back (their claims)."""
    import counterclaim.incidents as package

    built: list[list[Any]] = []
    original = package.build_incidents

    def recording(extractions: list[Extraction]) -> list[Any]:
        result = original(extractions)
        built.append(result)
        return result

    package.build_incidents = recording  # type: ignore[assignment]
    return built


def _show(held: list[str], by_doc: dict[str, Extraction], category: str) -> None:
    grouped: dict[str, list[str]] = defaultdict(list)
    for doc_id in held:
        extraction = by_doc[doc_id]
        published = extraction.document.published or "-"
        for claim in extraction.claims:
            for count in claim.counts:
                if count.category in (category, "casualties", "killed", "injured"):
                    grouped[doc_id].append(
                        f"    {published} {claim.event_type:10s} neg={int(claim.negated)} {claim.modality:9s}"
                        f" {count.category:10s} {count.low}-{count.high} subj={count.subject!r} «{count.as_written}»"
                        f" by {claim.claimant.name or claim.claimant.kind}"
                    )
    for doc_id, lines in grouped.items():
        print(f"  doc {doc_id[:10]}")
        print("\n".join(lines))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
