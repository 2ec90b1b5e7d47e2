"""The figure gate's own scoring rules, on made-up claims: no model, no data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.quality_figures import (  # noqa: E402
    GoldDenial,
    GoldFigure,
    GoldFigures,
    Predicted,
    counts,
    names_match,
    same_claimant,
    stated,
)

from counterclaim.models import Claim, Claimant, Count, DateRef, Document, Extraction  # noqa: E402


def _claim(n: int, claimant: str | None, found: list[Count], *, negated: bool = False, kind: str = "ASSAULT") -> Claim:
    return Claim(
        f"c{n}", "d", kind, None, None, [], [], [], [], DateRef(), found,
        Claimant(claimant, "organisation"), negated, False, n, n + 1,
    )  # fmt: skip


def _count(category: str, low: int | None, high: int | None, qualifier: str | None = None, start: int = 0) -> Count:
    return Count(category, None, low, high, qualifier, "x", start, start + 1)


def test_the_figure_as_written_is_read_back_from_the_range() -> None:
    assert stated(_count("killed", 61, None, "more than")) == (60, None)
    assert stated(_count("killed", 36, None, "at least")) == (36, None)
    assert stated(_count("killed", 63, 77, "about")) == (70, None)
    assert stated(_count("killed", None, 5, "up to")) == (5, None)


def test_figures_match_one_to_one_and_a_duplicated_count_is_an_extra_prediction() -> None:
    gold = GoldFigures(
        "fakes:1",
        [GoldFigure("killed", 12, None, "the monitor"), GoldFigure("injured", 30, None, "Syrian state media")],
        [GoldDenial("the army", frozenset({"ASSAULT"}))],
    )
    twelve = _count("killed", 12, 12, start=5)
    claims = [
        _claim(1, "Syrian Observatory monitor", [twelve]),
        _claim(2, None, [twelve, _count("injured", 30, 30, start=9)]),
        _claim(3, "army", [], negated=True),
    ]
    tally = counts(gold, Extraction(Document("d", "text"), claims=claims))
    assert tally["gold"] == 2 and tally["found"] == 2
    assert tally["predicted"] == 3 and tally["right"] == 2
    assert tally["claimant_right"] == 1
    assert tally["denials"] == 1 and tally["denials_found"] == 1


def test_a_claim_in_the_publications_own_voice_is_the_outlets() -> None:
    own = Predicted("killed", 3, None, "dailysabah", "x", 0, own_voice=True)
    assert same_claimant("Daily Sabah", own)
    assert same_claimant("Syrian Coalition", Predicted("killed", 3, None, "etilaf", "x", 0, own_voice=True))
    assert not same_claimant("SOHR", own)
    assert not same_claimant("Daily Sabah", Predicted("killed", 3, None, "dailysabah", "x", 0))


def test_a_denials_only_document_scores_denials_and_no_figures(tmp_path: Path) -> None:
    from bench.quality_figures import load_gold

    path = tmp_path / "figures.jsonl"
    row = {
        "doc": "fakes:7",
        "scope": "denials",
        "figures": [],
        "denials": [{"claimant": "the ministry", "event": "ASSAULT"}],
    }
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (item,) = load_gold(path)
    assert not item.figures_labelled
    claims = [_claim(1, "the ministry", [_count("killed", 9, None)], negated=True)]
    extraction = Extraction(Document("d", "text"), claims=claims)
    scored = counts(item, extraction)
    assert scored["predicted"] == 0 and scored["gold"] == 0
    assert scored["denials"] == 1 and scored["denials_found"] == 1


def test_nearly_is_read_back_as_written_and_names_match_without_hyphens() -> None:
    assert stated(_count("killed", 36, 40, "nearly")) == (40, None)
    assert same_claimant("Al-Mayadin", Predicted("killed", 5, None, "AlMayadin", "five", 0))
    spokesman = Predicted("killed", 5, None, "Rami Abdel Rahman", "5", 0, False, "Observatory")
    assert same_claimant("the Observatory", spokesman)


def test_a_denial_is_found_only_as_a_negated_claim_of_the_denied_event() -> None:
    gold = GoldFigures("fakes:2", [], [GoldDenial("Defence Ministry", frozenset({"ASSAULT"}))])
    rejecting = _claim(1, "Defence Ministry", [], negated=True, kind="REJECT")  # the denial verb's own claim
    asserted = _claim(2, "Defence Ministry", [])
    other_voice = _claim(3, "the monitor", [], negated=True)
    nothing = [rejecting, asserted, other_voice]
    assert counts(gold, Extraction(Document("d", "text"), claims=nothing))["denials_found"] == 0
    found = [*nothing, _claim(4, "Defence Ministry", [], negated=True)]
    assert counts(gold, Extraction(Document("d", "text"), claims=found))["denials_found"] == 1


def test_a_common_noun_does_not_stand_for_a_named_claimant() -> None:
    assert not names_match("Syrian army", "army")
    assert not names_match("Syrian regime", "the regime")
    assert names_match("Syrian army", "Syrian army")
    assert names_match("Assad regime", "Assad")
    assert names_match("Kurdish commander", "senior Kurdish commander")


def test_a_figure_listed_by_a_later_batch_is_set_aside_by_an_older_key() -> None:
    """A correction that lists a headline's second mention later: the older key neither finds it nor counts the
    prediction it takes as an extra; the key over every batch scores it."""
    gold = GoldFigures(
        "fakes:2",
        [GoldFigure("killed", 9, None, "the army"), GoldFigure("killed", 9, None, "the army", batch=5)],
        [],
    )
    nine = _count("killed", 9, 9)
    extraction = Extraction(Document("d", "text"), claims=[_claim(1, "army", [nine]), _claim(2, "army", [nine])])
    older = counts(gold, extraction, last=2)
    assert (older["gold"], older["found"], older["predicted"]) == (1, 1, 1)
    every = counts(gold, extraction)
    assert (every["gold"], every["found"], every["predicted"]) == (2, 2, 2)
    alone = counts(gold, Extraction(Document("d", "text"), claims=[_claim(1, "army", [nine])]), last=2)
    assert (alone["gold"], alone["found"], alone["predicted"]) == (1, 1, 1)
