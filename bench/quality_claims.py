"""Quality gate for stage 4 (claims): event types, ACLED categories and roles on three gold sets.

Data, read from ``../shared/eval`` and never copied into the repo:

* ``plover-gsr/gsr.jsonl`` — 161 sentences, each coded with one PLOVER type, actor and recipient.
  *event type found*: some claim from the sentence carries the gold type (recall); *type precision*:
  share of claims whose type is the gold type. *actor/recipient match*: among sentences with a gold
  actor (recipient), the claim of the gold type (else any claim) names it among its actors (targets).
* ``acled/acled_2020-...csv`` — ACLED's human ``notes`` as input, every row (``ACLED_SAMPLE`` caps it
  with a fixed seeded sample if the file grows). The *primary claim* is the first claim of the notes
  that ACLED codes (acled not None, not negated), preferring one that is not hedged. Scored: event_type
  and sub_event_type accuracy over all rows (no primary claim = wrong), per sub-event precision/recall,
  and actor1 match (``acled_actor_match``: generic crowds and state forces by country).
* ``rams/dev.jsonlines`` — one annotated event per 5-sentence window; only RAMS types that map
  onto PLOVER (``_RAMS_TO_PLOVER``) are scored. The claim at the gold trigger (else any claim of
  the trigger's sentence) must carry the mapped type; its actors, targets and locations are matched
  against the attacker / target+victim / place arguments (recall over gold arguments).

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import eval_dir, run_gate  # noqa: E402

ACLED_FILE = "acled_2020-04-27_to_2020-05-09_outside_syria_iraq_yemen.csv"
ACLED_SAMPLE = 5000  # all 4,288 rows: ~70 s here, and no sample to tune rules to
ACLED_SEED = 2020
_SHOW: list[Path] = []  # --show FILE: per-row ACLED results are written there
_WORD = re.compile(r"[a-z0-9]+")
_GENERIC_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "forces",
        "force",
        "military",
        "unidentified",
        "armed",
        "group",
        "police",
        "civilians",
        "protesters",
        "rioters",
        "militia",
        "communal",
        "gang",
        "unknown",
        "men",
        "people",
        "security",
        "for",
        "in",
        "government",
        "movement",
        "party",
        "national",
        "army",
    }
)
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


@dataclass(frozen=True, slots=True)
class Found:
    """What counterclaim found in one input text, reduced to what the gold sets score."""

    claims: list[dict[str, object]]


def _analyse(texts: Iterable[str]) -> Iterator[list[dict[str, object]]]:
    """Stages 2–4 over raw texts, one parse each; claims as dicts (trigger offset included)."""
    from counterclaim import attribution, claims, nlp
    from counterclaim.models import Document, document_id

    language = nlp.load()
    for doc in language.pipe(texts, batch_size=64):
        document = Document(id=document_id(doc.text), text=doc.text)
        statements = attribution.find_statements(document, doc)
        found = claims.find_claims(document, doc, statements)
        yield [c.as_dict() for c in found]


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
    """ACLED's actor1 against our actors. ACLED names crowds generically ("Protesters (Israel)"): any participant
    phrase of ours that is not a state or armed group matches it. ACLED names state forces by country ("Police
    Forces of Mexico (2018-)"): our "police" or "soldiers" match when the claim is located in that country."""
    from counterclaim.actors import lexicon

    ours = [str(a) for a in claim["actors"]]  # type: ignore[attr-defined]
    if names_match(ours, gold):
        return True
    if gold.startswith(_GENERIC_ACLED_GROUPS):
        return any(lexicon().kind(lexicon().canonical(a) or "") not in {"state", "armed_group"} for a in ours)
    countries = {str(loc["country"]) for loc in claim["locations"]}  # type: ignore[attr-defined]
    generic_force = any(set(a.casefold().split()) & _STATE_FORCE_WORDS for a in ours)
    return generic_force and _canonical(gold) in countries


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 0.0


# ---------------------------------------------------------------- PLOVER gold sentences


def score_plover() -> dict[str, float]:
    rows = [json.loads(line) for line in (eval_dir("plover-gsr") / "gsr.jsonl").read_text().splitlines() if line]
    found_type = claims_total = claims_right = 0
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    per_type: Counter[tuple[str, str]] = Counter()
    for row, found in zip(rows, _analyse(r["text"] for r in rows), strict=True):
        gold = row["event"]
        types = [str(c["event_type"]) for c in found]
        hit = gold in types
        found_type += hit
        per_type[(gold, "gold")] += 1
        per_type[(gold, "found")] += hit
        claims_total += len(types)
        claims_right += types.count(gold)
        chosen = [c for c in found if c["event_type"] == gold] or found
        actors = [str(a) for c in chosen for a in c["actors"]]  # type: ignore[attr-defined]
        targets = [str(t) for c in chosen for t in c["targets"]]  # type: ignore[attr-defined]
        if row["actor"]:
            actor_total += 1
            actor_hits += any(names_match(actors, a) for a in row["actor"])
        if row["recipient"]:
            recipient_total += 1
            recipient_hits += any(names_match(targets, r) for r in row["recipient"])
    print(f"\nPLOVER GSR: {len(rows)} sentences, {claims_total} claims")
    for gold in sorted({g for g, _ in per_type}):
        n = per_type[(gold, "gold")]
        hits = per_type[(gold, "found")]
        print(f"  {gold:10s} found {hits:3d}/{n:3d}  recall {_ratio(hits, n):.2f}")
    figures = {
        "plover.event_type_found": _ratio(found_type, len(rows)),
        "plover.event_type_precision": _ratio(claims_right, claims_total),
        "plover.actor_match": _ratio(actor_hits, actor_total),
        "plover.recipient_match": _ratio(recipient_hits, recipient_total),
    }
    return figures


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


def score_acled() -> dict[str, float]:
    rows = _acled_rows()
    type_hits = sub_hits = actor_hits = actor_claims = covered = 0
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    shown: list[str] = []
    for row, found in zip(rows, _analyse(r["notes"] for r in rows), strict=True):
        gold_sub = row["sub_event_type"]
        gold_count[gold_sub] += 1
        primary = _primary(found)
        if primary is None:
            shown.append("\t".join(["-", row["actor1"], "", "", gold_sub, row["notes"]]))
            continue
        covered += 1
        acled = primary["acled"]
        assert isinstance(acled, dict)
        predicted[str(acled["sub_event_type"])] += 1
        type_hits += acled["event_type"] == row["event_type"]
        if acled["sub_event_type"] == gold_sub:
            sub_hits += 1
            correct[gold_sub] += 1
        actors = [str(a) for a in primary["actors"]]  # type: ignore[attr-defined]
        if actors:
            actor_claims += 1
            actor_hits += acled_actor_match(primary, row["actor1"])
        hit = bool(actors) and acled_actor_match(primary, row["actor1"])
        cells = [str(int(hit)), row["actor1"], "; ".join(actors), str(acled["sub_event_type"]), gold_sub, row["notes"]]
        shown.append("\t".join(" ".join(c.split()) for c in cells))
    for path in _SHOW:
        path.write_text("\n".join(shown) + "\n", encoding="utf-8")
    print(f"\nACLED notes: {len(rows)} rows (seed {ACLED_SEED}), {covered} with a coded claim")
    print(f"  {'sub_event_type':40s} {'gold':>5s} {'pred':>5s} {'P':>5s} {'R':>5s}")
    for sub, n in gold_count.most_common():
        p, r = _ratio(correct[sub], predicted[sub]), _ratio(correct[sub], n)
        print(f"  {sub:40s} {n:5d} {predicted[sub]:5d} {p:5.2f} {r:5.2f}")
    return {
        "acled.coverage": _ratio(covered, len(rows)),
        "acled.event_type_accuracy": _ratio(type_hits, len(rows)),
        "acled.sub_event_type_accuracy": _ratio(sub_hits, len(rows)),
        "acled.sub_event_type_precision": _ratio(sub_hits, covered),
        "acled.actor1_match": _ratio(actor_hits, len(rows)),
        "acled.actor1_precision": _ratio(actor_hits, actor_claims),
    }


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


def score_rams() -> dict[str, float]:
    rows = [json.loads(line) for line in (eval_dir("rams") / "dev.jsonlines").read_text().splitlines() if line]
    scored = [(r, t) for r in rows if (t := _rams_type(r["evt_triggers"][0][2][0][0]))]
    docs = [_rams_doc(r) for r, _ in scored]
    type_hits = at_trigger = at_trigger_right = 0
    role_hits: Counter[str] = Counter()
    role_total: Counter[str] = Counter()
    shown: list[str] = []
    for (row, plover), (text, offsets), found in zip(scored, docs, _analyse(d[0] for d in docs), strict=True):
        trig_start, trig_end = row["evt_triggers"][0][0], row["evt_triggers"][0][1]
        char_start, char_end = offsets[trig_start][0], offsets[trig_end][1]
        exact = [c for c in found if _overlaps(c, text, char_start, char_end)]
        first, last = _sentence_bounds(row, trig_start)
        near = [c for c in found if offsets[first][0] <= int(c["start"]) <= offsets[last][1]]  # type: ignore[call-overload]
        if exact:
            at_trigger += 1
            at_trigger_right += any(c["event_type"] == plover for c in exact)
        candidates = [c for c in exact + near if c["event_type"] == plover]
        type_hits += bool(candidates)
        chosen = candidates[0] if candidates else None
        for _, (arg_start, arg_end), role in row["gold_evt_links"]:
            field = next((f for name, f in _RAMS_ROLES.items() if role.endswith(name)), None)
            if field is None:
                continue
            kind = re.sub(r"^evt\d+arg\d+", "", role)
            role_total[kind] += 1
            if chosen is None:
                continue
            gold_text = text[offsets[arg_start][0] : offsets[arg_end][1]]
            ours = [loc["name"] for loc in chosen[field]] if field == "locations" else chosen[field]  # type: ignore[index, union-attr]
            hit = names_match([str(n) for n in ours], gold_text)  # type: ignore[union-attr]
            role_hits[kind] += hit
            shown.append("\t".join([str(int(hit)), kind, gold_text, "; ".join(str(n) for n in ours)]))  # type: ignore[union-attr]
    for path in _SHOW:
        path.with_suffix(".rams.tsv").write_text("\n".join(shown) + "\n", encoding="utf-8")
    print(f"\nRAMS dev: {len(scored)} of {len(rows)} windows have a type that maps onto PLOVER")
    for kind in sorted(role_total):
        print(f"  role {kind:10s} matched {role_hits[kind]:3d}/{role_total[kind]:3d}")
    figures = {
        "rams.event_type_found": _ratio(type_hits, len(scored)),
        "rams.trigger_found": _ratio(at_trigger, len(scored)),
        "rams.trigger_type_precision": _ratio(at_trigger_right, at_trigger),
    }
    for kind in sorted(role_total):
        figures[f"rams.role_{kind}_recall"] = _ratio(role_hits[kind], role_total[kind])
    return figures


def _overlaps(claim: dict[str, object], text: str, start: int, end: int) -> bool:
    """Does the claim's trigger word sit on the gold trigger?"""
    trigger = str(claim.get("trigger") or "")
    span_start, span_end = int(claim["start"]), int(claim["end"])  # type: ignore[call-overload]
    if not (span_start <= start < span_end):
        return False
    window = text[max(start - 1, 0) : end + 1]
    return bool(trigger) and trigger in window


# ---------------------------------------------------------------- gate


def score() -> dict[str, float]:
    began = time.perf_counter()
    figures = {**score_plover(), **score_acled(), **score_rams()}
    print(f"\n(scored in {time.perf_counter() - began:.0f} s)")
    return figures


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--show" in argv:
        at = argv.index("--show")
        _SHOW.append(Path(argv[at + 1]))
        argv = argv[:at] + argv[at + 2 :]
    return run_gate("claims", score, argv)


if __name__ == "__main__":
    sys.exit(main())
