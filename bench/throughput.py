"""Throughput: the whole pipeline (ingest into a fresh store) against a bare spaCy ``nlp.pipe``.

Why a ratio: seconds depend on the machine; the ratio of our documents/s to spaCy's over the
same texts in the same run says what counterclaim itself costs on top of parsing, and every
later change shows its cost there.

    python bench/throughput.py [--docs 300] [--batch-size 32]

The texts are real news reports from ../shared/eval (Gender Gap Tracker articles, Gun
Violence Corpus and ECB+ documents), read in place and never copied into the repo.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import EvalDataMissing, eval_dir, in_ci


def load_texts(limit: int) -> list[str]:
    """Up to ``limit`` real reports, interleaving the three corpora so lengths are mixed."""
    ggt = [p.read_text(encoding="utf-8") for p in sorted(eval_dir("ggt-quotes/rawtext").glob("*.txt"))]
    corpora = [ggt]
    for name in ("gvc/docs.jsonl", "ecbplus/docs.jsonl"):
        with eval_dir(name).open(encoding="utf-8") as lines:
            corpora.append([json.loads(line)["text"] for line in lines if line.strip()])
    mixed: list[str] = []
    for position in range(max(len(c) for c in corpora)):
        mixed.extend(c[position] for c in corpora if position < len(c))
    return [t for t in mixed if t.strip()][:limit]


def time_bare_spacy(texts: list[str], batch_size: int) -> float:
    from counterclaim import nlp

    language = nlp.load()
    started = time.perf_counter()
    for _ in language.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def time_pipeline(texts: list[str], batch_size: int) -> tuple[float, int]:
    """Write the texts as JSON Lines and ingest them into a fresh SQLite store, as a user would."""
    from counterclaim import Store, ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "reports.jsonl"
        corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
        store = Store(Path(tmp) / "bench.db")
        started = time.perf_counter()
        summary = ingest_paths(store, [str(corpus)], batch_size=batch_size)
        elapsed = time.perf_counter() - started
        store.close()
    return elapsed, summary.stored + summary.duplicates + summary.copies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    try:
        texts = load_texts(args.docs)
    except EvalDataMissing as exc:
        print(f"{'FAIL' if in_ci() else 'SKIP'}: {exc}")
        return 1 if in_ci() else 0
    words = sum(len(t.split()) for t in texts)
    time_bare_spacy(texts[:5], args.batch_size)  # warm up: model load, first-batch allocation
    bare = time_bare_spacy(texts, args.batch_size)
    full, processed = time_pipeline(texts, args.batch_size)
    print(f"{len(texts)} reports, {words:,} words, batch size {args.batch_size}")
    print(f"  bare spaCy nlp.pipe      {len(texts) / bare:8.1f} docs/s  ({bare:6.1f} s)")
    print(f"  counterclaim ingest      {len(texts) / full:8.1f} docs/s  ({full:6.1f} s, {processed} documents)")
    print(f"  ratio pipeline / spaCy   {bare / full:8.2f}  (1.00 = no cost beyond parsing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
