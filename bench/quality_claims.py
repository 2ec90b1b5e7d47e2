"""Quality gate for stage 4 (claims): event types, ACLED categories and roles on three gold sets.

Data, read from ``../shared/eval`` and never copied into the repo:

* ``plover-gsr/gsr.jsonl`` — 161 sentences, each coded with one PLOVER type, actor and recipient.
  *event type found*: some claim from the sentence carries the gold type (recall); *type precision*:
  share of claims whose type is the gold type. A claim's type is read as an event coder codes the sentence
  (``claims.modality.plover_reading``): a threatened act (modality ``threatened``: "threatened to halt the
  talks") is the THREATEN that frames it; every other claim keeps its own type. *actor/recipient match*:
  among sentences with a gold actor (recipient), the claim of the gold type (else any claim) names it among its
  actors (targets).
* ``acled/acled_2020-...csv`` — ACLED's human ``notes`` as input, every row (``ACLED_SAMPLE`` caps it
  with a fixed seeded sample if the file grows). The *primary claim* is the first claim of the notes
  that ACLED codes (acled not None, not negated), preferring one that is not hedged. Scored: event_type
  and sub_event_type accuracy over all rows (no primary claim = wrong), per sub-event precision/recall,
  and actor1 match, strict (``acled_actor_match``: name, alias, or state forces by country). For crowd
  rows ("Protesters (X)") the lenient reading, any non-state actor of ours, is its own figure
  (``crowd_actor1_match``, over crowd rows only), never mixed into the strict one.
* ``rams/dev.jsonlines`` — one annotated event per 5-sentence window; only RAMS types that map
  onto PLOVER (``_RAMS_TO_PLOVER``) are scored. The claim at the gold trigger (else any claim of
  the trigger's sentence) must carry the mapped type; its actors, targets and locations are matched
  against the attacker / target+victim / place arguments (recall over gold arguments).

Every text goes through the public pipeline (``bench.common.extract_all``); figures are read off
the finished ``Claim`` records. Each gold set is split into ``tune`` / ``check`` by a hash of the
document id (PLOVER sentence id, ACLED ``event_id_cnty``, RAMS ``doc_key``); both halves are scored
and floored, with 95% bootstrap intervals over documents.

Name matching (``names_match``): canonical names through the actor lexicon, else case-folded word
overlap on content words ("Jubaland security forces" ~ "Military Forces of Somalia ... Jubaland").

    python bench/quality_claims.py [--raise-floors] [--show FILE]

``--show FILE`` writes one TSV line per ACLED row (hit, gold actor1, our actors, sub-event types, notes) to
FILE, and one per scored RAMS argument (hit, role, gold text, our names) beside it (FILE with suffix
``.rams.tsv``), so that two runs can be diffed to see which rows a change gains or loses.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import GateOutcome, Scored, eval_dir, extract_all, ingested, ratio, run_gate, verbatim  # noqa: E402
from counterclaim.models import Document  # noqa: E402

ACLED_FILE = "acled_2020-04-27_to_2020-05-09_outside_syria_iraq_yemen.csv"
ACLED_SAMPLE = 5000  # all 4,288 rows: ~70 s here, and no sample to tune rules to
ACLED_SEED = 2020
_SHOW: list[Path] = []  # --show FILE: per-row ACLED results are written there
_WORD = re.compile(r"[a-z0-9]+")
# Words that name no particular actor: two names sharing only these do not match.
# fmt: off
_GENERIC_WORDS = frozenset({
    "the", "of", "and", "forces", "force", "military", "unidentified", "armed", "group", "police", "civilians",
    "protesters", "rioters", "militia", "communal", "gang", "unknown", "men", "people", "security", "for", "in",
    "government", "movement", "party", "national", "army",
})
# fmt: on
_RAMS_TO_PLOVER: dict[str, str] = {
    "conflict.attack": "ASSAULT",
    "conflict.demonstrate": "PROTEST",
    "life.die.deathcausedbyviolentevents": "ASSAULT",
    "life.injure.injurycausedbyviolentevents": "ASSAULT",
    "justice.arrestjaildetain": "COERCE",
    "contact.discussion.meet": "CONSULT",
    "contact.negotiate": "CONSULT",
    "contact.threatencoerce": "THREATEN",
    "conflict.yield": "RETREAT",
    "transaction.transaction.embargosanction": "SANCTION",
    "government.agreements.acceptagreementcontractceasefire": "AGREE",
    "contact.requestadvise": "REQUEST",
    "transaction.transfermoney.giftgrantprovideaid": "AID",
}
_RAMS_ROLES = {"attacker": "actors", "target": "targets", "victim": "targets", "place": "locations"}


def _analyse(documents: list[Document]) -> Iterator[list[dict[str, object]]]:
    """The public pipeline over the documents; each document's finished claims as dicts."""
    for extraction in extract_all(documents):
        yield [c.as_dict() for c in extraction.claims]


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in _GENERIC_WORDS and len(w) > 2}


