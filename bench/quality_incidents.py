"""Quality gate for incident grouping: documents → incidents on GVC and ECB+, casualties per incident on GVC.

Data (``../shared/eval``, never copied here; read each folder's SOURCE.md):

- ``gvc``: 76 news reports of US shootings, 36 Gun Violence Archive incidents (all look-alikes: one city,
  another day). Casualty gold per incident: ``killed_annotated``, ``injured_not_killed_annotated``.
- ``ecbplus``: 510 reports, 44 incidents in 22 topics; each topic holds two incidents of the same kind at
  different times (two earthquakes in one region), the hard case.
- ``bench/gold/incidents.jsonl`` (our own links, README there): the 49 FA-KES articles of our figure gold
  and the other FA-KES articles that report one of their events, grouped by incident (Syrian-war
  reporting from outlets on every side: the product's own domain). Scored like the others as ``fakes``.

Every document (title, a blank line, body; published on its date when the corpus gives one) goes
through the public pipeline, and the extractions of a whole folder go to
``counterclaim.incidents.build_incidents`` at once. A document's predicted incident is its main incident as
grouping itself defines it (``Grouper._main_group``): the one holding most of its incident claims
(``incidents.kinds.forms_incident``; ties: the first). A response attached to an incident (an accusation,
a call, a denial) joins the incident claim it stands nearest to, so it is no vote of its own; a document
with no incident claim goes where it is listed, else it is a singleton.

**The split is by incident id** (``bench.common.half(incident_id)``), not by document: the documents of
one incident stay in one half, so a rule tuned on an incident's reports is never checked on another
report of the same incident. Grouping runs over the whole folder (as a user would run it), and each
gold incident is scored in its half; bootstrap intervals resample incidents.

Figures, per corpus (``gvc``, ``ecbplus``) and half:

- ``b3_precision`` / ``b3_recall`` / ``b3_f1``: B-cubed over documents (per document:
  |predicted ∩ gold| / |predicted| and / |gold|, averaged over the documents of the half);
- ``pair_precision`` / ``pair_recall`` / ``pair_f1``: over same-incident document pairs;
- ``ecbplus.topic_b3_f1``: B³ F1 inside each topic (both sides restricted to the topic's documents in
  the half), averaged over topics: can the grouping tell the topic's two look-alike incidents apart?
- ``gvc.killed_exact`` / ``gvc.injured_exact``: per gold incident, the predicted incident holding most
  of its documents; its ``best`` killed (injured) figure equals the gold figure. No figure counts as 0:
  the gold derives 0 from reports that mention no death.

Extractions are cached on disk under ``bench/.cache/<corpus>/`` (gitignored), one pickle per
document keyed by a hash of its text, publication date, the package version and the extraction code
(``code_version``), so a rerun takes seconds where the first parse of the 586 reports takes minutes,
and a change to any rule outside ``incidents/`` parses again.

    python bench/quality_incidents.py [--raise-floors] [--show]
"""

from __future__ import annotations

import calendar
import hashlib
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    GOLD_DIR,
    EvalDataMissing,
    Formula,
    GateOutcome,
    Scored,
    eval_dir,
    f1,
    half,
    ratio,
    run_gate,
)
from counterclaim.models import Document, Extraction  # noqa: E402

NAME = "incidents"
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
FAKES_GOLD = GOLD_DIR / "incidents.jsonl"
_SHOW: list[str] = []


@dataclass(frozen=True, slots=True)
class Item:
    """One gold document: its id, gold incident, topic (ECB+; the incident itself on GVC) and text."""

    doc_id: str
    incident: str
    topic: str
    text: str
    published: str | None


# ---------------------------------------------------------------- corpora


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gvc_items(base: Path) -> list[Item]:
    return [
        Item(r["doc_id"], r["incident_id"], r["incident_id"], _joined(r.get("title"), r.get("text")), r.get("dct"))
        for r in _rows(base / "docs.jsonl")
    ]


