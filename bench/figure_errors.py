"""Claimant errors of the figures bench, by category: where the gold claimant is in the text, and what we gave.

Why: the claimant figure is the largest gap between tune and check, and a rule fitted to one tune sentence does not
carry. Sorting every error into a class that is a question about the text ("the source is named earlier in the
paragraph and we credited the publication") says which *class* to fix, and the check half's counts per class say
whether the class is the same there — without reading one check instance (``--errors`` prints tune instances and
the counts of both halves; never a check instance).

The categories are read from the text with plain sentence and paragraph splits (no parse), so they are approximate:

- ``own voice: …`` — we credited the publication; the gold source is in the figure's sentence, earlier or later in
  its paragraph (the sentence before apart), a wire agency in the opening dateline or byline ("BEIRUT (AFP) -",
  "... AFP Thursday 27 Oct"), elsewhere, or nowhere (FA-KES texts are one paragraph: "paragraph" is the text);
- ``reports: …`` — we said "reports" (unattributed);
- ``pronoun`` — our claimant is a pronoun ("he", "it") where the speaker had a name;
- ``source for own voice`` — the gold is the publication's own voice, we named someone;
- ``other source: …`` — we named another source; the gold one is in the sentence, earlier in the paragraph, or not.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from bench.quality_contradictions import content_words

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9])")
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "i"})
# A wire agency in the opening lines: "BEIRUT (AFP) -", "DAMASCUS (Sputnik)", "... state media AFP Thursday 27 Oct".
_BYLINE = re.compile(
    r"\(([A-Z][\w ]{1,20})\)"
    r"|\b([A-Z][A-Za-z]{1,10})\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
    r"|[,-]\s*([A-Z][\w]{1,12})\s*[-–—]"
)
_GENERIC = frozenset(
    {"syrian", "syria", "source", "sources", "local", "media", "state", "official", "news", "agency", "the"}
)


@dataclass
class ErrorLog:
    """Claimant errors per half and category; tune instances only."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: {"tune": Counter(), "check": Counter()})
    tune_lines: list[str] = field(default_factory=list)
    # (our rule, gold class) → [right, wrong] per half: every found figure, right claimant or not
    rules: dict[str, dict[tuple[str, str], list[int]]] = field(default_factory=lambda: {"tune": {}, "check": {}})

    def add(self, half: str, category: str, line: str) -> None:
        self.counts[half][category] += 1
        if half == "tune":
            self.tune_lines.append(f"  [{category}] {line}")

    def tally(self, half: str, rule: str, gold: str, right: bool) -> None:
        """One found figure: the rule that named our claimant, where the gold claimant is, and whether we matched."""
        self.rules[half].setdefault((rule, gold), [0, 0])[0 if right else 1] += 1

    def print_rules(self) -> None:
        """Found figures by our claimant's rule and the gold claimant's place: right / wrong, tune and check."""
        print("\nfound figures by our claimant's rule × where the gold claimant is (right/wrong; tune | check):")
        keys = set(self.rules["tune"]) | set(self.rules["check"])
        wrong = {k: sum(self.rules[h].get(k, [0, 0])[1] for h in ("tune", "check")) for k in keys}
        for key in sorted(keys, key=lambda k: (-wrong[k], k)):
            tune, check = (self.rules[h].get(key, [0, 0]) for h in ("tune", "check"))
            print(f"  {tune[0]:3d}/{tune[1]:<3d} | {check[0]:3d}/{check[1]:<3d}  {key[0]}  ←  gold {key[1]}")
        for half in ("tune", "check"):
            by_rule: Counter[str] = Counter()
            for (rule, _), (_, bad) in self.rules[half].items():
                by_rule[rule.split(" > ")[0]] += bad
            print(f"  {half} wrong by outer rule: {dict(by_rule.most_common())}")

    def print(self) -> None:
        print("\nclaimant errors, tune instances:")
        for line in self.tune_lines:
            print(line)
        print("\nclaimant errors per category (tune / check):")
        categories = sorted(set(self.counts["tune"]) | set(self.counts["check"]))
        for category in sorted(categories, key=lambda c: -(self.counts["tune"][c] + self.counts["check"][c])):
            print(f"  {self.counts['tune'][category]:3d} / {self.counts['check'][category]:3d}  {category}")
        print(f"  {sum(self.counts['tune'].values()):3d} / {sum(self.counts['check'].values()):3d}  all")
        self.print_rules()