def _canonical(text: str) -> str | None:
    from counterclaim.actors import lexicon

    direct = lexicon().canonical(text)
    if direct:
        return direct
    found = lexicon().find(text)
    return found[0].canonical if found else None


def names_match(ours: Iterable[str], gold: str) -> bool:
    """True when one of our names is the gold name: same canonical actor, or shared content words."""
    gold_canonical = _canonical(gold)
    gold_words = _words(gold)
    for name in ours:
        if gold_canonical and (name == gold_canonical or _canonical(name) == gold_canonical):
            return True
        if gold_words & _words(name):
            return True
    return False


_GENERIC_ACLED_GROUPS = ("Protesters", "Rioters", "Civilians")
_STATE_FORCE_WORDS = frozenset({"police", "army", "military", "forces", "force", "soldiers", "troops", "security"})


def acled_actor_match(claim: dict[str, object], gold: str) -> bool:
    """ACLED's actor1 against our actors, strictly: by name or alias (``names_match``), or, for state forces
    ACLED names by country ("Police Forces of Mexico (2018-)"), our "police" or "soldiers" in a claim
    located in that country."""
    ours = [str(a) for a in claim["actors"]]  # type: ignore[attr-defined]
    if names_match(ours, gold):
        return True
    countries = {str(loc["country"]) for loc in claim["locations"]}  # type: ignore[attr-defined]
    generic_force = any(set(a.casefold().split()) & _STATE_FORCE_WORDS for a in ours)
    return generic_force and _canonical(gold) in countries


def is_crowd_row(gold: str) -> bool:
    """ACLED names crowds generically ("Protesters (Israel)", "Civilians (Mexico)")."""
    return gold.startswith(_GENERIC_ACLED_GROUPS)


def crowd_branch_match(claim: dict[str, object]) -> bool:
    """The lenient reading for a crowd row: any actor of ours that is not a state or armed group.

    Reported as its own figure (``acled.crowd_actor1_match``), never mixed into the strict match.
    """
    from counterclaim.actors import lexicon

    ours = [str(a) for a in claim["actors"]]  # type: ignore[attr-defined]
    return any(lexicon().kind(lexicon().canonical(a) or "") not in {"state", "armed_group"} for a in ours)


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


# ---------------------------------------------------------------- PLOVER gold sentences


PLOVER_FORMULAS = {
    "event_type_found": ratio("type_found", "sentences"),
    "event_type_precision": ratio("claims_right", "claims"),
    "actor_match": ratio("actor_hits", "actor_total"),
    "recipient_match": ratio("recipient_hits", "recipient_total"),
}


