"""Related-report postings count over a recent window: a name common once is not silenced for good."""

from __future__ import annotations

from counterclaim.incidents.related import RelatedIndex
from counterclaim.models import Document, Extraction


def _report(doc: str, words: str) -> Extraction:
    return Extraction(Document(doc, f"Reports came in. Officials in {words} spoke."))


def _index(window: int) -> tuple[RelatedIndex, list[tuple[str, str]]]:
    scored: list[tuple[str, str]] = []

    def affinity(a: str, b: str) -> float:
        scored.append((a, b))
        return 1.0

    return RelatedIndex(affinity, threshold=0.5, max_postings=2, max_related=10, window=window), scored


def test_a_name_too_common_in_the_window_is_skipped() -> None:
    index, _ = _index(window=100)
    for n in range(3):
        index.add(_report(f"d{n}", "Zabadani"))
    assert index.add(_report("new", "Zabadani")) == {}  # three earlier reports carry it: more than max_postings


def test_a_name_out_of_the_news_points_again() -> None:
    index, _ = _index(window=4)
    for n in range(3):
        index.add(_report(f"d{n}", "Zabadani"))
    for n in range(3):
        index.add(_report(f"other{n}", "Madaya"))
    index.add(_report("recent", "Zabadani"))
    assert index.add(_report("new", "Zabadani")) == {"recent": 1.0}  # the old three fell out of the window


def test_below_the_window_the_old_rule_holds() -> None:
    index, _ = _index(window=10_000)
    index.add(_report("a", "Zabadani"))
    assert index.add(_report("b", "Zabadani")) == {"a": 1.0}
