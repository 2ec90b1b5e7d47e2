"""An armed group's initials between a number and a people noun belong to the counted phrase.

The tagger reads capitalised initials that are also English words ("IS") as a verb or as the noun itself, which
cut the counted phrase short. Sentences are our own, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.counts import find_counts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "subject", "written"),
    [
        ("Coalition jets killed 14 IS fighters near the river crossing.", "fighters", "14 IS fighters"),
        ("The raids killed 31 IS jihadists and wounded 6 others.", "jihadists", "31 IS jihadists"),
    ],
)
def test_group_initials_keep_the_counted_noun(language: Language, text: str, subject: str, written: str) -> None:
    killed = [c for c in find_counts(language(text)[:]) if c.category == "killed"]
    assert [(c.subject, c.as_written) for c in killed] == [(subject, written)]


def test_ordinary_capitals_are_no_group(language: Language) -> None:
    """Only initials the actor lexicon knows are passed over: a shouted word still ends the phrase."""
    counts = find_counts(language("Officials said 12 WERE killed near the market.")[:])
    assert all(c.subject is None for c in counts)
