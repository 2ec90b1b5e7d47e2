"""Which dispute a rejection is: of the other party's statements (``claim``) or of who did it (``actor``).

Why: our gold's rule, from how analysts read denials — "a denial of responsibility is ``actor``, while dismissing
the other side's evidence or statements as such is ``claim``". "Assad denied there was any evidence linking his
government to the attack" rejects what others said, but what it rejects is that he did it: in its own sentence the
rejecting party denies an event of its own doing (a negated claim whose claimant and doer are the rejector).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from counterclaim.claims.background_claims import evidence
from counterclaim.claims.sides import Side
from counterclaim.models import Claim

__all__ = ["clears_itself"]

# A full stop after a lower-case word or a figure, before a capital: "U.S. CBS" (an initial) does not end a sentence.
_SENTENCE_BREAK = re.compile(r"[a-z0-9)'\"]\. +[A-Z\"]")


def clears_itself(reject: Claim, rejector: Side, others: Iterable[tuple[Claim, Side | None]], text: str | None) -> bool:
    """The rejection's sentence holds the rejector's denial of its own act: a dispute about who did it."""
    for claim, side in others:
        if not claim.negated or claim.id == reject.id or side is None or not side.same_as(rejector):
            continue
        if claim.actors and _doer_is(claim, rejector) and _one_sentence(reject, claim, text):
            return True
    return False


def _one_sentence(a: Claim, b: Claim, text: str | None) -> bool:
    """No sentence break between the two claims' starts in the report's text (a stored claim, read without its
    report: the same evidence sentence)."""
    if a.in_headline != b.in_headline:
        return False
    if text is None or a.in_headline:
        return bool(evidence(a, None)) and evidence(a, None) == evidence(b, None)
    first, then = sorted((a.start, b.start))
    return _SENTENCE_BREAK.search(text, first, then) is None


def _doer_is(claim: Claim, rejector: Side) -> bool:
    doer = ", ".join(claim.actors)
    return Side(doer, frozenset(), frozenset(doer.casefold().split())).same_as(rejector)