def _plover_counts(row: dict[str, Any], found: list[dict[str, object]]) -> dict[str, float]:
    """One gold sentence: is the gold type among our claims, how many claims are right, are actor/recipient named."""
    from counterclaim.claims.modality import plover_reading

    gold = row["event"]
    types = [plover_reading(str(c["event_type"]), str(c["modality"])) for c in found]
    chosen = [c for c, t in zip(found, types, strict=True) if t == gold] or found
    actors = [str(a) for c in chosen for a in c["actors"]]  # type: ignore[attr-defined]
    targets = [str(t) for c in chosen for t in c["targets"]]  # type: ignore[attr-defined]
    return {
        "sentences": 1,
        "type_found": gold in types,
        "claims": len(types),
        "claims_right": types.count(gold),
        "actor_total": bool(row["actor"]),
        "actor_hits": bool(row["actor"]) and any(names_match(actors, a) for a in row["actor"]),
        "recipient_total": bool(row["recipient"]),
        "recipient_hits": bool(row["recipient"]) and any(names_match(targets, r) for r in row["recipient"]),
    }


def score_plover() -> Scored:
    rows = [json.loads(line) for line in (eval_dir("plover-gsr") / "gsr.jsonl").read_text().splitlines() if line]
    scored = Scored("plover", PLOVER_FORMULAS)
    per_type: Counter[tuple[str, str]] = Counter()
    documents = [ingested(r["text"], r["id"]) for r in rows]
    for row, found in zip(rows, _analyse(documents), strict=True):
        counts = _plover_counts(row, found)
        scored.add(row["id"], counts)
        per_type[(row["event"], "gold")] += 1
        per_type[(row["event"], "found")] += int(counts["type_found"])
    claims = sum(c["claims"] for _, c in scored.rows)
    print(f"\nPLOVER GSR: {len(rows)} sentences, {claims:.0f} claims (both halves)")
    for gold in sorted({g for g, _ in per_type}):
        n, hits = per_type[(gold, "gold")], per_type[(gold, "found")]
        print(f"  {gold:10s} found {hits:3d}/{n:3d}  recall {hits / n:.2f}")
    return scored


# ---------------------------------------------------------------- ACLED notes


def _acled_rows() -> list[dict[str, str]]:
    with (eval_dir("acled") / ACLED_FILE).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows = [r for r in rows if r["notes"].strip()]
    if len(rows) > ACLED_SAMPLE:
        rows = random.Random(ACLED_SEED).sample(rows, ACLED_SAMPLE)
    return rows


def _primary(found: list[dict[str, object]]) -> dict[str, object] | None:
    """The event the notes assert: the first coded claim, preferring one that is not hedged ("who claim
    their children have been kidnapped" is background to the sit-in the notes report)."""
    coded = [c for c in found if c["acled"] is not None and not c["negated"]]
    plain = [c for c in coded if not c["hedged"]]
    return (plain or coded or [None])[0]


ACLED_FORMULAS = {
    "coverage": ratio("covered", "rows"),
    "event_type_accuracy": ratio("type_hit", "rows"),
    "sub_event_type_accuracy": ratio("sub_hit", "rows"),
    "sub_event_type_precision": ratio("sub_hit", "covered"),
    "actor1_match": ratio("actor_hit", "rows"),
    "actor1_precision": ratio("actor_hit", "actor_claim"),
    "crowd_actor1_match": ratio("crowd_hit", "crowd_rows"),
}


def _acled_counts(row: dict[str, str], primary: dict[str, object] | None) -> dict[str, float]:
    """One ACLED row: coded at all, right event type and sub-event type, actor1 matched (strict; crowd branch apart)."""
    crowd = is_crowd_row(row["actor1"])
    if primary is None:
        return {"rows": 1, "crowd_rows": crowd}
    acled = primary["acled"]
    assert isinstance(acled, dict)
    has_actors = bool(primary["actors"])
    return {
        "rows": 1,
        "covered": 1,
        "type_hit": acled["event_type"] == row["event_type"],
        "sub_hit": acled["sub_event_type"] == row["sub_event_type"],
        "actor_claim": has_actors,
        "actor_hit": has_actors and acled_actor_match(primary, row["actor1"]),
        "crowd_rows": crowd,
        "crowd_hit": crowd and crowd_branch_match(primary),
    }


