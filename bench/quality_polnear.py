"""Quality gate for stage 3 (attribution) on a second, independent gold set: PolNeAR.

Data: ``../shared/eval/polnear`` (political news, 2016; brat standoff ``.ann`` files with
Source / Cue / Content spans linked by ``E`` lines, character offsets into ``text/*.txt``). We
score the **dev** split (all 84 articles, about 30 s); ``test`` is kept for final scoring as the
corpus asks. Where an article has several annotators' ``.ann`` files, the first by file name is gold.

Each article's text goes through the public pipeline (ingest, which may normalise quote marks and
whitespace, so offsets do not line up, then ``process_documents``); the finished ``Statement`` records
are scored against every gold attribution, direct or indirect. Articles fall into ``tune`` or
``check`` by a hash of the article name (``bench.common.half``); both halves are scored and floored,
each figure with a 95% bootstrap interval over articles. PolNeAR also annotates beliefs, polls and documents ("polls
show", "she believes"), so recall here is lower than on GGT by design of the corpus.

Matching, by string (the GGT bench's rule, imported from ``bench.quality_quotes``):
  * content: case-folded word tokens; overlap = shared tokens / the longer of the two; a pair
    matches at overlap >= 0.3; pairs are one to one, best overlap first. Discontinuous gold
    spans are joined with a space. Content precision = matched / predicted, recall = matched /
    gold, F1 their harmonic mean. A quote split by its cue ('"A," she said, "B."') is one gold
    attribution and two of our statements with the same cue: the piece that matches counts, and
    another piece through the same cue whose words (80%) lie in that gold content is part of the
    same answer, counted neither as matched nor as predicted (before this rule, figures of round 10
    and earlier, each such piece was a false alarm: precision 0.832/0.806 then, 0.903/0.878 now).
  * cue, on matched pairs: right when our cue and the gold cue share a word (case-folded), or
    share a stem of at least four letters ("says" ~ "said" does not; "claimed" ~ "claims" does);
    a cue of punctuation alone (a signature dash, a transcript label's colon) matches any cue of
    punctuation alone ("―" ~ "—", ":" ~ ":").
  * source, on matched pairs: right when our canonical name or our mention as written matches
    the gold Source span: equal words (leading article dropped), same last word, one's words
    contained in the other's (``same_speaker`` from the GGT bench), or same head word, the head
    of the gold span being its last word before "of / for / at / from / with / in / who / ,"
    ("a spokesman for the campaign" -> "spokesman"). A gold attribution with no Source is right
    when we give no speaker either. A gold Source that is a relative pronoun ("critics who
    believe …": PolNeAR marks "who") is right whenever we name a source: we name its antecedent,
    which the gold span does not hold.

    python bench/quality_polnear.py [--raise-floors] [--show N]

``--show N`` prints, per article, the gold attributions we miss, our extra ones, and wrong
sources and cues (N characters of each content), to find failure patterns.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import GateOutcome, Scored, eval_dir, extract_all, f1, ingested, ratio, run_gate  # noqa: E402
from bench.quality_quotes import MATCH_THRESHOLD, Quote, match, same_speaker, tokens  # noqa: E402
from counterclaim.models import Extraction  # noqa: E402

SPLIT = "dev"
STRIDE = 1  # every dev article (84; about 30 s)
_HEAD_STOP = frozenset({"of", "for", "at", "from", "with", "in", "who", "which", "that", "on"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
STEM = 4
PIECE_INSIDE = 0.8  # share of a piece's words found in the matched gold content for it to be part of it
_RELATIVE = frozenset({"who", "that", "which", "whom"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """One gold or predicted attribution: what was said, the cue, and who said it (None: no source)."""

    content: str
    cue: str | None
    source: str | None
    source_as_written: str | None = None
    cue_at: int | None = None  # our cue's offset: pieces of one quote split by its cue share it


def _span_text(text: str, spans: str) -> str:
    parts = []
    for piece in spans.split(";"):
        start, end = (int(x) for x in piece.split())
        parts.append(text[start:end])
    return " ".join(parts)


def parse_ann(text: str, ann: str) -> list[Attribution]:
    """The attributions of one brat ``.ann`` file, their spans read from ``text`` by offset."""
    spans: dict[str, str] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, offsets = fields[1].partition(" ")
            if kind in {"Source", "Cue", "Content"}:
                spans[fields[0]] = _span_text(text, offsets)
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            relations.append(roles)
    found = []
    for roles in relations:
        content = spans.get(roles.get("Content", ""), "")
        if not tokens(content):
            continue
        found.append(Attribution(content, spans.get(roles.get("Cue", "")), spans.get(roles.get("Source", ""))))
    return found


def load_gold(folder: Path, *, every: int = STRIDE) -> list[tuple[str, str, list[Attribution]]]:
    """(article name, raw text, gold attributions) for every ``every``-th article of the split."""
    split = folder / SPLIT
    annotations = sorted((split / "attributions").glob("*.ann"))
    articles = []
    for n, path in enumerate(sorted((split / "text").glob("*.txt"))):
        if n % every:
            continue
        ann = next((a for a in annotations if a.stem.rsplit("_", 1)[0] == path.stem), None)
        if ann is None:
            continue
        text = path.read_text(encoding="utf-8")
        articles.append((path.stem, text, parse_ann(text, ann.read_text(encoding="utf-8"))))
    return articles


def same_cue(predicted: str | None, gold: str | None) -> bool:
    """A shared word, or a shared stem of STEM letters ("claimed" ~ "claims")."""
    if not predicted or not gold:
        return not predicted and not gold
    ours, theirs = set(tokens(predicted)), set(tokens(gold))
    if not ours or not theirs:  # a cue of punctuation: the dash of '"…" ― Name', the colon of 'PENCE:'
        return predicted.strip(" :") == gold.strip(" :") or (not ours and not theirs)
    if ours & theirs:
        return True
    return any(len(a) >= STEM and len(b) >= STEM and a[:STEM] == b[:STEM] for a in ours for b in theirs)


def head_word(span: str) -> str | None:
    """The head of an English noun phrase: its last word before a preposition, relative or comma."""
    words = tokens(_ARTICLE.sub("", span.split(",")[0].strip()))
    cut = next((n for n, w in enumerate(words) if n and w in _HEAD_STOP), len(words))
    return words[cut - 1] if cut else None


def same_source(predicted: Attribution, gold: Attribution) -> bool:
    if not gold.source:
        return not predicted.source
    if gold.source.strip().casefold() in _RELATIVE and (predicted.source or predicted.source_as_written):
        return True  # PolNeAR marks the relative pronoun ("critics who believe …"); a reader names its antecedent
    if same_speaker(
        Quote(predicted.content, predicted.source, predicted.source_as_written), Quote(gold.content, gold.source)
    ):
        return True
    head = head_word(gold.source)
    return head is not None and any(head_word(n) == head for n in (predicted.source, predicted.source_as_written) if n)


def _as_quotes(items: list[Attribution]) -> list[Quote]:
    return [Quote(a.content, a.source) for a in items]


FORMULAS = {
    "content_precision": ratio("matched", "predicted"),
    "content_recall": ratio("matched", "gold"),
    "content_f1": f1("matched", "predicted", "gold"),
    "cue_accuracy": ratio("cue_right", "matched"),
    "source_accuracy": ratio("source_right", "matched"),
}


def paired(predicted: list[Attribution], gold: list[Attribution]) -> list[tuple[Attribution, Attribution]]:
    """One-to-one content matches (the GGT rule), as attribution pairs."""
    p_quotes, g_quotes = _as_quotes(predicted), _as_quotes(gold)
    index_p = {id(q): a for q, a in zip(p_quotes, predicted, strict=True)}
    index_g = {id(q): a for q, a in zip(g_quotes, gold, strict=True)}
    return [(index_p[id(p)], index_g[id(g)]) for p, g in match(p_quotes, g_quotes)]


def pieces_of_matched(predicted: list[Attribution], pairs: list[tuple[Attribution, Attribution]]) -> set[int]:
    """Unmatched statements that are another piece of a gold attribution already matched through the same cue.

    PolNeAR gives a quote split by its cue ('"A," she said, "B."') as one attribution with a
    discontinuous content; we give one statement per piece, each with that cue. The piece that
    matches counts once; the others, lying within the same gold content, are part of the right answer,
    not false alarms, so they count neither as matched nor as predicted.
    """
    matched = {id(p) for p, _ in pairs}
    gold_by_cue: dict[int, list[Counter[str]]] = {}
    for p, g in pairs:
        if p.cue_at is not None:
            gold_by_cue.setdefault(p.cue_at, []).append(Counter(tokens(g.content)))
    found = set()
    for p in predicted:
        if id(p) in matched or p.cue_at is None or p.cue_at not in gold_by_cue:
            continue
        own = Counter(tokens(p.content))
        size = sum(own.values())
        if size and any(sum((own & g).values()) >= PIECE_INSIDE * size for g in gold_by_cue[p.cue_at]):
            found.add(id(p))
    return found


def counts(predicted: list[Attribution], gold: list[Attribution]) -> dict[str, float]:
    """One article's counts: predicted, gold, matched, and matched with the right cue / source."""
    pairs = paired(predicted, gold)
    return {
        "predicted": len(predicted) - len(pieces_of_matched(predicted, pairs)),
        "gold": len(gold),
        "matched": len(pairs),
        "cue_right": sum(same_cue(p.cue, g.cue) for p, g in pairs),
        "source_right": sum(same_source(p, g) for p, g in pairs),
    }


