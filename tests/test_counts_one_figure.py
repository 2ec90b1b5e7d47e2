"""One figure per claim, read where the parse alone loses it (issue 8 item 1): a Title-Case headline verb before its
figure, lives taken in comma-less text, a toll that "could be as high as" a number.

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


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Shelling hit the town on Sunday, killing 20 people. Medics fear the number of dead could be as high as 90.",
         ("killed", None, 90)),
        ("Rockets hit the market and the number of wounded may be as high as 30.", ("injured", None, 30)),
    ],
)
def test_a_toll_that_could_be_as_high_as_a_number_is_an_upper_bound(text: str, figure: tuple[str, None, int]) -> None:
    """ "as high as N" bounds the toll from above (as "up to" does), and the toll noun gives its category through
    the adjective the number hangs on."""
    counts = [(n.category, n.low, n.high) for c in extract(text).claims for n in c.counts]
    assert figure in counts
