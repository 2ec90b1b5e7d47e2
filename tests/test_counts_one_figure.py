"""One figure per claim, read where the parse alone loses it (issue 8 item 1): a Title-Case headline verb before its
figure, a part whose whole was counted a sentence before, lives taken in comma-less text.

Texts are our own paraphrases of general shapes, none taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from counterclaim import extract

pytestmark = pytest.mark.slow


def _figures(text: str) -> list[tuple[str, int | None, str]]:
    return [(n.category, n.low, n.as_written) for c in extract(text).claims for n in c.counts]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Extremist Group Execute 70 Members in Eastern City\n\nThe men had tried to flee.", 70),
        ("National Army Kills 40 Rebel Fighters in Mountain Ambush\n\nThe ambush came at dusk.", 40),
    ],
)
def test_a_title_case_verb_before_its_figure_is_the_headline_event(text: str, figure: int) -> None:
    """A capitalised verb right before a number is a verb, even when the tagger read it as a noun or as the end of
    an organisation's name: the headline's figure is a killed figure on a claim."""
    assert ("killed", figure) in [(c, n) for c, n, _ in _figures(text)]


def test_a_part_among_the_victims_takes_the_whole_of_the_sentence_before() -> None:
    text = (
        "Air strikes hit the village market on Monday, killing 30 people, the monitor said. "
        "The monitor said that 12 children were among the victims of the raid."
    )
    assert ("killed", 12) in [(c, n) for c, n, _ in _figures(text)]


def test_a_part_with_no_whole_before_it_is_no_casualty_figure() -> None:
    text = "The charity said that 12 children were among the victims of the floods it helped last year."
    assert ("killed", 12) not in [(c, n) for c, n, _ in _figures(text)]


def test_lives_taken_without_commas_are_killed() -> None:
    """An aggregator's comma-less sentence: the parse hangs "the lives" on the next verb; the verb before still
    takes them, and the wounded after stay wounded."""
    text = (
        "The war has claimed the lives of over 300000 people injured 900000 others and displaced millions"
        " the report said."
    )
    figures = [(c, n) for c, n, _ in _figures(text)]
    assert ("killed", 300001) in figures
    assert ("injured", 900000) in figures