def ecbplus_items(base: Path) -> list[Item]:
    return [
        Item(
            r["doc_id"],
            r["incident_id"],
            r["topic"],
            _joined(r.get("title"), r.get("text")),
            _date_of(r.get("date_publish")),
        )
        for r in _rows(base / "docs.jsonl")
    ]


def fakes_items(base: Path, gold_file: Path) -> list[Item]:
    """Our own FA-KES incident links (``bench/gold/incidents.jsonl``); texts read as the other FA-KES gates do."""
    from bench.quality_contradictions import _fakes_rows, _iso_date

    rows = _fakes_rows(base)
    items = []
    for incident in _rows(gold_file):
        for doc in incident["docs"]:
            row = rows.get(doc.removeprefix("fakes:"))
            if row is None:
                raise EvalDataMissing(f"FA-KES row {doc} not found under {base / 'fa-kes'}")
            text = _joined(row["article_title"], row["article_content"])
            items.append(Item(doc, incident["incident"], incident["incident"], text, _iso_date(row["date"])))
    return items


def _joined(title: str | None, text: str | None) -> str:
    return "\n\n".join(part.strip() for part in (title, text) if part and part.strip())


_MONTHS = {calendar.month_abbr[i].lower(): i for i in range(1, 13)}
_MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b")
_SLASHED = re.compile(r"\b(\d{1,2}) / (\d{1,2}) / (\d{4})\b")


def _date_of(raw: str | None) -> str | None:
    """ECB+'s scraped date line ("Mar 4, 2009", or a clock time then "07 / 2 / 2010") as an ISO day, else None."""
    if not raw:
        return None
    if match := _MONTH_DAY_YEAR.search(raw):
        month = _MONTHS.get(match[1][:3].lower())
        if month:
            return f"{int(match[3]):04d}-{month:02d}-{int(match[2]):02d}"
    if match := _SLASHED.search(raw):
        return f"{int(match[3]):04d}-{int(match[1]):02d}-{int(match[2]):02d}"
    return None


# ---------------------------------------------------------------- extractions, cached on disk


_CODE_VERSION: list[str] = []


def code_version() -> str:
    """The package version and a hash of the extraction code and data (every file of the package but
    ``incidents/``): a cached extraction is stale as soon as a rule changes, even within one release."""
    if not _CODE_VERSION:
        import counterclaim

        package = Path(counterclaim.__file__).resolve().parent
        digest = hashlib.sha256(counterclaim.__version__.encode("utf-8"))
        for path in sorted(package.rglob("*")):
            relative = path.relative_to(package).as_posix()
            if path.is_file() and not relative.startswith("incidents/") and "__pycache__" not in relative:
                digest.update(relative.encode("utf-8") + b"\x00" + path.read_bytes())
        _CODE_VERSION.append(digest.hexdigest()[:16])
    return _CODE_VERSION[0]


def _cache_key(document: Document) -> str:
    payload = "\x00".join([code_version(), document.text, document.published or "", document.source or ""])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]


def documents_of(items: Sequence[Item]) -> list[Document]:
    from bench.common import ingested

    return [ingested(item.text, item.doc_id, published=item.published) for item in items]


def cached_extractions(corpus: str, documents: Sequence[Document]) -> list[Extraction]:
    """The pipeline's extraction of each document, read from ``bench/.cache/<corpus>/`` when there."""
    from bench.common import extract_all

    folder = CACHE_DIR / corpus
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{_cache_key(d)}.pkl" for d in documents]
    todo = [d for d, p in zip(documents, paths, strict=True) if not p.exists()]
    if todo:
        print(f"  {corpus}: extracting {len(todo)} documents (cached under {folder})")
        for document, extraction in zip(todo, extract_all(todo), strict=True):
            (folder / f"{_cache_key(document)}.pkl").write_bytes(pickle.dumps(extraction))
    return [pickle.loads(p.read_bytes()) for p in paths]


# ---------------------------------------------------------------- documents → predicted incidents


