"""Stage 4: carried counts — a sentence with no event of its own that gives figures continues the claim before it,
but when it names its own source, the figures are that source's.

Why: "Jets struck the market on Monday. At least 15 were killed, the monitor said." is one event, and its toll is
the monitor's, not the outlet's that reported the strike. ``assembly.continue_previous`` adds such a sentence's
counts to the claim before it, which kept that claim's claimant for them. Here a sentence whose own words name a
source other than the current claim's (a statement it lies in, its reporting verb's subject, "according to", a
source after the figure without a comma) makes a *copy* of the claim before: the same event, type, roles, place and
date, voiced by that source, holding the sentence's counts alone. Later trigger-less sentences of the paragraph
continue the latest voice ("Another 20 were wounded." stays the monitor's). The original claim keeps its own
clause's counts, so every figure is still on exactly one claim.

The copies join the list after their claim once denials are read: a denial negates the event it governs, by its
trigger, and a copy shares that trigger but is the other source's assertion ("the army denied it; 11 children were
among the dead, the monitor said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from counterclaim.claims import counts
from counterclaim.claims.assembly import Draft, continue_previous
from counterclaim.claims.claimant import ClaimantFinding, find_claimant
from counterclaim.claims.events import EventMention
from counterclaim.datafiles import words
from counterclaim.models import Count, Document, Statement

__all__ = ["Continuations", "a_depiction", "own_source", "same_source"]

# Claimant rules that do not read the figure's own sentence: the outlet, a headline's tag, the sentence before.
_NOT_OWN_SOURCE = ("publication", "headline tag", "continued source", "toll after source")
_PERSON_COUNTS = frozenset({"killed", "injured", "casualties"})
_DEPICTIONS = words("counterclaim.claims", "depiction_nouns")
_NAME_PARTS = re.compile(r"[\s\-‐]+")


def _figures(sentence: Span) -> list[Count]:
    return [c for c in counts.find_counts(sentence) if c.category in _PERSON_COUNTS and c.start is not None]


def _verb_above(token: Token, sentence: Span) -> Token:
    """The clause head a figure hangs from: its nearest verb, else the sentence's root."""
    for candidate in (token, *token.ancestors):
        if candidate.pos_ in {"VERB", "AUX"}:
            return candidate
    return sentence.root


def _figure_mention(sentence: Span, figure: Count, event_type: str) -> EventMention | None:
    """The figure read as if it were the sentence's event, so that the claimant rules can ask who gives it."""
    start, end = figure.start or 0, figure.end or figure.start or 0
    span = sentence.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return EventMention(span.root, _verb_above(span.root, sentence), event_type, None, 0)


def own_source(
    sentence: Span, event_type: str, document: Document, statements: list[Statement]
) -> ClaimantFinding | None:
    """Who gives the figures of a trigger-less sentence, when the sentence itself names them; None otherwise."""
    figures = _figures(sentence)
    mention = _figure_mention(sentence, figures[0], event_type) if figures else None
    if mention is None:
        return None
    found = find_claimant(mention, document, statements)
    name = found.claimant.name
    if name is None or found.rule.startswith(_NOT_OWN_SOURCE) or a_depiction(name):
        return None
    return found


def a_depiction(name: str) -> bool:
    """ "the amateur footage", "Another video": what shows, not who says."""
    last = name.casefold().split()[-1] if name.split() else ""
    return last in _DEPICTIONS or last.removesuffix("s") in _DEPICTIONS


def same_source(a: str | None, b: str | None) -> bool:
    """One source under a short and a full name ("the Monitor", "Levant Rights Monitor"; "Haddad",
    "Omar al-Haddad"): the words of one, hyphenated parts apart, are among the other's."""
    words_a, words_b = (set(_NAME_PARTS.split((name or "").casefold())) - {""} for name in (a, b))
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


@dataclass
class Continuations:
    """The trigger-less sentences of one report, read in order: each continues the claim before it, in the
    voice of the latest source that claim's continuation named (``own_source``)."""

    document: Document
    statements: list[Statement]
    copies: list[tuple[Draft, Draft]] = field(default_factory=list)
    _voice: dict[int, Draft] = field(default_factory=dict)

    def add(self, drafts: list[Draft], sentence: Span, paragraph: int) -> None:
        """Read one sentence with no event of its own after ``drafts``."""
        if not drafts:
            return
        last = drafts[-1]
        current = self._voice.get(id(last), last)
        found = None
        if last.paragraph == paragraph:
            found = own_source(sentence, last.event_type, self.document, self.statements)
        if found is not None and not same_source(found.claimant.name, current.claimant.name):
            if same_source(found.claimant.name, last.claimant.name):
                current = last
            else:
                current = self._copy(last, found, sentence)
                self._voice[id(last)] = current
                return
        self._voice[id(last)] = current
        continue_previous([current], sentence, paragraph)

    def _copy(self, origin: Draft, found: ClaimantFinding, sentence: Span) -> Draft:
        roles = replace(
            origin.roles,
            actors=list(origin.roles.actors),
            targets=list(origin.roles.targets),
            target_categories=list(origin.roles.target_categories),
        )
        # the figures are asserted by their source: a negation of the clause before is that clause's own
        copy = replace(
            origin, claimant=found.claimant, roles=roles, negated=False, extra_spans=[sentence], carried=True
        )
        self.copies.append((origin, copy))
        return copy

    def placed(self, drafts: list[Draft]) -> list[Draft]:
        """``drafts`` with each copy right after the claim it was made from."""
        after: dict[int, list[Draft]] = {}
        for origin, copy in self.copies:
            after.setdefault(id(origin), []).append(copy)
        return [d for draft in drafts for d in (draft, *after.get(id(draft), []))]
