"""Quality gate for stage 3 (attribution): quotes and speakers on the Gender Gap Tracker gold set.

Data: ``../shared/eval/ggt-quotes`` (49 news articles with raw text, 719 human-annotated quotes,
direct and indirect). Each article goes through ingest and the spaCy pipeline once; our
``find_statements`` and textacy's ``direct_quotations`` then read the same parse, and both are
scored the same way and printed side by side.

Matching (GGT's offsets do not line up with the text, so quotes are matched by string):
  * both quotes are case-folded, quote marks dropped, and split into word tokens (``\\w+``);
  * overlap = |shared tokens (as a multiset)| / max(|predicted tokens|, |gold tokens|), so a
    prediction must cover a fair part of the gold quote *and* not be much longer than it;
  * a pair matches at overlap >= 0.3 (the threshold the GGT paper uses); pairs are made one to
    one, best overlap first.
Quote precision = matched / predicted, recall = matched / gold, F1 their harmonic mean.

Speaker accuracy is measured on matched quotes: the predicted speaker counts when its canonical
name (or, lacking one, its words as written) equals the gold ``reference`` or ``speaker``
ignoring case and a leading article, or shares its last word ("Telford" ~ "Hamish Telford"),
or one name's words contain the other's. A gold quote with no speaker counts as right when we
also give none (an unattributed statement).

    python bench/quality_quotes.py [--raise-floors]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import eval_dir, run_gate  # noqa: E402

MATCH_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quote and who said it, as gold or as predicted (``speaker`` None: no speaker given)."""

    text: str
    speaker: str | None
    speaker_as_written: str | None = None


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def overlap(predicted: str, gold: str) -> float:
    """Shared word tokens over the longer of the two quotes (0 when either is empty)."""
    p, g = Counter(tokens(predicted)), Counter(tokens(gold))
    longest = max(sum(p.values()), sum(g.values()))
    return sum((p & g).values()) / longest if longest else 0.0


def match(predicted: list[Quote], gold: list[Quote]) -> list[tuple[Quote, Quote]]:
    """One-to-one pairs at overlap >= MATCH_THRESHOLD, best overlap first."""
    scored = [(overlap(p.text, g.text), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)]
    pairs: list[tuple[Quote, Quote]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for score, i, j in sorted(scored, reverse=True):
        if score < MATCH_THRESHOLD:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((predicted[i], gold[j]))
    return pairs


def _name_words(name: str) -> list[str]:
    return tokens(_ARTICLE.sub("", name.strip()))


def same_speaker(predicted: Quote, gold: Quote) -> bool:
    """Canonical-name match, allowing a last-name match and one name contained in the other."""
    golds = [n for n in (gold.speaker, gold.speaker_as_written) if n]
    if not golds:
        return not predicted.speaker
    for candidate in (predicted.speaker, predicted.speaker_as_written):
        if not candidate:
            continue
        ours = _name_words(candidate)
        for name in golds:
            theirs = _name_words(name)
            if not ours or not theirs:
                continue
            if ours == theirs or ours[-1] == theirs[-1] or set(ours) <= set(theirs) or set(theirs) <= set(ours):
                return True
    return False


def load_gold(folder: Path) -> list[tuple[str, str, list[Quote]]]:
    """(doc id, raw text, gold quotes) for every article that has a raw text file."""
    articles = []
    for line in (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        path = folder / "rawtext" / f"{row['doc_id']}.txt"
        if not row.get("has_rawtext") or not path.exists():
            continue
        gold = [
            Quote(q["quote"], (q.get("reference") or "").strip() or None, (q.get("speaker") or "").strip() or None)
            for q in row["quotations"]
            if q.get("quote", "").strip()
        ]
        articles.append((row["doc_id"], path.read_text(encoding="utf-8"), gold))
    return articles


def score(pairs_by_article: Iterable[tuple[list[Quote], list[Quote]]]) -> dict[str, float]:
    predicted_total = gold_total = matched = speaker_right = 0
    for predicted, gold in pairs_by_article:
        pairs = match(predicted, gold)
        predicted_total += len(predicted)
        gold_total += len(gold)
        matched += len(pairs)
        speaker_right += sum(same_speaker(p, g) for p, g in pairs)
    precision = matched / predicted_total if predicted_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "speaker_accuracy": speaker_right / matched if matched else 0.0,
        "predicted": float(predicted_total),
        "gold": float(gold_total),
    }


def _ours(document: object, doc: object) -> list[Quote]:
    from counterclaim.attribution import find_statements

    found = find_statements(document, doc)  # type: ignore[arg-type]
    return [Quote(s.quote, s.speaker.name, s.speaker.as_written or None) for s in found]


def _textacy(doc: object) -> list[Quote]:
    from textacy.extract.triples import direct_quotations

    found: list[Quote] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # textacy bails out on an odd number of quote marks: it predicts nothing there
        return found
    for triple in triples:
        speaker = " ".join(t.text for t in triple.speaker) or None
        found.append(Quote(triple.content.text, speaker, speaker))
    return found


def evaluate(folder: Path) -> dict[str, dict[str, float]]:
    """Both systems over every article, on one parse per article."""
    from counterclaim import nlp
    from counterclaim.ingest import document_from_text

    articles = load_gold(folder)
    documents = [document_from_text(text, source=doc_id) for doc_id, text, _ in articles]
    ours: list[tuple[list[Quote], list[Quote]]] = []
    theirs: list[tuple[list[Quote], list[Quote]]] = []
    for (_, _, gold), document, doc in zip(
        articles, documents, nlp.load().pipe(d.text for d in documents), strict=True
    ):
        ours.append((_ours(document, doc), gold))
        theirs.append((_textacy(doc), gold))
    return {"counterclaim": score(ours), "textacy": score(theirs)}


def _print_side_by_side(results: dict[str, dict[str, float]], seconds: float) -> None:
    names = list(results)
    print(f"\nGGT quotes ({int(results[names[0]]['gold'])} gold quotes), match at overlap >= {MATCH_THRESHOLD}")
    print(f"  {'':20s}" + "".join(f"{n:>14s}" for n in names))
    for key in ("precision", "recall", "f1", "speaker_accuracy", "predicted"):
        cells = "".join(f"{results[n][key]:14.0f}" if key == "predicted" else f"{results[n][key]:14.3f}" for n in names)
        print(f"  {key:20s}{cells}")
    print(f"  (GGT's own extractor: F1 0.837, speaker 0.865; scored in {seconds:.0f} s)")


def _score_fn() -> Callable[[], dict[str, float]]:
    def run() -> dict[str, float]:
        started = time.perf_counter()
        results = evaluate(eval_dir("ggt-quotes"))
        _print_side_by_side(results, time.perf_counter() - started)
        ours = results["counterclaim"]
        return {
            "ggt_quote_precision": ours["precision"],
            "ggt_quote_recall": ours["recall"],
            "ggt_quote_f1": ours["f1"],
            "ggt_speaker_accuracy": ours["speaker_accuracy"],
        }

    return run


def main(argv: list[str] | None = None) -> int:
    """Score, print both systems, and check (``--raise-floors``: raise) the floors in bench/floors/quotes.json."""
    return run_gate("quotes", _score_fn(), sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