def incidents_by_grouping(extractions: Sequence[Extraction]) -> dict[str, str]:
    """Document id → predicted incident id, through ``counterclaim.incidents.build_incidents``.

    A document's incident is the one holding most of its incident claims (``forms_incident``; ties: the
    first built), as grouping's own main incident of a report; a document none of whose incident claims is
    grouped, but listed in an incident's documents (or as a copy), goes there; any other document is a
    singleton.

    Why incident claims only: an attached response (an accusation, a call) follows the incident claim nearest
    to it in the text, so counting it weighted a report's minor event (a meeting quoted beside a shooting)
    by the responses that happened to stand near it; grouping's ``merge_story`` and ``join_story`` never
    counted them.
    """
    from counterclaim.incidents import build_incidents
    from counterclaim.incidents.kinds import forms_incident

    incidents = build_incidents(list(extractions))
    claim_doc = {claim.id: e.document.id for e in extractions for claim in e.claims if forms_incident(claim)}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    listed: dict[str, str] = {}
    for incident in incidents:
        for claim_id in incident.claims:
            if claim_id in claim_doc:
                votes[claim_doc[claim_id]][incident.id] += 1
        for document in incident.documents:
            for doc_id in (document.id, *document.copies):
                listed.setdefault(doc_id, incident.id)
    order = {incident.id: n for n, incident in enumerate(incidents)}
    assigned = {}
    for extraction in extractions:
        doc_id = extraction.document.id
        counted = votes.get(doc_id)
        if counted:
            assigned[doc_id] = max(counted, key=lambda i: (counted[i], -order[i]))
        else:
            assigned[doc_id] = listed.get(doc_id, f"single:{doc_id}")
    _CASUALTIES.clear()
    _CASUALTIES.update({incident.id: _figures_of(incident) for incident in incidents})
    return assigned


_CASUALTIES: dict[str, dict[str, int | None]] = {}


def _figures_of(incident: Any) -> dict[str, int | None]:
    casualties = getattr(incident, "casualties", {}) or {}
    return {category: getattr(casualties.get(category), "best", None) for category in ("killed", "injured")}


def incidents_with_document_clusters(extractions: Sequence[Extraction]) -> dict[str, str]:
    """``build_incidents``, then the documents of one ``similarity.document_clusters`` cluster put together in the
    incident most of them fall in (``--document-clusters``): what a document-level pass in grouping would give."""
    from counterclaim.incidents.similarity import document_clusters, reset

    grouped = incidents_by_grouping(extractions)
    reset()
    assigned = {}
    for members in document_clusters(extractions):
        main = Counter(grouped[d] for d in members).most_common(1)[0][0]
        assigned.update(dict.fromkeys(members, main))
    return assigned


def incidents_by_affinity(extractions: Sequence[Extraction], threshold: float = 0.15) -> dict[str, str]:
    """Document id → cluster, by ``similarity.document_clusters`` alone (``--by-affinity``): the similarity
    signal measured apart from the grouping's rules."""
    from counterclaim.incidents.similarity import document_clusters, reset

    reset()
    _CASUALTIES.clear()
    return {doc: f"aff:{n}" for n, members in enumerate(document_clusters(extractions, threshold)) for doc in members}


# ---------------------------------------------------------------- scoring


def b3(predicted: Mapping[str, str], gold: Mapping[str, str], docs: Iterable[str]) -> dict[str, tuple[float, float]]:
    """Per document: (B³ precision, B³ recall) with both clusterings restricted to ``docs``."""
    members = list(docs)
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for d in members:
        by_pred[predicted[d]].add(d)
        by_gold[gold[d]].add(d)
    result = {}
    for d in members:
        pred, true = by_pred[predicted[d]], by_gold[gold[d]]
        both = len(pred & true)
        result[d] = (both / len(pred), both / len(true))
    return result


def pair_counts(predicted: Mapping[str, str], gold: Mapping[str, str], doc: str, docs: Iterable[str]) -> dict[str, int]:
    """Pairs (doc, other) predicted together, gold together, both: each pair counted from both ends."""
    counts = {"pairs_predicted": 0, "pairs_gold": 0, "pairs_both": 0}
    for other in docs:
        if other == doc:
            continue
        same_pred, same_gold = predicted[other] == predicted[doc], gold[other] == gold[doc]
        counts["pairs_predicted"] += same_pred
        counts["pairs_gold"] += same_gold
        counts["pairs_both"] += same_pred and same_gold
    return counts


