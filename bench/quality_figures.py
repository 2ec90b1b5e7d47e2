"""Quality gate for casualty figures and denials, on our own in-domain gold (Syrian-war reporting).

Gold: ``bench/gold/figures.jsonl`` (our own labels, see ``bench/gold/README.md``; the texts stay in
``../shared/eval/fa-kes``), one JSON object per FA-KES article::

    {"doc": "fakes:<unit_id>",
     "figures": [{"category": "killed"|"injured", "low", "high", "qualifier", "claimant", "negated"}],
     "denials": [{"claimant", "denies"}]}

Texts: the CSV row of that ``unit_id``: title, a blank line, content; published on its ``date``
(read exactly as ``bench/quality_contradictions.py`` reads them). Every text goes through the public
pipeline; a figure counts only when a finished ``Claim`` carries it.

Scoring, per document (split into ``tune`` / ``check`` by ``bench.common.half(doc)``):

- a *predicted figure* is one count of category killed or injured on one claim: a count attached to
  two claims is two predictions (one figure belongs to one claim; duplicates over-count a total);
- a prediction *matches* a gold figure of the same category when its figure as written equals the
  gold ``low`` (and ``high`` for a range). The figure as written is read back from the count's range
  as ``quality_attributes`` does it ("more than 60" is stored as low 61 and read as 60, "nearly 40" as
  36..40 and read as 40). Gold figures
  are mentions (a figure stated twice is listed twice), so matching is one-to-one, in text order,
  preferring a prediction whose claimant also matches;
- ``figure_recall``: gold figures matched; ``figure_precision``: predictions that match a gold figure
  (vague words such as "dozens" are not predictions: the gold lists only numbers);
- ``claimant_accuracy``: matched gold figures whose claim's claimant is the gold claimant (loose name
  match, ``quality_contradictions.side_matches``: content words of one contain the other's, actor
  aliases read as their canonical name; or the same letters once hyphens and spaces are dropped, as
  aggregators drop them: "AlMayadin" ~ "Al-Mayadin"), or whose person claimant speaks ``on_behalf_of`` it;
- ``figure_with_claimant_recall``: gold figures found *and* given the gold claimant (the issue's "figures found
  with the right claimant": it rises with recall, where ``claimant_accuracy`` may fall as harder figures are found);
- ``denial_recall``: gold denials matched one-to-one by a negated claim *of the denied event* whose claimant is
  the denier: the claim's PLOVER type is one the gold gives for what is denied (``event``: the chemical attack
  denied is ASSAULT, "denied it works with Damascus" COOPERATE), so a negation elsewhere in the report
  ("no casualties", the publication's REJECT of the denial verb itself) is not a denial found.

Names are matched strictly enough that a common noun does not stand for a named claimant: a claimant whose
words are fewer than the gold's must keep one of its names ("the army" is not "Syrian army", "the regime" not
"Syrian regime", "Observatory" still is "SOHR"'s Syrian Observatory for Human Rights).

Documents of the denial stratum (``"scope": "denials"``, see the gold README) label denials only: their
figures are neither gold nor predictions, so they weigh on ``denial_recall`` alone.

When the gold file is absent the gate skips, saying so.

    python bench/quality_figures.py [--raise-floors] [--show] [--errors]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
from bench.figure_errors import ErrorLog, category, gold_class  # noqa: E402
from bench.quality_contradictions import (  # noqa: E402
    GoldDocument,
    _fakes_rows,
    content_words,
    documents_for,
    side_matches,
)
from counterclaim.claims.numbers import VAGUE  # noqa: E402
from counterclaim.models import Claim, Count, Extraction  # noqa: E402

NAME = "figures"
GOLD_FILE = GOLD_DIR / "figures.jsonl"
CATEGORIES = frozenset({"killed", "injured"})
_SHOW: list[str] = []
_ERRORS: list[ErrorLog] = []  # ``--errors``: claimant errors by category (tune instances, check counts)
# FA-KES ``source`` codes that do not spell the outlet's name (the rest do once squashed: "dailysabah" ~ "Daily Sabah").
OUTLET_NAMES = {"etilaf": "Syrian Coalition", "nna": "National News Agency", "trt": "TRT World"}


@dataclass(frozen=True, slots=True)
class GoldFigure:
    category: str
    low: int
    high: int | None
    claimant: str
    batch: int = 1  # the labelling batch that listed it (a correction lists a figure later than its document)


@dataclass(frozen=True, slots=True)
class GoldDenial:
    """A denier and the PLOVER types the denied event may carry (one reader's reading of what is denied)."""

    claimant: str
    events: frozenset[str]


@dataclass(frozen=True, slots=True)
class GoldFigures:
    doc: str
    figures: list[GoldFigure]
    denials: list[GoldDenial]
    outlet: str = ""  # the CSV's ``source``: who speaks in the publication's own voice
    figures_labelled: bool = True  # False in the denial stratum (``"scope": "denials"``): figures unlabelled
    batch: int = 1  # labelling batch (gold README): which key sets score the document (``KEY_SETS``)


@dataclass(frozen=True, slots=True)
class Predicted:
    """One killed/injured count on one claim, with the claim's claimant."""

    category: str
    low: int | None
    high: int | None
    claimant: str | None
    as_written: str
    start: int
    own_voice: bool = False  # the publication's own claim: ``claimant`` is the outlet's code
    on_behalf_of: str | None = None  # the body a person claimant speaks for
    rule: str = ""  # ``--errors``: the claimant rule that named the claim's claimant (``claimant.trace_rules``)


def load_gold(path: Path) -> list[GoldFigures]:
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        batch = int(row.get("batch", 1))
        figures = [
            GoldFigure(f["category"], int(f["low"]), f.get("high"), f.get("claimant") or "", int(f.get("batch", batch)))
            for f in row.get("figures", [])
            if f.get("category") in CATEGORIES and not f.get("negated")
        ]
        deniers = [GoldDenial(d["claimant"], _events(d.get("event"))) for d in row.get("denials", [])]
        labelled = row.get("scope", "all") == "all"
        documents.append(GoldFigures(row["doc"], figures, deniers, figures_labelled=labelled, batch=batch))
    return documents


def _events(labelled: str | list[str] | None) -> frozenset[str]:
    if labelled is None:
        raise ValueError("a gold denial needs its denied event's PLOVER type ('event')")
    return frozenset([labelled] if isinstance(labelled, str) else labelled)


def stated(count: Count) -> tuple[int | None, int | None]:
    """The figure as written (low, high of a written range), read back from the count's range."""
    if count.qualifier == "between":
        return count.low, count.high
    if count.qualifier == "about" and count.low is not None and count.high is not None:
        return (count.low + count.high) // 2, None
    if count.qualifier == "nearly" and count.high is not None:  # "nearly 40" is stored as 36..40
        return count.high, None
    if count.qualifier == "more than" and count.low is not None:
        return count.low - 1, None
    if count.qualifier == "less than" and count.high is not None:
        return count.high + 1, None
    return (count.low if count.low is not None else count.high), None


def vague(count: Count) -> bool:
    """ "dozens", "scores of": the gold lists only numbers (README), so a vague word is neither right nor wrong."""
    written = count.as_written.lower()
    return not any(ch.isdigit() for ch in written) and any(f" {word} " in f" {written} " for word in VAGUE)


def claimant_name(claim: Claim, outlet: str) -> str | None:
    """The claimant's name; a claim the publication makes in its own voice is the outlet's (the CSV's ``source``),
    as a feed that names its source would give it."""
    if claim.claimant.kind == "publication" and not claim.claimant.name:
        return outlet or None
    return claim.claimant.name


def _squashed(name: str | None) -> str:
    return "".join(ch for ch in (name or "").casefold() if ch.isalnum())


def _named_words(name: str) -> frozenset[str]:
    """The words of a name written with a capital, actor aliases read as their canonical name ("SOHR" → Syrian,
    Observatory, Human, Rights): the words that name, as against common nouns ("army", "regime", "sources")."""
    from counterclaim.actors import lexicon

    text = name
    for mention in sorted(lexicon().find(text), key=lambda m: m.start, reverse=True):
        text = f"{text[: mention.start]} {mention.canonical} {text[mention.end :]}"
    return frozenset(w.casefold() for w in re.findall(r"\w+", text) if w[:1].isupper())


def names_match(gold: str, predicted: str | None) -> bool:
    """``side_matches``, but a claimant with fewer words than the gold's must keep one of its names: "army" is
    not "Syrian army", "the government" not "Syrian government"; "Observatory" is the Syrian Observatory."""
    if not side_matches(gold, predicted):
        return False
    ours, theirs = content_words(predicted), content_words(gold)
    return not ours < theirs or bool(ours & _named_words(gold))


def same_claimant(gold: str, predicted: Predicted) -> bool:
    """Loose name match; the outlet's code also matches its name written out ("dailysabah" ~ "Daily Sabah",
    "alalam" ~ "Al-Alam News Network", "etilaf" ~ "Syrian Coalition"); a person matches the body they speak
    for (the gold names the body: "said Rami Abdel Rahman, head of the Observatory" is the Observatory's)."""
    if names_match(gold, predicted.claimant) or names_match(gold, predicted.on_behalf_of):
        return True
    written = predicted.claimant or ""  # a name as written ("AlMayadin" ~ "Al-Mayadin"), not a site code
    if not written.islower() and _squashed(written) == _squashed(gold):
        return True
    if not predicted.own_voice or not predicted.claimant:
        return False
    code = predicted.claimant
    return _squashed(code) in _squashed(gold) or side_matches(gold, OUTLET_NAMES.get(code))


def predictions(extraction: Extraction, outlet: str = "") -> list[Predicted]:
    found = []
    for claim in extraction.claims:
        name = claimant_name(claim, outlet)
        own = claim.claimant.kind == "publication" and not claim.claimant.name
        rule = claimant_rule(claim) if _ERRORS else ""
        for count in claim.counts:
            if count.category in CATEGORIES and not vague(count):
                low, high = stated(count)
                start, behalf = count.start or 0, claim.claimant.on_behalf_of
                carried = rule and not claim.in_headline and not claim.start <= start < claim.end
                why = f"count carried from another sentence ({rule})" if carried else rule
                found.append(Predicted(count.category, low, high, name, count.as_written, start, own, behalf, why))
    return sorted(found, key=lambda p: p.start)


_BY_DOCUMENT: dict[int, dict[str, list[tuple[int, tuple[str, str, str | None]]]]] = {}


def _traced(
    trace: dict[tuple[str, int], tuple[str, str, str | None]],
) -> dict[str, list[tuple[int, tuple[str, str, str | None]]]]:
    """The trace by document (rebuilt when it grew), so that a claim's lookup reads its own document's entries."""
    if len(trace) not in _BY_DOCUMENT:
        _BY_DOCUMENT.clear()
        index: dict[str, list[tuple[int, tuple[str, str, str | None]]]] = {}
        for (doc, at), value in trace.items():
            index.setdefault(doc, []).append((at, value))
        _BY_DOCUMENT[len(trace)] = index
    return _BY_DOCUMENT[len(trace)]


def claimant_rule(claim: Claim) -> str:
    """The claimant rule that named this claim's claimant (``claimant.trace_rules``, on under ``--errors``); a
    claimant a later step replaced (a denial's denier, a sentence continuing the claim before) says so."""
    from counterclaim.claims.claimant import trace_rules

    if claim.in_headline:
        return "title claim"
    traced = [
        value
        for at, value in _traced(trace_rules()).get(claim.document_id, [])
        if claim.start <= at < claim.end and value[0] == claim.trigger
    ]
    if not traced:
        return "untraced (a later step's claim)"
    _, rule, name = traced[0]
    return rule if name == claim.claimant.name else f"replaced later (was {rule})"


def _same_figure(p: Predicted, g: GoldFigure) -> bool:
    return p.category == g.category and p.low == g.low and (g.high is None or p.high == g.high)


def match(predicted: list[Predicted], gold: list[GoldFigure]) -> list[tuple[GoldFigure, Predicted | None]]:
    """Each gold figure with the prediction it is matched to (one-to-one), claimant matches first."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(predicted):
                if pi in used or not _same_figure(p, g):
                    continue
                if strict and not same_claimant(g.claimant, p):
                    continue
                pairs[gi] = pi
                used.add(pi)
                break
    return [(g, predicted[pairs[gi]] if gi in pairs else None) for gi, g in enumerate(gold)]


def _denies(denial: GoldDenial, claim: Claim, outlet: str) -> bool:
    """A negated claim of the denied event, voiced by the denier (or by a person speaking for the denier)."""
    if not claim.negated or claim.event_type not in denial.events:
        return False
    return names_match(denial.claimant, claimant_name(claim, outlet)) or names_match(
        denial.claimant, claim.claimant.on_behalf_of
    )


def _denials_found(claims: list[Claim], denials: list[GoldDenial], outlet: str) -> int:
    used: set[int] = set()
    for denial in denials:
        hit = next((i for i, c in enumerate(claims) if i not in used and _denies(denial, c, outlet)), None)
        if hit is not None:
            used.add(hit)
    return len(used)


FORMULAS = {
    "figure_recall": ratio("found", "gold"),
    "figure_precision": ratio("right", "predicted"),
    "claimant_accuracy": ratio("claimant_right", "found"),
    "figure_with_claimant_recall": ratio("claimant_right", "gold"),
    "denial_recall": ratio("denials_found", "denials"),
}


def counts(item: GoldFigures, extraction: Extraction, last: int | None = None) -> dict[str, float]:
    """Counts on the gold figures of batches up to ``last`` (every batch when None).

    A figure a later batch listed in an older document (a labelling correction) is set aside, not scored: the
    prediction it takes is neither a find nor an extra, so an older key reads its documents as its floors were set.
    """
    predicted = predictions(extraction, item.outlet) if item.figures_labelled else []
    scored = [g for g in item.figures if last is None or g.batch <= last]
    pairs = match(predicted, scored)
    found = [(g, p) for g, p in pairs if p is not None]
    taken = {id(p) for _, p in found}
    unscored = [g for g in item.figures if g not in scored]
    left = [p for p in predicted if id(p) not in taken]
    set_aside = sum(p is not None for _, p in match(left, unscored))
    if last is None and _SHOW and half(item.doc) in _SHOW:
        _show(item, pairs, predicted)
        _show_denials(item, extraction)
    if last is None and _ERRORS:
        _log_errors(_ERRORS[0], item, found, extraction.document.text)
    return {
        "gold": len(scored),
        "found": len(found),
        "predicted": len(predicted) - set_aside,
        "right": len(found),
        "claimant_right": sum(same_claimant(g.claimant, p) for g, p in found),
        "denials": len(item.denials),
        "denials_found": _denials_found(extraction.claims, item.denials, item.outlet),
    }


def _show(item: GoldFigures, pairs: list[tuple[GoldFigure, Predicted | None]], predicted: list[Predicted]) -> None:
    print(f"\n## {item.doc}")
    matched = {id(p) for _, p in pairs if p is not None}
    for g, p in pairs:
        if p is None:
            print(f"  MISSED {g.category} {g.low} ({g.claimant})")
        elif not same_claimant(g.claimant, p):
            print(f"  CLAIMANT {g.category} {g.low}: gold {g.claimant!r}, ours {p.claimant!r}")
    for p in predicted:
        if id(p) not in matched:
            print(f"  EXTRA {p.category} {p.low} {p.as_written!r} ({p.claimant})")


def _log_errors(log: ErrorLog, item: GoldFigures, found: list[tuple[GoldFigure, Predicted]], text: str) -> None:
    """Each found figure with the wrong claimant, by category (``bench/figure_errors.py``)."""
    voice = Predicted("killed", None, None, item.outlet, "", 0, own_voice=True)
    for g, p in found:
        gold_is_outlet = same_claimant(g.claimant, voice)
        right = same_claimant(g.claimant, p)
        log.tally(half(item.doc), p.rule, gold_class(text, p.start, g.claimant, gold_is_outlet), right)
        if right:
            continue
        kind = category(text, p.start, g.claimant, p.claimant, p.own_voice, gold_is_outlet)
        end = text.find(".", p.start)
        context = " ".join(text[max(0, p.start - 160) : end + 1 if end > 0 else p.start + 80].split())
        log.add(
            half(item.doc),
            kind,
            f"{item.doc} @{p.start} {g.category} {g.low}: gold {g.claimant!r}, ours {p.claimant!r} [rule: {p.rule}]"
            f"\n      …{context}",
        )


def _show_denials(item: GoldFigures, extraction: Extraction) -> None:
    negated = [f"{claimant_name(c, item.outlet)} {c.event_type}" for c in extraction.claims if c.negated]
    if item.denials:
        gold = [f"{d.claimant} {'|'.join(sorted(d.events))}" for d in item.denials]
        print(f"  DENIALS gold {gold}, negated claims {negated}")


POOLED = "figures_pooled"
ALL = "figures_all"
EVERY = "figures_every"
# Each key set and the last labelling batch it scores (gold README): a set keeps the documents its floors were set
# on, and new gold opens a set of its own, so that a harder batch does not read as a regression of landed code.
# Batch 5 is the title-copy audit's rows (on the figure, in older documents); batch 6 the next blind documents
# (issue 8), scored only in ``figures_every``.
KEY_SETS = ((NAME, 2), (POOLED, 3), (ALL, 5), (EVERY, None))


def evaluate(gold_file: Path, base: Path) -> tuple[Scored, ...]:
    """The figures keys on the first two labelling batches, ``figures_pooled`` on the first three,
    ``figures_all`` on the first five (four batches of documents and the audit's rows) and ``figures_every`` on
    every batch: new gold enlarges the set without moving an older key's floor."""
    outlets = {doc: row["source"] for doc, row in _fakes_rows(base).items()}
    gold = [replace(g, outlet=outlets.get(g.doc.removeprefix("fakes:"), "")) for g in load_gold(gold_file)]
    stand_ins = [GoldDocument(g.doc, "fa-kes", "", []) for g in gold]
    sets = [(Scored(name, FORMULAS), last) for name, last in KEY_SETS]
    for item, extraction in zip(gold, extract_all(documents_for(stand_ins, base)), strict=True):
        for scored, last in sets:
            if last is None or item.batch <= last:
                scored.add(item.doc, counts(item, extraction, last))
    if _ERRORS:
        _ERRORS[0].print()
    figures = sum(len(g.figures) for g in gold)
    denials = sum(len(g.denials) for g in gold)
    full = sum(g.figures_labelled for g in gold)
    print(f"\nfigures: {len(gold)} documents ({full} fully labelled, {len(gold) - full} denials only),")
    print(f"  {figures} gold figures, {denials} gold denials (both halves)")
    return tuple(scored for scored, _ in sets)


def score() -> list[Scored]:
    return list(evaluate(GOLD_FILE, eval_dir(".")))


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/figures.json.

    ``--show`` prints the tune half's misses and extras (``--show=check`` is there, but read only tune);
    ``--errors`` the tune half's claimant errors by category and both halves' counts per category.
    """
    if "--errors" in argv:
        from counterclaim.claims.claimant import trace_rules

        trace_rules()
        _ERRORS.append(ErrorLog())
        argv = [a for a in argv if a != "--errors"]
    for arg in argv:
        if arg.startswith("--show"):
            _SHOW.append(arg.partition("=")[2] or "tune")
    skipped = skip_without_gold(GOLD_FILE, "figure")
    return skipped if skipped is not None else run_gate(NAME, score, argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