def _show_acled(row: dict[str, str], primary: dict[str, object] | None, counts: dict[str, float]) -> str:
    if primary is None:
        cells = ["-", row["actor1"], "", "", row["sub_event_type"], row["notes"]]
    else:
        acled = primary["acled"]
        assert isinstance(acled, dict)
        actors = "; ".join(str(a) for a in primary["actors"])  # type: ignore[attr-defined]
        cells = [str(int(counts["actor_hit"])), row["actor1"], actors, str(acled["sub_event_type"])]
        cells += [row["sub_event_type"], row["notes"]]
    return "\t".join(" ".join(c.split()) for c in cells)


def score_acled() -> Scored:
    rows = _acled_rows()
    scored = Scored("acled", ACLED_FORMULAS)
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    shown: list[str] = []
    documents = [ingested(r["notes"], r["event_id_cnty"]) for r in rows]
    for row, found in zip(rows, _analyse(documents), strict=True):
        primary = _primary(found)
        counts = _acled_counts(row, primary)
        scored.add(row["event_id_cnty"], counts)
        shown.append(_show_acled(row, primary, counts))
        gold_count[row["sub_event_type"]] += 1
        if primary is not None:
            predicted[str(primary["acled"]["sub_event_type"])] += 1  # type: ignore[index]
            correct[row["sub_event_type"]] += int(counts["sub_hit"])
    for path in _SHOW:
        path.write_text("\n".join(shown) + "\n", encoding="utf-8")
    covered = sum(predicted.values())
    print(f"\nACLED notes: {len(rows)} rows (seed {ACLED_SEED}), {covered} with a coded claim (both halves)")
    print(f"  {'sub_event_type':40s} {'gold':>5s} {'pred':>5s} {'P':>5s} {'R':>5s}")
    for sub, n in gold_count.most_common():
        p, r = _ratio(correct[sub], predicted[sub]), _ratio(correct[sub], n)
        print(f"  {sub:40s} {n:5d} {predicted[sub]:5d} {p:5.2f} {r:5.2f}")
    return scored


# ---------------------------------------------------------------- RAMS


def _rams_type(gold: str) -> str | None:
    for prefix, plover in _RAMS_TO_PLOVER.items():
        if gold.startswith(prefix):
            return plover
    return None


