"""The quotes bench's error classes: an unlinked description is classed by what it should have been linked
to (the gold name), a definite description apart from a bare common noun taken for the speaker."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.quality_quotes import Quote, Said, error_category  # noqa: E402

TEXT = 'Nadia Karam, a nurse, said fear kept people away. "We had no beds left," the nurse said.'


def _category(written: str, gold: str, at: int) -> str:
    said = Said(start=TEXT.index("We had"), end=TEXT.index(",\" the"), speaker_start=at, speaker_end=at + len(written),
                cue_start=TEXT.index("said.", at))  # fmt: skip
    predicted = Quote("We had no beds left", written, written)
    return error_category(predicted, Quote("We had no beds left", gold, None), said, [said], TEXT)


def test_an_unlinked_definite_description_of_a_named_person() -> None:
    at = TEXT.index("nurse said")
    assert _category("nurse", "Nadia Karam", at) == "description not linked (named person)"


def test_a_description_of_a_named_body_is_no_person_description() -> None:
    at = TEXT.index("nurse said")
    assert _category("nurse", "Syrian Health Ministry", at) == "description not linked (named body)"


def test_a_description_against_an_unnamed_gold_speaker() -> None:
    at = TEXT.index("nurse said")
    assert _category("nurse", "a nurse at the clinic", at) == "description not linked (unnamed)"


def test_a_bare_common_noun_is_not_a_definite_description() -> None:
    at = TEXT.index("fear")
    assert _category("fear", "Nadia Karam", at) == "common noun as speaker (named person)"