def predict(extraction: Extraction) -> list[Attribution]:
    return [
        Attribution(s.quote, s.cue, s.speaker.name, s.speaker.as_written or None, s.cue_start)
        for s in extraction.statements
    ]


def evaluate(folder: Path, *, every: int = STRIDE, show: int = 0) -> Scored:
    """Every article through the public pipeline, scored per article."""
    articles = load_gold(folder, every=every)
    documents = [ingested(text, name) for name, text, _ in articles]
    scored = Scored("polnear", FORMULAS)
    for (name, _, gold), extraction in zip(articles, extract_all(documents), strict=True):
        ours = predict(extraction)
        scored.add(name, counts(ours, gold))
        if show:
            _show(name, ours, gold, show)
    return scored


def _show(name: str, ours: list[Attribution], gold: list[Attribution], limit: int) -> None:
    """Misses, false alarms and wrong sources of one article (for finding failure patterns)."""
    p_quotes, g_quotes = _as_quotes(ours), _as_quotes(gold)
    pairs = match(p_quotes, g_quotes)
    hit_p = {id(p) for p, _ in pairs}
    hit_g = {id(g) for _, g in pairs}
    index_p = {id(q): a for q, a in zip(p_quotes, ours, strict=True)}
    index_g = {id(q): a for q, a in zip(g_quotes, gold, strict=True)}
    pieces = pieces_of_matched(ours, [(index_p[id(p)], index_g[id(g)]) for p, g in pairs])
    print(f"\n## {name}")
    for q, a in zip(g_quotes, gold, strict=True):
        if id(q) not in hit_g:
            print(f"  MISS [{a.source} | {a.cue}] {a.content[:limit]!r}")
    for q, a in zip(p_quotes, ours, strict=True):
        if id(q) not in hit_p and id(a) not in pieces:
            print(f"  EXTRA [{a.source_as_written} | {a.cue}] {a.content[:limit]!r}")
    for p, g in pairs:
        pa, ga = index_p[id(p)], index_g[id(g)]
        if not same_source(pa, ga):
            print(f"  SOURCE ours={pa.source!r}/{pa.source_as_written!r} gold={ga.source!r} {ga.content[:limit]!r}")
        if not same_cue(pa.cue, ga.cue):
            print(f"  CUE ours={pa.cue!r} gold={ga.cue!r} {ga.content[:limit]!r}")


def _score_fn(argv: Sequence[str]) -> Callable[[], list[Scored]]:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0

    def run() -> list[Scored]:
        started = time.perf_counter()
        scored = evaluate(eval_dir("polnear"), show=show)
        gold = sum(c["gold"] for _, c in scored.rows)
        print(f"\nPolNeAR {SPLIT} ({gold:.0f} gold attributions), match at overlap >= {MATCH_THRESHOLD}")
        print(f"  (scored in {time.perf_counter() - started:.0f} s)")
        return [scored]

    return run


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/polnear.json."""
    return run_gate("polnear", _score_fn(argv), argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
