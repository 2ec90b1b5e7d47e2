"""Quality gate for contradictions, the product's headline: who disputes whom, about what.

Gold: ``bench/gold/contradictions.jsonl`` (our own labels; the texts stay in ``../shared``), one
JSON object per document::

    {"doc": "fakes:<unit_id>" | "re3d:<folder>/documents.json#<_id>" | "seed:<name>",
     "source": "fa-kes" | "re3d" | "seed", "path": "...",
     "disputes": [{"attribute": "count|actor|target|occurred|claim", "sides": [A, B], "event": ..., "note": ...}]}

Texts: a FA-KES document is the CSV row of that ``unit_id``: ``article_title``, a blank line,
``article_content``, published on the row's ``date`` (M/D/YYYY). A re3d document is the record
``_id`` of the JSON-lines file ``path`` names (relative to ``../shared/eval``; ``#<_id>`` after the
file). The seed's ``path`` is relative to ``../shared``. Every text goes through the public pipeline.

Scoring, per document (split into ``tune`` / ``check`` by a hash of ``doc``):
  * a predicted ``Contradiction`` is right when a gold dispute of its document has a compatible
    attribute (the same, or ``claim`` with ``occurred``) and its two sides match the two predicted
    claimants as an unordered pair;
  * a side matches a claimant when, case-folded, the content words of one contain the other's
    ("US officials" ~ "officials"), an actor alias counting as its canonical name from the actor
    lexicon ("US officials" ~ "United States officials", "SOHR" ~ "Syrian Observatory for Human Rights"),
    or when both speak for one party as ``claims.sides.parties`` reads them ("White House" ~ "United
    States": the gold's rule that an official speaks for their body or country);
  * a document with ``"disputes": []`` has no genuine dispute: every prediction there is wrong.
Precision counts predictions; recall counts gold disputes (found by at least one prediction); ``genuine``
counts predictions whose two claimants are the two sides of a gold dispute of their document, whatever the
attribute (the share of listed contradictions that are real disagreements, issue 9's measure).

When the gold file is absent the gate skips, saying so (in CI too: the gold is our own repository
content, not shared data).

    python bench/quality_contradictions.py [--raise-floors] [--show]

``--show`` prints each tune document (gold, RIGHT, GENUINE: right parties but another attribute, WRONG) and,
for both halves, counts by class (check: counts only).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    GOLD_DIR,
    EvalDataMissing,
    GateOutcome,
    Scored,
    eval_dir,
    extract_all,
    half,
    ingested,
    ratio,
    run_gate,
    skip_without_gold,
)
from counterclaim.models import Claim, Contradiction, Document, Incident  # noqa: E402

NAME = "contradictions"
GOLD_FILE = GOLD_DIR / "contradictions.jsonl"
INCIDENT_NAME = "incident_contradictions"
INCIDENT_GOLD = GOLD_DIR / "incidents.jsonl"
INCIDENT_DISPUTES = GOLD_DIR / "incident_disputes.jsonl"
FAKES_CSV = "FA-KES-Dataset-without-gold.csv"
COMPATIBLE = {"claim": {"claim", "occurred"}, "occurred": {"claim", "occurred"}}
_WORD = re.compile(r"\w+")
# Function words carry no identity: "the Syrian army" and "Syrian army" are one side.
_FUNCTION_WORDS = frozenset(["the", "a", "an", "of", "s", "and", "for", "in", "on", "at", "to"])
_SHOW: list[bool] = []


@dataclass(frozen=True, slots=True)
class Dispute:
    """One gold dispute: the attribute in question and the two claimants who disagree on it."""

    attribute: str
    sides: tuple[str, str]


@dataclass(frozen=True, slots=True)
class GoldDocument:
    doc: str
    source: str
    path: str
    disputes: list[Dispute]
    stratum: str = ""


def load_gold(path: Path) -> list[GoldDocument]:
    """Every line of the gold file, disputes with fewer or more than two sides dropped."""
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        disputes = [
            Dispute(d["attribute"], (d["sides"][0], d["sides"][1]))
            for d in row.get("disputes", [])
            if len(d.get("sides", [])) == 2
        ]
        documents.append(GoldDocument(row["doc"], row["source"], row.get("path", ""), disputes, row.get("stratum", "")))
    return documents


# ---------------------------------------------------------------- matching


@lru_cache(maxsize=4096)
def content_words(name: str | None) -> frozenset[str]:
    """Case-folded words of a name, each actor alias in it written as its canonical name ("US" → united states)."""
    from counterclaim.actors import lexicon

    text = name or ""
    for mention in sorted(lexicon().find(text), key=lambda m: m.start, reverse=True):
        text = f"{text[: mention.start]} {mention.canonical} {text[mention.end :]}"
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _FUNCTION_WORDS)


def side_matches(side: str, claimant: str | None) -> bool:
    """One name's content words contain the other's, ignoring case ("US officials" ~ "officials"), or one person
    under two names ("Walid Muallem" ~ "Syrian foreign minister Muallem")."""
    ours, theirs = content_words(claimant), content_words(side)
    return (bool(ours and theirs) and (ours <= theirs or theirs <= ours)) or _same_person(side, claimant)


def _same_person(side: str, claimant: str | None) -> bool:
    """A person we name in full and the gold by office and surname: the claimant is a personal name (two to four
    capitalised words, no party of the lexicon in it) whose last word, the surname, ends the gold side too."""
    names = (claimant or "").split()
    if not 2 <= len(names) <= 4 or not all(n[:1].isupper() for n in names) or _parties(claimant):
        return False
    surname = names[-1]
    return side.split()[-1:] == [surname] and surname.casefold() not in _FUNCTION_WORDS


@lru_cache(maxsize=4096)
def _parties(name: str | None) -> frozenset[str]:
    from counterclaim.claims.sides import parties

    return parties(name)


def speaks_for_same_party(side: str, claimant: str | None) -> bool:
    """A side and a claimant that name one party: "White House" and "United States", "Syrian army" and "Syria".

    The gold's guideline (bench/gold/README.md): an official speaks for their body or country, so a
    claimant named by the state it speaks for is that side; the parties are read as the product reads them.
    """
    return side_matches(side, claimant) or bool(_parties(side) & _parties(claimant))


def attributes_compatible(predicted: str, gold: str) -> bool:
    return predicted == gold or gold in COMPATIBLE.get(predicted, set())


def is_right(prediction: Contradiction, dispute: Dispute) -> bool:
    """Compatible attribute, and the two sides match the two claimants in either order."""
    if not attributes_compatible(prediction.attribute, dispute.attribute):
        return False
    return is_genuine(prediction, dispute)


def is_genuine(prediction: Contradiction, dispute: Dispute) -> bool:
    """The two sides match the two claimants in either order, whatever attribute each names: the two parties
    do disagree about that event (issue 9's "real disagreements about that event"), even where we call a
    denial of blame ``claim`` and the gold ``actor``. A contradiction joining two events never is."""
    if prediction.attribute == "two events" or len(prediction.claimants) < 2:
        return False
    a, b = prediction.claimants[0], prediction.claimants[1]
    first, second = dispute.sides
    same = speaks_for_same_party
    return (same(first, a) and same(second, b)) or (same(first, b) and same(second, a))


FORMULAS = {
    "precision": ratio("right", "predicted"),
    "recall": ratio("found", "gold"),
    "genuine": ratio("genuine", "predicted"),
}


def counts(predicted: list[Contradiction], gold: list[Dispute]) -> dict[str, float]:
    """One document: predictions, right predictions, gold disputes, and gold disputes some prediction finds."""
    return {
        "predicted": len(predicted),
        "right": sum(any(is_right(p, d) for d in gold) for p in predicted),
        "genuine": sum(any(is_genuine(p, d) for d in gold) for p in predicted),
        "gold": len(gold),
        "found": sum(any(is_right(p, d) for p in predicted) for d in gold),
    }


# ---------------------------------------------------------------- texts


def _iso_date(raw: str) -> str | None:
    try:
        return datetime.strptime(raw.strip(), "%m/%d/%Y").date().isoformat()
    except ValueError:
        return None


def _fakes_rows(base: Path) -> dict[str, dict[str, str]]:
    """The first CSV row of each FA-KES ``unit_id``."""
    with (base / "fa-kes" / FAKES_CSV).open(newline="", encoding="utf-8") as handle:
        rows: dict[str, dict[str, str]] = {}
        for row in csv.DictReader(handle):
            rows.setdefault(row["unit_id"].strip(), row)
    return rows


def _re3d_text(base: Path, path: str) -> str:
    """The ``text`` of record ``#<_id>`` in a re3d JSON-lines file (``path`` relative to eval, or to eval/re3d)."""
    file, _, record_id = path.partition("#")
    location = base / file if (base / file).exists() else base / "re3d" / file
    with location.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip() and (record := json.loads(line))["_id"] == record_id:
                return str(record["text"])
    raise EvalDataMissing(f"re3d record {record_id} not found in {location}")


def documents_for(gold: list[GoldDocument], base: Path) -> list[Document]:
    """One ingested Document per gold line, its text read from ``base`` (``../shared/eval``)."""
    fakes = _fakes_rows(base) if any(g.source == "fa-kes" for g in gold) else {}
    documents = []
    for item in gold:
        if item.source == "fa-kes":
            row = fakes.get(item.doc.removeprefix("fakes:"))
            if row is None:
                raise EvalDataMissing(f"FA-KES row {item.doc} not found in {base / 'fa-kes' / FAKES_CSV}")
            text = f"{row['article_title']}\n\n{row['article_content']}"
            documents.append(ingested(text, item.doc, published=_iso_date(row["date"])))
        elif item.source == "re3d":
            documents.append(ingested(_re3d_text(base, item.path), item.doc))
        else:
            seed = base.parent / item.path
            if not seed.exists():
                raise EvalDataMissing(f"seed report not found at {seed}")
            documents.append(ingested(seed.read_text(encoding="utf-8"), item.doc))
    return documents


# ---------------------------------------------------------------- gate


def evaluate(gold_file: Path, base: Path) -> list[Scored]:
    """Per report, one figure set per stratum of the gold: the documents of the first labelling keep the
    ``contradictions`` keys (so their floors keep meaning what they meant), a later stratum drawn by its own
    rule (``"stratum": "denials"``) is scored under ``contradictions_<stratum>``, and ``contradictions_all``
    pools every labelled document."""
    gold = load_gold(gold_file)
    strata = {g.stratum for g in gold}
    scored = {s: Scored(f"{NAME}_{s}" if s else NAME, FORMULAS) for s in sorted(strata)}
    pooled = Scored(f"{NAME}_all", FORMULAS)
    for item, extraction in zip(gold, extract_all(documents_for(gold, base)), strict=True):
        row = counts(extraction.contradictions, item.disputes)
        scored[item.stratum].add(item.doc, row)
        pooled.add(item.doc, row)
        if _SHOW:
            _show(item, extraction.contradictions, {claim.id: claim for claim in extraction.claims})
    if _SHOW:
        _show_classes()
    disputes = sum(len(g.disputes) for g in gold)
    predicted = sum(c["predicted"] for _, c in pooled.rows)
    print(f"\ncontradictions: {len(gold)} documents, {disputes} gold disputes, {predicted:.0f} predicted (both halves)")
    return [*scored.values(), pooled]


# ---------------------------------------------------------------- the contradictions an incident lists


def load_incident_gold(per_document: dict[str, list[Dispute]]) -> tuple[dict[str, str], dict[str, list[Dispute]]]:
    """Document → gold incident (``incidents.jsonl``), and each incident's disputes: those of its documents
    (every document there is labelled in ``contradictions.jsonl``) and those across its documents
    (``incident_disputes.jsonl``)."""
    incident_of: dict[str, str] = {}
    disputes: dict[str, list[Dispute]] = {}
    for line in INCIDENT_GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        disputes[row["incident"]] = []
        for doc in row["docs"]:
            if doc not in per_document:
                raise EvalDataMissing(f"{doc} (incident {row['incident']}) has no line in {GOLD_FILE.name}")
            incident_of[doc] = row["incident"]
            disputes[row["incident"]].extend(per_document[doc])
    for line in INCIDENT_DISPUTES.read_text(encoding="utf-8").splitlines() if INCIDENT_DISPUTES.exists() else []:
        if line.strip():
            row = json.loads(line)
            disputes[row["incident"]].extend(
                Dispute(d["attribute"], (d["sides"][0], d["sides"][1])) for d in row["disputes"]
            )
    return incident_of, disputes


def incident_counts(
    incidents: Sequence[Incident],
    claim_document: dict[str, str],
    incident_of: dict[str, str],
    gold: dict[str, list[Dispute]],
) -> dict[str, dict[str, float]]:
    """Per gold incident: the contradictions predicted incidents list about it, the right ones, its gold
    disputes and those found. A contradiction whose two claims come from two gold incidents joins two
    events: it counts, wrong, against the first claim's incident."""
    listed: dict[str, list[Contradiction]] = {name: [] for name in gold}
    for incident in incidents:
        for found in incident.contradictions:
            events = [incident_of[claim_document[c]] for c in found.claims if claim_document.get(c) in incident_of]
            if events:
                listed[events[0]].append(found if len(set(events)) == 1 else _joining_two(found))
    return {name: counts(listed[name], gold[name]) for name in gold}


def _joining_two(found: Contradiction) -> Contradiction:
    """A contradiction across two real events: kept for the count, made unmatchable."""
    return Contradiction("two events", found.claims, found.summary, [])


def evaluate_incidents(gold: list[GoldDocument], base: Path) -> Scored:
    """The contradictions ``build_incidents`` lists per incident over the FA-KES documents of our incident links,
    split by incident id as ``quality_incidents`` splits them."""
    from bench.quality_incidents import cached_extractions, documents_of, fakes_items
    from counterclaim.incidents import build_incidents

    incident_of, disputes = load_incident_gold({g.doc: g.disputes for g in gold})
    extractions = cached_extractions("fakes", documents_of(fakes_items(base, INCIDENT_GOLD)))
    claim_document = {claim.id: e.document.source or e.document.id for e in extractions for claim in e.claims}
    incidents = build_incidents(list(extractions))
    scored = Scored(INCIDENT_NAME, FORMULAS)
    for name, row in incident_counts(incidents, claim_document, incident_of, disputes).items():
        scored.add(name, row)
    listed = sum(len(i.contradictions) for i in incidents)
    print(
        f"incident contradictions: {len(disputes)} gold incidents, {sum(map(len, disputes.values()))} gold disputes, "
        f"{listed} listed by {len(incidents)} predicted incidents (both halves)"
    )
    return scored


_CLASSES: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}