@lru_cache(maxsize=8192)
def _distinctive(name: str) -> frozenset[str]:
    """The words of a name that tell it apart ("Aleppo Police Command source" → aleppo, police, command)."""
    return frozenset(content_words(name) - _GENERIC)


def mentions(name: str, span: str) -> bool:
    """The span names the source: all its distinctive words, or its letters run together ("SOHR", "AlMasdar")."""
    wanted = _distinctive(name)
    if wanted and wanted <= content_words(span):
        return True
    squashed = re.sub(r"\W", "", name.casefold())
    return len(squashed) >= 3 and squashed in re.sub(r"\W", "", span.casefold())


def _sentences(paragraph: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for cut in _SENTENCE_END.finditer(paragraph):
        spans.append((offset + start, offset + cut.start()))
        start = cut.end()
    spans.append((offset + start, offset + len(paragraph)))
    return spans


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _where(text: str, at: int, gold: str) -> str:
    """Where the gold source is named, relative to the figure at ``at``."""
    p_start, p_end = _paragraph(text, at)
    sentences = _sentences(text[p_start:p_end], p_start)
    here = next((s for s in sentences if s[0] <= at <= s[1]), (p_start, p_end))
    if mentions(gold, text[here[0] : here[1]]):
        return "in sentence"
    before = [s for s in sentences if s[1] <= here[0]]
    if before and mentions(gold, text[before[-1][0] : before[-1][1]]):
        return "previous sentence"
    opening = text[: text.find("\n\n") + 250]
    if any(mentions(gold, m.group(0)) for m in _BYLINE.finditer(opening)):
        return "wire byline"
    if mentions(gold, text[p_start : here[0]]):
        return "earlier in paragraph"
    if mentions(gold, text[here[1] : p_end]):
        return "later in paragraph"
    return "elsewhere" if mentions(gold, text) else "not in text"


def _sentence_at(text: str, at: int) -> tuple[int, int]:
    p_start, p_end = _paragraph(text, at)
    return next((s for s in _sentences(text[p_start:p_end], p_start) if s[0] <= at <= s[1]), (p_start, p_end))


def _shape(text: str, at: int, name: str) -> str:
    """How the sentence carries a source named in it: after or before the figure, "according to", a quote."""
    start, end = _sentence_at(text, at)
    sentence = text[start:end]
    marks = []
    if "according to" in sentence.casefold():
        marks.append("according to")
    if any(q in sentence for q in '"“”'):
        marks.append("quote")
    after = mentions(name, text[at:end])
    marks.append("after figure" if after else "before figure")
    return ", ".join(marks)


def gold_class(text: str, at: int, gold: str, gold_is_outlet: bool) -> str:
    """Where the gold claimant of a figure at ``at`` is: the outlet's own voice, or a source named in the sentence,
    the sentence before, a byline, elsewhere (``_where``); a gold that is "reports" is a class of its own."""
    if gold_is_outlet:
        return "outlet"
    if gold.casefold() == "reports":
        return "reports"
    return _where(text, at, gold)


def category(text: str, at: int, gold: str, ours: str | None, own_voice: bool, gold_is_outlet: bool) -> str:
    """The class of one claimant error (module docstring), with the sentence's shape where the source is in it."""
    if gold_is_outlet:
        where = "named in sentence" if ours and mentions(ours, text[slice(*_sentence_at(text, at))]) else "elsewhere"
        return f"source for own voice: ours {where}"
    if own_voice or not ours:
        where = _where(text, at, gold)
        return f"own voice: source {where}" + (f" ({_shape(text, at, gold)})" if where == "in sentence" else "")
    if ours.casefold() == "reports":
        return f"reports: source {_where(text, at, gold)}"
    if ours.casefold() in _PRONOUNS:
        return "pronoun"
    where = _where(text, at, gold)
    if where == "in sentence":
        shared = bool(_distinctive(ours) & _distinctive(gold))
        ours_here = mentions(ours, text[slice(*_sentence_at(text, at))])
        where += f" ({_shape(text, at, gold)}; ours {'also in sentence' if ours_here else 'not in sentence'}"
        where += ", shares a word)" if shared else ")"
    return f"other source: gold {where}"
