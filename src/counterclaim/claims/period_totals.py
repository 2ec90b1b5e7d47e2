"""Cumulative and period totals: a figure that sums a campaign or a span of time, not one event.

Why: a report often gives one strike's figure and, beside it, a body's running tally ("the coalition has
struck 5,000 targets since September", "the toll so far this year rose to 300"). Both are about the same
kind of event, often in the same place, yet they are a whole and its part, not two parties disagreeing.
A total is told by its linguistic class, read near its figure in the claim's sentence:

* aspect and degree adverbials of a sum, on either side of the figure ("so far", "to date", "in total",
  "overall"), in ``data/period_total_cues.txt``;
* the nouns and verbs of a sum that lead its figure ("a total of", "the tally", "the toll rose to",
  "bringing the toll to"), in ``data/period_total_leads.txt``;
* "since" opening a period: a month, a weekday, a year, or a start ("since the start of the war",
  "since then"), in ``data/period_anchor_words.txt`` and the shared months and weekdays;
* a span reaching back from now ("during the past week", "over the last three months", "in the past
  24 hours"), in ``data/period_span_words.txt`` and ``data/period_units.txt``.
"""

from __future__ import annotations

import re

from counterclaim.datafiles import SHARED, phrases, words
from counterclaim.models import Count

__all__ = ["is_period_total"]

CLAIMS = "counterclaim.claims"
_TOTAL_CUES = phrases(CLAIMS, "period_total_cues")
_LEADING_CUES = phrases(CLAIMS, "period_total_leads")
_SINCE_ANCHORS = words(CLAIMS, "period_anchor_words") | words(SHARED, "months") | words(SHARED, "weekdays")
_SPAN_PREPS = frozenset({"during", "over", "in", "throughout", "within"})
_SPAN_BACK = words(CLAIMS, "period_span_words")
_SPAN_UNITS = words(CLAIMS, "period_units")
# "during the past three months": the back-reaching word right after the preposition (an article aside), the
# unit within a few words of it.
_UNIT_REACH = 3
_YEAR = re.compile(r"(1[89]|20)\d\d$")
# How far a cue may stand from its figure (words): "the coalition has struck a total of 5,000 targets across
# Syria since September" puts the period four words after the figure, a list of six provinces before it
# fourteen; a cue two clauses away belongs to another figure.
_BEFORE = 10
_AFTER = 20
# How far after "since" its anchor may come: "since the start", "since early September".
_SINCE_REACH = 3
_WORD = re.compile(r"[\w'-]+")


def is_period_total(count: Count, sentence: str) -> bool:
    """Whether ``count``, written in ``sentence``, is a cumulative or period total (see the module doc).

    The cue is looked for within a few words of the figure, inside its clause: a sentence may give one
    strike's toll and then the running total ("killed 12, bringing the toll to 40").
    """
    before, figure, after = _window(count, sentence)
    leading, around = [*before, *figure], [*before, *figure, *after]
    return (
        _has_cue(leading, _LEADING_CUES)
        or _has_cue(around, _TOTAL_CUES)
        or _has_since_period(around)
        or _has_past_span(around)
    )


def _window(count: Count, sentence: str) -> tuple[list[str], list[str], list[str]]:
    """The case-folded words of ``sentence`` before the figure, of the figure, and after it, each side cut
    at a semicolon, a full stop or another figure (the whole sentence before it when the figure is not
    found as written)."""
    text = sentence.casefold()
    at = text.find(count.as_written.casefold()) if count.as_written else -1
    if at < 0:
        return _WORD.findall(text), [], []
    before = _since_last_figure(_WORD.findall(re.split(r"[;.]\s", text[:at])[-1])[::-1])[::-1]
    after = _since_last_figure(_WORD.findall(re.split(r"[;.]\s", text[at + len(count.as_written) :])[0]))
    return before[-_BEFORE:], _WORD.findall(count.as_written.casefold()), after[:_AFTER]


def _since_last_figure(words_: list[str]) -> list[str]:
    """The words up to the next figure: "killed 12, bringing the toll to 40" gives the running total's cue
    to the 40, not to the 12."""
    for i, word in enumerate(words_):
        if _figure(word) and not _YEAR.match(word) and not (i and words_[i - 1] in _SPAN_BACK):
            return words_[:i]  # "since 2014" and "the past 24 hours" are periods, not figures
    return words_


def _figure(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _has_cue(window: list[str], cues: tuple[tuple[str, ...], ...]) -> bool:
    for i in range(len(window)):
        for cue in cues:
            if tuple(window[i : i + len(cue)]) == cue:
                return True
    return False


def _has_since_period(window: list[str]) -> bool:
    for i, word in enumerate(window):
        if word != "since":
            continue
        following = [w for w in window[i + 1 : i + 1 + _SINCE_REACH] if w != "the"]
        if any(w in _SINCE_ANCHORS or _YEAR.match(w) for w in following):
            return True
    return False


def _has_past_span(window: list[str]) -> bool:
    """ "during the past week", "over the last three months", "in recent days": a span reaching back from now."""
    for i, word in enumerate(window):
        if word not in _SPAN_PREPS:
            continue
        rest = [w for w in window[i + 1 : i + 3 + _UNIT_REACH] if w != "the"]
        units = [w.removesuffix("s") for w in rest[1 : 1 + _UNIT_REACH]]
        if rest and rest[0] in _SPAN_BACK and any(w in _SPAN_UNITS for w in units):
            return True
    return False
