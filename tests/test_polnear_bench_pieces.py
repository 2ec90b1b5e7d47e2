"""The PolNeAR bench: a quote split by its cue is one gold attribution, so its other pieces are no false alarms.

PolNeAR joins the pieces of '"A," she said, "B."' into one discontinuous content; we keep one
statement per piece, both carrying the same cue. The piece that matches counts once, a piece inside
the same gold content through the same cue counts neither as matched nor as predicted, and a piece
with another cue, or words of its own, is still a false alarm.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.quality_polnear import Attribution, counts  # noqa: E402

GOLD = Attribution(
    "The bridge was shelled twice before dawn and the convoy turned back. Nobody has crossed since then.",
    "said",
    "the governor",
)


def _piece(text: str, cue_at: int | None) -> Attribution:
    return Attribution(text, "said", "Governor", "the governor", cue_at)


def test_second_piece_of_a_split_quote_is_not_a_false_alarm() -> None:
    ours = [
        _piece("The bridge was shelled twice before dawn and the convoy turned back.", 40),
        _piece("Nobody has crossed since then.", 40),
    ]
    found = counts(ours, [GOLD])
    assert (found["matched"], found["predicted"]) == (1, 1)


def test_a_piece_with_another_cue_still_counts_as_predicted() -> None:
    ours = [
        _piece("The bridge was shelled twice before dawn and the convoy turned back.", 40),
        _piece("Nobody has crossed since then.", 95),
    ]
    assert counts(ours, [GOLD])["predicted"] == 2


def test_a_piece_with_words_outside_the_gold_content_still_counts() -> None:
    ours = [
        _piece("The bridge was shelled twice before dawn and the convoy turned back.", 40),
        _piece("Aid workers left the city on foot with their families last week.", 40),
    ]
    assert counts(ours, [GOLD])["predicted"] == 2


def test_without_a_cue_offset_every_statement_counts() -> None:
    ours = [
        _piece("The bridge was shelled twice before dawn and the convoy turned back.", None),
        _piece("Nobody has crossed since then.", None),
    ]
    assert counts(ours, [GOLD])["predicted"] == 2