def _rams_doc(row: dict[str, object]) -> tuple[str, list[tuple[int, int]]]:
    tokens = [t for sentence in row["sentences"] for t in sentence]  # type: ignore[attr-defined]
    offsets, text, position = [], [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        text.append(token)
        position += len(token) + 1
    return " ".join(text), offsets


def _sentence_bounds(row: dict[str, object], token_index: int) -> tuple[int, int]:
    start = 0
    for sentence in row["sentences"]:  # type: ignore[attr-defined]
        if start <= token_index < start + len(sentence):
            return start, start + len(sentence) - 1
        start += len(sentence)
    return 0, 0


RAMS_FORMULAS = {
    "event_type_found": ratio("type_hit", "windows"),
    "trigger_found": ratio("at_trigger", "windows"),
    "trigger_type_precision": ratio("at_trigger_right", "at_trigger"),
    **{f"role_{kind}_recall": ratio(f"{kind}_hit", f"{kind}_total") for kind in _RAMS_ROLES},
}


def _rams_counts(
    row: dict[str, Any], plover: str, text: str, offsets: list[tuple[int, int]], found: list[dict[str, object]]
) -> tuple[dict[str, float], list[str]]:
    """One RAMS window: the type at the trigger (else in its sentence), and each scored argument in that claim."""
    trig_start, trig_end = row["evt_triggers"][0][0], row["evt_triggers"][0][1]
    exact = [c for c in found if _overlaps(c, text, offsets[trig_start][0], offsets[trig_end][1])]
    first, last = _sentence_bounds(row, trig_start)
    near = [c for c in found if offsets[first][0] <= int(c["start"]) <= offsets[last][1]]  # type: ignore[call-overload]
    candidates = [c for c in exact + near if c["event_type"] == plover]
    chosen = candidates[0] if candidates else None
    counts: Counter[str] = Counter(windows=1, type_hit=bool(candidates), at_trigger=bool(exact))
    counts["at_trigger_right"] = any(c["event_type"] == plover for c in exact)
    shown = []
    for _, (arg_start, arg_end), role in row["gold_evt_links"]:
        field = next((f for name, f in _RAMS_ROLES.items() if role.endswith(name)), None)
        if field is None:
            continue
        kind = re.sub(r"^evt\d+arg\d+", "", role)
        counts[f"{kind}_total"] += 1
        if chosen is None:
            continue
        gold_text = text[offsets[arg_start][0] : offsets[arg_end][1]]
        ours = [loc["name"] for loc in chosen[field]] if field == "locations" else chosen[field]  # type: ignore[attr-defined]
        hit = names_match([str(n) for n in ours], gold_text)  # type: ignore[attr-defined]
        counts[f"{kind}_hit"] += hit
        shown.append("\t".join([str(int(hit)), kind, gold_text, "; ".join(str(n) for n in ours)]))  # type: ignore[attr-defined]
    return dict(counts), shown


def score_rams() -> Scored:
    rows = [json.loads(line) for line in (eval_dir("rams") / "dev.jsonlines").read_text().splitlines() if line]
    scored_rows = [(r, t) for r in rows if (t := _rams_type(r["evt_triggers"][0][2][0][0]))]
    texts = [_rams_doc(r) for r, _ in scored_rows]
    # Verbatim: the gold is token offsets into exactly this text.
    documents = [verbatim(text, r["doc_key"]) for (r, _), (text, _) in zip(scored_rows, texts, strict=True)]
    scored = Scored("rams", RAMS_FORMULAS)
    shown: list[str] = []
    for (row, plover), (text, offsets), found in zip(scored_rows, texts, _analyse(documents), strict=True):
        counts, lines = _rams_counts(row, plover, text, offsets, found)
        scored.add(row["doc_key"], counts)
        shown.extend(lines)
    for path in _SHOW:
        path.with_suffix(".rams.tsv").write_text("\n".join(shown) + "\n", encoding="utf-8")
    print(f"\nRAMS dev: {len(scored_rows)} of {len(rows)} windows have a type that maps onto PLOVER")
    return scored


def _overlaps(claim: dict[str, object], text: str, start: int, end: int) -> bool:
    """Does the claim's trigger word sit on the gold trigger?"""
    trigger = str(claim.get("trigger") or "")
    span_start, span_end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
    if not (span_start <= start < span_end):
        return False
    window = text[max(start - 1, 0) : end + 1]
    return bool(trigger) and trigger in window


# ---------------------------------------------------------------- gate


def score() -> list[Scored]:
    began = time.perf_counter()
    scored = [score_plover(), score_acled(), score_rams()]
    print(f"\n(scored in {time.perf_counter() - began:.0f} s)")
    return scored


def gate(argv: Sequence[str]) -> GateOutcome:
    """Score and check (``--raise-floors``: raise) the floors in bench/floors/claims.json."""
    argv = list(argv)
    if "--show" in argv:
        at = argv.index("--show")
        _SHOW.append(Path(argv[at + 1]))
        argv = argv[:at] + argv[at + 2 :]
    return run_gate("claims", score, argv)


def main(argv: list[str] | None = None) -> int:
    return gate(sys.argv[1:] if argv is None else argv).exit_code


if __name__ == "__main__":
    sys.exit(main())