def _wrong_class(item: GoldDocument, found: Contradiction, claims: dict[str, Claim]) -> str:
    """What a wrong contradiction shares with others, from its structure alone (check errors are read as counts):
    a report with no dispute, how many of its two sides the gold knows, and whether one claim is dated and the
    other not (a recollection or another event told beside the news)."""
    known = sum(any(speaks_for_same_party(s, c) for d in item.disputes for s in d.sides) for c in found.claimants)
    pair = [claims[c] for c in found.claims if c in claims]
    dated = "" if len(pair) < 2 else f", dated {sum(c.date.start is not None for c in pair)} of 2"
    where = "report without dispute" if not item.disputes else f"gold knows {known} of 2 sides"
    types = "/".join(sorted(c.event_type for c in pair))
    return f" ({where}{dated}, {types})"


def _voiced_sides(dispute: Dispute, claims: dict[str, Claim]) -> int:
    """How many of a missed dispute's sides our claims give a voice (as claimant, or as the subject of an accusation or
    a denial): 2 is a pairing miss, fewer an attribution miss upstream of the contradiction rules."""
    voices = {c.claimant.name for c in claims.values()} | {
        a for c in claims.values() if c.event_type in {"ACCUSE", "REJECT"} for a in c.actors
    }
    return sum(any(speaks_for_same_party(side, v) for v in voices if v) for side in dispute.sides)


