"""Stage 4: which denials and claims are background, read from a claim's own words.

Why a module of its own: both the per-report rules (``contradictions``) and the incident rules read it, and
it only needs a claim and its sentence. A claim its own words date well before the report's day ("in 2013")
recalls the past; a denial whose sentence makes it a standing stance ("has always denied it", "denied it
throughout the long war") answers no accusation of this report.
"""

from __future__ import annotations

from datetime import date

from counterclaim.datafiles import words
from counterclaim.models import Claim

__all__ = ["evidence", "habitual_denial", "is_background", "is_rejection", "points_back", "recalled", "rejecting_form"]

_CLAIMS = "counterclaim.claims"
_REJECTING_TRIGGERS = words(_CLAIMS, "rejection_triggers")
_HABITUAL_MARKERS = words(_CLAIMS, "habitual_markers")
_SPAN_NOUNS = words(_CLAIMS, "habitual_span_nouns")
_SPAN_WORDS = frozenset({"during", "throughout", "over", "since"})
# How far (words) a duration phrase's noun may follow its preposition: "during the five-year-old civil war".
_SPAN_REACH = 5


def is_rejection(claim: Claim) -> bool:
    """A REJECT claim whose trigger is a verb of denial in any inflection ("denied", "dismisses", "refuted")."""
    return claim.event_type == "REJECT" and rejecting_form((claim.trigger or "").casefold())


def rejecting_form(word: str) -> bool:
    """A verb of denial in any inflection ("denied", "dismisses", "refuted")."""
    forms = {word, word[:-1], word[:-2], word[:-3] + "y", word[:-2] + "e"}
    return bool(forms & _REJECTING_TRIGGERS)


def is_background(claim: Claim, days: int) -> bool:
    """A claim its own words date well before the report's day ("in 2013", "since March 2011"): a past
    event recalled, or a war-wide total, not the news the report's parties dispute."""
    if claim.date.reported is None or claim.date.start is None:
        return False
    try:
        reported, end = date.fromisoformat(claim.date.reported), date.fromisoformat(claim.date.end or claim.date.start)
    except ValueError:
        return False
    return (reported - end).days > days


def evidence(claim: Claim, text: str | None) -> str:
    """The claim's sentence: its provenance's evidence (stored claims), else the sentence of the report's
    text around its span (a denied clause's span is the clause, "using chemical weapons", not the denial)."""
    if claim.provenance is not None and claim.provenance.evidence:
        return claim.provenance.evidence
    if text is None or claim.in_headline:
        return ""
    start = text.rfind(". ", 0, claim.start) + 1
    end = text.find(". ", claim.end)
    return text[start : end if end >= 0 else len(text)]


def _spans_the_war(words_: list[str]) -> bool:
    """ "during the five-year-old civil war", "over the past three years": a duration, not one event."""
    for i, word in enumerate(words_):
        if word in _SPAN_WORDS and any(w in _SPAN_NOUNS for w in words_[i + 1 : i + 1 + _SPAN_REACH]):
            return True
    return False


def habitual_denial(claim: Claim, text: str | None) -> bool:
    """ "The regime has repeatedly denied using chemical weapons", "has persistently denied responsibility":
    a stance recalled as background, not an answer to this report's accusation."""
    if not (claim.negated or is_rejection(claim)):
        return False
    sentence = [w.strip(".,;:\"'") for w in evidence(claim, text).casefold().split()]
    return any(w in _HABITUAL_MARKERS for w in sentence) or _spans_the_war(sentence)


_POINTING_PREPS = words(_CLAIMS, "pointing_prepositions")
_EVENT_WORDS = words(_CLAIMS, "violence_words")


def points_back(claim: Claim, text: str | None) -> bool:
    """ "accused Damascus of that attack": a distal demonstrative after a preposition, on a word of violence, names
    an event the report told before; the claim is about that event, whatever date its own words lack."""
    sentence = [w.strip(".,;:\"'") for w in evidence(claim, text).casefold().split()]
    for i in range(len(sentence) - 2):
        preposition, determiner, noun = sentence[i : i + 3]
        if preposition in _POINTING_PREPS and determiner == "that" and noun.removesuffix("s") in _EVENT_WORDS:
            return True
    return False


def recalled(claims: list[Claim], days: int, text: str | None) -> set[str]:
    """The ids of claims that recall the past: dated well before the report's day (``is_background``), or undated
    and pointing back ("that attack") at an event the report last dated so."""
    found = {claim.id for claim in claims if is_background(claim, days)}
    ordered = sorted((c for c in claims if not c.in_headline), key=lambda c: c.start)
    for claim in ordered:
        if claim.date.start is not None or not points_back(claim, text):
            continue
        dated = [c for c in ordered if c.start < claim.start and c.date.start is not None]
        if dated and dated[-1].id in found:
            found.add(claim.id)
    return found
