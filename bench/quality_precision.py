"""Quality gate for claim precision: how many of our claims a careful reader would code, on our own in-domain gold.

Why: every other claims bench scores recall-like figures on gold sentences that each hold one event; none says how
much of what the product emits on a whole news report is noise (page furniture, definitions, a casualty noun alone,
an intent read as a deed, a month name read as a protest). This one does, on Syrian-war reporting.

Gold: ``bench/gold/claims.jsonl`` (our own labels, see ``bench/gold/README.md``; the texts stay in
``../shared/eval/fa-kes``), one JSON object per FA-KES article::

    {"doc": "fakes:<unit_id>",
     "events": [{"type": "ASSAULT", "also": ["COERCE"], "trigger": "seized", "at": 412, "nth": 0,
                 "background": true}]}

Each event is one *mention* of an event the article reports, anchored by its trigger word, the character offset
``at`` of that word in the text as the ingester cleans it, and ``nth``, which occurrence of the word (whole word, any
case) it is in that text. ``also`` lists other PLOVER types a careful reader would accept (seizing a town is an
ASSAULT or a COERCE). ``background`` marks a mention that is real but not what a coder of this report would code
(a war-wide toll, the 2011 uprising, a hedged ongoing state): a claim on it is neither right nor wrong.

Anchors survive small changes of the cleaned text: the scorer takes the ``nth`` occurrence of the trigger when it
lies within ``DRIFT`` characters of ``at``, else the occurrence nearest ``at``.

Scoring, per document (split into ``tune`` / ``check`` by ``bench.common.half(doc)``):

- a claim is *scored* when it is asserted (``modality == "asserted"``; a claim marked future or conditional does
  not say the event happened) and read from the text (headline claims index the title, which FA-KES texts lack);
- a claim *matches* a gold event when the event's anchor lies in the claim's sentence(s) (``EvidenceFinder``'s
  sentences, the rule provenance uses) and the claim's type is the event's ``type`` or one of its ``also``;
- ``claim_precision``: scored claims that match a gold event, over scored claims that match no background event
  only (a claim on background alone is set aside);
- ``event_recall``: gold events (not background) matched by at least one scored claim.

Several claims may match one event (a strike and the deaths it caused in one sentence): each is right, because each
is a true reading of the report; duplicates are the incident stage's business.

    python bench/quality_precision.py [--raise-floors] [--show]
"""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    GOLD_DIR,
    GateOutcome,
    Scored,
    eval_dir,
    extract_all,
    half,
    ratio,
    run_gate,
    skip_without_gold,
)
from bench.quality_contradictions import GoldDocument, documents_for  # noqa: E402
from counterclaim.models import Claim, Extraction  # noqa: E402
from counterclaim.provenance import EvidenceFinder  # noqa: E402

NAME = "precision"
GOLD_FILE = GOLD_DIR / "claims.jsonl"
DRIFT = 400
_SHOW: list[str] = []


@dataclass(frozen=True, slots=True)
class GoldEvent:
    types: frozenset[str]
    trigger: str
    at: int
    nth: int
    background: bool = False


@dataclass(frozen=True, slots=True)
class GoldClaims:
    doc: str
    events: list[GoldEvent]


def load_gold(path: Path) -> list[GoldClaims]:
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        events = [
            GoldEvent(
                frozenset([e["type"], *e.get("also", [])]),
                e["trigger"],
                int(e["at"]),
                int(e.get("nth", -1)),
                bool(e.get("background", False)),
            )
            for e in row.get("events", [])
        ]
        documents.append(GoldClaims(row["doc"], events))
    return documents


def anchor(text: str, event: GoldEvent) -> int:
    """Where the event's trigger is in this text: its ``nth`` occurrence if near ``at``, else the nearest one."""
    found = [m.start() for m in re.finditer(rf"\b{re.escape(event.trigger)}\b", text, re.IGNORECASE)]
    if not found:
        return event.at
    if 0 <= event.nth < len(found) and abs(found[event.nth] - event.at) <= DRIFT:
        return found[event.nth]
    return min(found, key=lambda start: abs(start - event.at))


class Sentences:
    """Sentence numbers of character offsets, by the provenance rule (no parser, so stable across model versions)."""

    def __init__(self, text: str) -> None:
        self.starts = EvidenceFinder(text)._starts

    def of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def span(self, claim: Claim) -> range:
        return range(self.of(claim.start), self.of(max(claim.start, claim.end - 1)) + 1)


def scored_claims(extraction: Extraction) -> list[Claim]:
    """The claims that say, from the text, that something happened."""
    return [c for c in extraction.claims if c.modality == "asserted" and not c.in_headline]


def matches(claim: Claim, sentences: range, event: GoldEvent, at: int, finder: Sentences) -> bool:
    return claim.event_type in event.types and finder.of(at) in sentences


FORMULAS = {
    "claim_precision": ratio("right", "predicted"),
    "event_recall": ratio("found", "gold"),
}


def counts(item: GoldClaims, extraction: Extraction) -> dict[str, float]:
    text = extraction.document.text
    finder = Sentences(text)
    anchored = [(event, anchor(text, event)) for event in item.events]
    claims = scored_claims(extraction)
    right, wrong, found = [], [], set()
    for claim in claims:
        span = finder.span(claim)
        hits = [(i, e) for i, (e, at) in enumerate(anchored) if matches(claim, span, e, at, finder)]
        real = [i for i, e in hits if not e.background]
        found.update(real)
        if real:
            right.append(claim)
        elif not hits:
            wrong.append(claim)
    if _SHOW and half(item.doc) in _SHOW:
        _show(item, extraction, wrong, [e for i, (e, _) in enumerate(anchored) if not e.background and i not in found])
    return {
        "predicted": len(right) + len(wrong),
        "right": len(right),
        "gold": sum(not e.background for e in item.events),
        "found": len(found),
    }


def _show(item: GoldClaims, extraction: Extraction, wrong: list[Claim], missed: list[GoldEvent]) -> None:
    text = extraction.document.text
    finder = EvidenceFinder(text)
    print(f"\n## {item.doc}")
    for claim in wrong:
        sentence = (finder.sentence(claim.start, claim.end) or "")[:140]
        print(f"  WRONG {claim.event_type} {claim.trigger!r} actors={claim.actors} targets={claim.targets}: {sentence}")
    for event in missed:
        print(f"  MISSED {'/'.join(sorted(event.types))} {event.trigger!r} at {anchor(text, event)}")


def evaluate(gold_file: Path, base: Path) -> Scored:
    gold = load_gold(gold_file)
    stand_ins = [GoldDocument(g.doc, "fa-kes", "", []) for g in gold]
    scored = Scored(NAME, FORMULAS)
    for item, extraction in zip(gold, extract_all(documents_for(stand_ins, base)), strict=True):
        scored.add(item.doc, counts(item, extraction))
    events = sum(len(g.events) for g in gold)
    background = sum(e.background for g in gold for e in g.events)
    print(f"\nprecision: {len(gold)} documents, {events} gold event mentions ({background} background; both halves)")
    return scored


def score() -> list[Scored]:
    return [evaluate(GOLD_FILE, eval_dir("."))]


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/precision.json.

    ``--show`` prints the tune half's wrong claims and missed events (``--show=check`` exists; read only tune).
    """
    for arg in argv:
        if arg.startswith("--show"):
            _SHOW.append(arg.partition("=")[2] or "tune")
    skipped = skip_without_gold(GOLD_FILE, "claim precision")
    return skipped if skipped is not None else run_gate(NAME, score, argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