def _show(item: GoldDocument, predicted: list[Contradiction], claims: dict[str, Claim]) -> None:
    """Tune documents in full (gold, right, wrong, missed); check documents as counts by class only, so that no
    rule is ever fitted to a check error."""
    which = half(item.doc)
    lines = [f"  GOLD {d.attribute}: {d.sides[0]} | {d.sides[1]}" for d in item.disputes]
    for p in predicted:
        mark = (
            "RIGHT"
            if any(is_right(p, d) for d in item.disputes)
            else ("GENUINE" if any(is_genuine(p, d) for d in item.disputes) else "WRONG")
        )
        detail = _wrong_class(item, p, claims) if mark == "WRONG" else ""
        _CLASSES[which][f"{mark} {p.attribute}{detail}"] += 1
        lines.append(f"  {mark} {p.attribute}: {' | '.join(str(c) for c in p.claimants)}  ({p.summary})")
    for d in item.disputes:
        if not any(is_right(p, d) for p in predicted):
            _CLASSES[which][f"MISSED {d.attribute} ({_voiced_sides(d, claims)} of 2 sides voice a claim)"] += 1
    if which == "tune" and lines:
        print(f"\n## {item.doc}", *lines, sep="\n")


def _show_classes() -> None:
    for which, classes in _CLASSES.items():
        print(f"{which} by class: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items())))


def score() -> list[Scored]:
    base = eval_dir(".")
    return [*evaluate(GOLD_FILE, base), evaluate_incidents(load_gold(GOLD_FILE), base)]


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/contradictions.json.

    No gold file: skipped, in CI too (the gold is repository content in bench/gold/, not evaluation data).
    """
    if "--show" in argv:
        _SHOW.append(True)
    skipped = skip_without_gold(GOLD_FILE, "contradiction")
    return skipped if skipped is not None else run_gate(NAME, score, argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
