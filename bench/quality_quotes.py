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

Speaker accuracy is measured on matched quotes, by the *resolved* speaker: our canonical name
(or, lacking one, our mention as written unless it is a bare pronoun) against the gold
``reference`` (GGT's resolved name; the surface ``speaker`` only when no reference is given and it
is no pronoun). Names match ignoring case and a leading article, by the same last word
("Telford" ~ "Hamish Telford"), or one name's words containing the other's. "he" == "he" proves
nothing: a quote whose pronoun we resolved to the wrong person, or not at all, is wrong. A gold
quote with no speaker counts as right when we give none either (an unattributed statement).

Split: articles fall into ``tune`` or ``check`` by a hash of the GGT article id (``bench.common.half``);
both halves are scored and floored, each figure with a 95% bootstrap interval over articles.

    python bench/quality_quotes.py [--raise-floors]
    python bench/quality_quotes.py --errors      # tune speaker errors listed, both halves counted by category (no gate)
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    GateOutcome,
    Scored,
    display_order,
    eval_dir,
    extract_all,
    f1,
    figures_of,
    ingested,
    ratio,
    run_gate,
)
from counterclaim.models import Extraction  # noqa: E402

MATCH_THRESHOLD = 0.3
_WORD = re.compile(r"\w+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# Personal pronouns: a mention made of these alone names nobody until it is resolved.
PRONOUNS = frozenset(["i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "one"])


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


def names_agree(ours: str, theirs: str) -> bool:
    """Same words, same last word, or one name's words containing the other's (leading article dropped)."""
    a, b = _name_words(ours), _name_words(theirs)
    if not a or not b:
        return False
    return a == b or a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)


def same_speaker(predicted: Quote, gold: Quote) -> bool:
    """Lenient: any of our names (canonical or as written) against any gold name (PolNeAR gold is as written)."""
    golds = [n for n in (gold.speaker, gold.speaker_as_written) if n]
    if not golds:
        return not predicted.speaker
    return any(
        names_agree(ours, theirs)
        for ours in (predicted.speaker, predicted.speaker_as_written)
        if ours
        for theirs in golds
    )


def _is_pronoun(name: str) -> bool:
    return set(tokens(name)) <= PRONOUNS


def resolved_name(quote: Quote) -> str | None:
    """The canonical name, else the mention as written unless it is a bare pronoun (which names no one)."""
    if quote.speaker:
        return quote.speaker
    written = quote.speaker_as_written
    return written if written and not _is_pronoun(written) else None


def same_resolved_speaker(predicted: Quote, gold: Quote) -> bool:
    """Our resolved name against GGT's resolved ``reference``; no speaker is right only against no speaker."""
    theirs = resolved_name(gold)
    if theirs is None:
        return not predicted.speaker and not predicted.speaker_as_written
    ours = resolved_name(predicted)
    return ours is not None and names_agree(ours, theirs)


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


FORMULAS = {
    "quote_precision": ratio("matched", "predicted"),
    "quote_recall": ratio("matched", "gold"),
    "quote_f1": f1("matched", "predicted", "gold"),
    "speaker_accuracy": ratio("speaker_right", "matched"),
}


def counts(predicted: list[Quote], gold: list[Quote]) -> dict[str, float]:
    """One article's counts: predicted, gold, matched quotes, and matched quotes with the right resolved speaker."""
    pairs = match(predicted, gold)
    return {
        "predicted": len(predicted),
        "gold": len(gold),
        "matched": len(pairs),
        "speaker_right": sum(same_resolved_speaker(p, g) for p, g in pairs),
    }


# Findings and beliefs ("an inquiry found …", "X believes …") are statements of their own kind that the
# GGT set does not annotate as quotes: scored here they would be false positives of a different kind.
QUOTE_KINDS = frozenset({"direct", "reported"})


def _ours(extraction: Extraction) -> list[Quote]:
    return [
        Quote(s.quote, s.speaker.name, s.speaker.as_written or None)
        for s in extraction.statements
        if s.kind in QUOTE_KINDS
    ]


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


def evaluate(folder: Path) -> dict[str, Scored]:
    """Both systems over every article: ours through the public pipeline, textacy on a spaCy parse of the same text."""
    from counterclaim import nlp

    articles = load_gold(folder)
    documents = [ingested(text, doc_id) for doc_id, text, _ in articles]
    ours = Scored("ggt", FORMULAS)
    theirs = Scored("ggt", FORMULAS)
    parses = nlp.load().pipe(d.text for d in documents)
    for (doc_id, _, gold), extraction, doc in zip(articles, extract_all(documents), parses, strict=True):
        ours.add(doc_id, counts(_ours(extraction), gold))
        theirs.add(doc_id, counts(_textacy(doc), gold))
    return {"counterclaim": ours, "textacy": theirs}


def _print_side_by_side(results: dict[str, Scored], seconds: float) -> None:
    figures = {name: figures_of([scored]) for name, scored in results.items()}
    gold = sum(c["gold"] for _, c in results["counterclaim"].rows)
    print(f"\nGGT quotes ({gold:.0f} gold quotes), match at overlap >= {MATCH_THRESHOLD}; speakers by resolved name")
    print(f"  {'':34s}" + "".join(f"{n:>16s}" for n in figures))
    for key in sorted(figures["counterclaim"], key=display_order):
        print(f"  {key:34s}" + "".join(f"{figures[n][key].value:16.3f}" for n in figures))
    print(f"  (GGT's own extractor, whole set: F1 0.837, speaker 0.865; scored in {seconds:.0f} s)")


def score() -> list[Scored]:
    started = time.perf_counter()
    results = evaluate(eval_dir("ggt-quotes"))
    _print_side_by_side(results, time.perf_counter() - started)
    return [results["counterclaim"]]


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score, print both systems, and check (``--raise-floors``: raise) the floors in bench/floors/quotes.json."""
    return run_gate("quotes", score, argv)


# ---------------------------------------------------------------- speaker errors, by category

_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "one"])
_DOCUMENT_WORDS = frozenset(
    ["statement", "report", "complaint", "release", "letter", "lawsuit", "filing", "memo", "book"]
)
# An organisation's name usually holds one of these words; a person's never does.
_BODY_WORDS = frozenset(
    [
        "company",
        "ministry",
        "department",
        "government",
        "police",
        "army",
        "agency",
        "council",
        "committee",
        "group",
        "office",
        "party",
        "court",
        "university",
        "association",
        "union",
        "corporation",
        "bank",
        "network",
        "commission",
        "board",
        "service",
    ]
)
CATEGORIES = (
    "speaker missing",
    "quote boundary",
    "nested quote",
    "transcript label",
    '"X said:" run',
    "pronoun to wrong person",
    "description not linked (named person)",
    "common noun as speaker (named person)",
    "description not linked (named body)",
    "description not linked (unnamed)",
    "description not linked (document)",
    "shorter/longer form",
    "organisation vs person",
    "other name",
)


@dataclass(frozen=True, slots=True)
class Said:
    """One of our statements as the error categories need it: its span, its speaker's span, its text's paragraphs."""

    start: int
    end: int
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None


def _looks_like_person(name: str) -> bool:
    """Two to four capitalised words, none of them a body's word: how a person's name is written."""
    parts = name.split()
    return 2 <= len(parts) <= 4 and all(w[:1].isupper() for w in parts) and not set(tokens(name)) & _BODY_WORDS


def _run_or_label(said: Said, text: str) -> str | None:
    """A quote with no cue of its own in its paragraph ("X said:" run) or one under a paragraph's opening label."""
    if said.speaker_start is None or said.speaker_end is None:
        return None
    paragraph = text.rfind("\n", 0, said.start)
    label = text[said.speaker_end : said.speaker_end + 2].lstrip().startswith(":")
    if label and text.rfind("\n", 0, said.speaker_start) == paragraph:
        return "transcript label"
    if said.cue_start is None or said.cue_start < paragraph:
        return '"X said:" run'
    return None


def _definite(said: Said, written: str, text: str) -> bool:
    """Whether the mention is a determined phrase ("the doctor", "his lawyer"): mentions are stored
    without their leading determiner, so the word before them in the text tells."""
    before = tokens(text[max(0, (said.speaker_start or 0) - 12) : said.speaker_start or 0])
    words = tokens(written)
    return bool(words and words[0] in _DETERMINERS) or bool(before and before[-1] in _DETERMINERS)


def _description_kind(written: str, theirs: str, definite: bool) -> str:
    """Which kind of description was left unlinked, judged by what it should have been linked to: a
    document ("the statement"), a named person (the gold name is written as a person's; "the doctor" apart
    from a bare common noun taken for the speaker, "fear is a vector", a misread subject), a named body
    (any other capitalised gold name), or nobody named (the gold speaker is itself a description,
    "sources familiar with the talks"). Judged by the gold, not by our mention's kind: an unresolved
    "the doctor" gets the kind of a body, so judging by ours filed person descriptions under bodies."""
    words = tokens(written)
    if words and words[-1] in _DOCUMENT_WORDS:
        return "description not linked (document)"
    if _looks_like_person(theirs):
        return "description not linked (named person)" if definite else "common noun as speaker (named person)"
    if theirs[:1].isupper():
        return "description not linked (named body)"
    return "description not linked (unnamed)"


def error_category(predicted: Quote, gold: Quote, said: Said, others: list[Said], text: str) -> str:
    """Why a matched quote's speaker is wrong: the categories the speaker rules work on, first that applies."""
    written = (predicted.speaker_as_written or "").strip()
    ours, theirs = resolved_name(predicted), resolved_name(gold) or ""
    if (ours is None and not written) or (theirs and ours is None and set(tokens(written)) <= PRONOUNS):
        return "speaker missing"
    if overlap(predicted.text, gold.text) < 0.6:
        return "quote boundary"
    if any(o is not said and o.start <= said.start and said.end <= o.end for o in others):
        return "nested quote"
    run = _run_or_label(said, text)
    if run:
        return run
    if set(tokens(written)) <= PRONOUNS:
        return "pronoun to wrong person"
    words = tokens(written)
    if words and (words[0] in _DETERMINERS or words[-1] in _DOCUMENT_WORDS or not (ours or "")[:1].isupper()):
        return _description_kind(written, theirs, _definite(said, written, text))
    if ours and set(tokens(ours)) & set(tokens(theirs)):
        return "shorter/longer form"
    if ours and _looks_like_person(ours) != _looks_like_person(theirs):
        return "organisation vs person"
    return "other name"


def tune_errors(folder: Path) -> dict[str, Counter[str]]:
    """Print every matched tune quote with a wrong resolved speaker; count both halves' errors by category.

    The check half is scored too (attribution only, so the figure can differ a little from the gate's)
    but only its counts are printed: its errors are never read.
    """
    from bench.common import half
    from counterclaim import nlp
    from counterclaim.attribution import find_statements

    articles = load_gold(folder)
    documents = [ingested(text, doc_id) for doc_id, text, _ in articles]
    found: dict[str, Counter[str]] = {"tune": Counter(), "check": Counter()}
    matched: Counter[str] = Counter()
    right: Counter[str] = Counter()
    parses = nlp.load().pipe(d.text for d in documents)
    for (doc_id, _, gold), document, doc in zip(articles, documents, parses, strict=True):
        statements = [s for s in find_statements(document, doc) if s.kind in QUOTE_KINDS]
        ours = [Quote(s.quote, s.speaker.name, s.speaker.as_written or None) for s in statements]
        spans = [Said(s.start, s.end, s.speaker_start, s.speaker_end, s.cue_start) for s in statements]
        which = half(doc_id)
        for p, g in match(ours, gold):
            matched[which] += 1
            if same_resolved_speaker(p, g):
                right[which] += 1
                continue
            said = spans[next(i for i, q in enumerate(ours) if q is p)]
            category = error_category(p, g, said, spans, document.text)
            found[which][category] += 1
            if which == "tune":
                print(f"[{category}] {doc_id[-6:]} gold={resolved_name(g)!r} ({g.speaker_as_written!r}) "
                      f"ours={p.speaker!r} ({p.speaker_as_written!r}) :: {p.text[:90]!r}")  # fmt: skip
    for which in ("tune", "check"):
        print(f"{which}: {matched[which]} matched, {right[which]} right speakers "
              f"({right[which] / max(matched[which], 1):.3f})")  # fmt: skip
    print(f"errors by category                 {'tune':>6s}{'check':>6s}")
    for category in CATEGORIES:
        print(f"  {category:36s}{found['tune'][category]:4d}{found['check'][category]:6d}")
    return found


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--errors" in argv:
        tune_errors(eval_dir("ggt-quotes"))
        return 0
    return gate(argv).exit_code


if __name__ == "__main__":
    raise SystemExit(main())