def _b3_f1(c: Mapping[str, float]) -> float:
    p = c.get("b3_p", 0.0) / c["docs"] if c.get("docs") else 0.0
    r = c.get("b3_r", 0.0) / c["docs"] if c.get("docs") else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


GROUPING_FORMULAS: dict[str, Formula] = {
    "b3_precision": ratio("b3_p", "docs"),
    "b3_recall": ratio("b3_r", "docs"),
    "b3_f1": Formula(_b3_f1, ("docs",)),
    "pair_precision": ratio("pairs_both", "pairs_predicted"),
    "pair_recall": ratio("pairs_both", "pairs_gold"),
    "pair_f1": f1("pairs_both", "pairs_predicted", "pairs_gold"),
}


def grouping_rows(items: Sequence[Item], predicted: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """One row of summed counts per gold incident (the unit the halves and the bootstrap draw)."""
    gold = {item.doc_id: item.incident for item in items}
    everyone = [item.doc_id for item in items]
    scores = b3(predicted, gold, everyone)
    rows: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for item in items:
        row = rows[item.incident]
        p, r = scores[item.doc_id]
        row["docs"] += 1
        row["b3_p"] += p
        row["b3_r"] += r
        for key, value in pair_counts(predicted, gold, item.doc_id, everyone).items():
            row[key] += value
    return rows


def topic_rows(items: Sequence[Item], predicted: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """Per gold incident: its topic's B³ F1 inside the half, shared among the topic's incidents of that half."""
    gold = {item.doc_id: item.incident for item in items}
    cells: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        cells[(item.topic, half(item.incident))].append(item)
    rows: dict[str, dict[str, float]] = {}
    for members in cells.values():
        scores = b3(predicted, gold, [m.doc_id for m in members])
        p = sum(s[0] for s in scores.values()) / len(scores)
        r = sum(s[1] for s in scores.values()) / len(scores)
        value = 2 * p * r / (p + r) if p + r else 0.0
        incidents = {m.incident for m in members}
        for incident in incidents:
            rows[incident] = {"topic_f1": value / len(incidents), "topics": 1 / len(incidents)}
    return rows


def casualty_rows(base: Path, items: Sequence[Item], predicted: Mapping[str, str]) -> dict[str, dict[str, float]]:
    """Per GVC incident: the best killed / injured figure of the predicted incident holding most of its documents."""
    rows: dict[str, dict[str, float]] = {}
    by_incident: dict[str, list[str]] = defaultdict(list)
    for item in items:
        by_incident[item.incident].append(item.doc_id)
    for gold in _rows(base / "incidents.jsonl"):
        docs = by_incident.get(gold["incident_id"], [])
        if not docs:
            continue
        mine = Counter(predicted[d] for d in docs).most_common(1)[0][0]
        figures = _CASUALTIES.get(mine, {})
        killed, injured = figures.get("killed") or 0, figures.get("injured") or 0
        rows[gold["incident_id"]] = {
            "incidents": 1,
            "killed_right": float(killed == gold["killed_annotated"]),
            "injured_right": float(injured == gold["injured_not_killed_annotated"]),
        }
        if _SHOW and half(gold["incident_id"]) in _SHOW and (rows[gold["incident_id"]]["killed_right"] < 1):
            print(f"  KILLED {gold['incident_id']}: gold {gold['killed_annotated']}, ours {killed}")
    return rows


CASUALTY_FORMULAS = {
    "killed_exact": ratio("killed_right", "incidents"),
    "injured_exact": ratio("injured_right", "incidents"),
}
TOPIC_FORMULAS = {"topic_b3_f1": ratio("topic_f1", "topics")}


def _scored(prefix: str, formulas: dict[str, Formula], rows: Mapping[str, Mapping[str, float]]) -> Scored:
    scored = Scored(prefix, formulas)
    for incident, counts in sorted(rows.items()):
        scored.add(incident, counts)
    return scored


def _show_errors(items: Sequence[Item], predicted: Mapping[str, str], extractions: Sequence[Extraction]) -> None:
    """The tune half's gold incidents split over several predicted ones, and predicted ones mixing incidents."""
    titles = {item.doc_id: item.text.split("\n", 1)[0][:70] for item in items}
    by_pred: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_pred[predicted[item.doc_id]].append(item)
    for cluster, members in sorted(by_pred.items()):
        if len({m.incident for m in members}) > 1 and any(half(m.incident) in _SHOW for m in members):
            print(f"\n  MIXED {cluster}:")
            for m in members:
                print(f"    {m.incident:>12s} {m.published or '-':10s} {titles[m.doc_id]}")
    del extractions


Grouper = Callable[[Sequence[Extraction]], dict[str, str]]


def evaluate(corpus: str, items: Sequence[Item], group: Grouper) -> tuple[dict[str, str], list[Scored]]:
    from counterclaim.incidents.similarity import reset

    documents = documents_of(items)
    extractions = cached_extractions(corpus, documents)
    reset()  # each corpus is its own run: word weights learnt on another corpus must not carry over
    by_doc = group(extractions)
    predicted = {item.doc_id: by_doc[d.id] for item, d in zip(items, documents, strict=True)}
    if _SHOW:
        _show_errors(items, predicted, extractions)
    scored = [_scored(corpus, GROUPING_FORMULAS, grouping_rows(items, predicted))]
    whole = b3(predicted, {i.doc_id: i.incident for i in items}, predicted)
    p = sum(s[0] for s in whole.values()) / len(whole)
    r = sum(s[1] for s in whole.values()) / len(whole)
    clusters = len(set(predicted.values()))
    print(
        f"\n{corpus}: {len(items)} documents, {len({i.incident for i in items})} incidents, {clusters} predicted;"
        f" whole folder B³ P/R/F1 {p:.3f}/{r:.3f}/{2 * p * r / (p + r) if p + r else 0:.3f}"
    )
    return predicted, scored


def score(group: Grouper | None = None) -> list[Scored]:
    grouper = group or incidents_by_grouping
    gvc_base, ecb_base = eval_dir("gvc"), eval_dir("ecbplus")
    gvc = gvc_items(gvc_base)
    predicted, scored = evaluate("gvc", gvc, grouper)
    scored.append(_scored("gvc", CASUALTY_FORMULAS, casualty_rows(gvc_base, gvc, predicted)))
    ecb = ecbplus_items(ecb_base)
    predicted, more = evaluate("ecbplus", ecb, grouper)
    scored += more
    scored.append(_scored("ecbplus", TOPIC_FORMULAS, topic_rows(ecb, predicted)))
    if FAKES_GOLD.exists():
        scored += evaluate("fakes", fakes_items(eval_dir("."), FAKES_GOLD), grouper)[1]
    return scored


def _affinity_grouper(threshold: float) -> Grouper:
    return lambda extractions: incidents_by_affinity(extractions, threshold)


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/incidents.json.

    ``--show`` prints the tune half's mixed clusters. Diagnostics, no floors checked: ``--by-affinity[=T]``
    groups by document similarity alone; ``--document-clusters`` adds a document-level pass to grouping.
    """
    group: Grouper | None = None
    for arg in argv:
        if arg.startswith("--show"):
            _SHOW.append(arg.partition("=")[2] or "tune")
        if arg == "--document-clusters":
            group = incidents_with_document_clusters
        if arg.startswith("--by-affinity"):
            threshold = float(arg.partition("=")[2] or 0.15)
            group = _affinity_grouper(threshold)
    if group is not None:
        from bench.common import figures_of

        for key, fig in sorted(figures_of(score(group)).items()):
            print(f"  {key:44s} {fig.value:.3f} [{fig.low:.3f}, {fig.high:.3f}] ({fig.documents})")
        return GateOutcome("ok")
    return run_gate(NAME, score, argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
