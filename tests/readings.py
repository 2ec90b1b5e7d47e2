"""Small readers shared by test modules: the tolls a sentence states, the speaker of a quote, and a text laid out
so that claim n of a test spans its sentence n.

Test modules import these rather than each keeping a copy, so a change in how a count or a speaker is read for
assertions happens in one place.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from counterclaim.claims.counts import find_counts
from counterclaim.models import Claim, Claimant, DateRef, Statement

TOLL_CATEGORIES = frozenset({"killed", "injured", "casualties"})


def tolls(language: Language, text: str) -> list[tuple[str, int | None]]:
    """(category, low) of every killed / injured / casualties figure the count grammar reads in ``text``."""
    return [(c.category, c.low) for c in find_counts(language(text)[:]) if c.category in TOLL_CATEGORIES]


def speaker_of(statements: list[Statement], quote_start: str) -> str | None:
    """The resolved speaker of the first statement whose quote starts with ``quote_start`` (which must exist)."""
    found = [s for s in statements if s.quote.startswith(quote_start)]
    assert found, f"no statement starts with {quote_start!r}"
    return found[0].speaker.name


def laid_out(*sentences: str) -> str:
    """Sentences laid out at offsets 100, 200, … so that a test claim n spanning n*100..n*100+60 is sentence n."""
    text = [" "] * (100 * (len(sentences) + 2))
    for n, sentence in enumerate(sentences, start=1):
        text[n * 100 : n * 100 + len(sentence)] = sentence
    return "".join(text)


def sentence_claim(n: int, **fields: Any) -> Claim:
    """Claim n of document "doc", spanning sentence n of ``laid_out``; what ``fields`` does not give is empty
    (the claimant: the publication itself).

    The dispute tests build claims by hand so that each rule is tested alone; they share this one record builder
    and keep only their own defaults (event type, place, targets)."""
    values: dict[str, Any] = {
        "id": f"doc-c{n:03d}",
        "document_id": "doc",
        "event_type": "ASSAULT",
        "mode": None,
        "acled": None,
        "actors": [],
        "targets": [],
        "target_categories": [],
        "locations": [],
        "date": DateRef(),
        "counts": [],
        "claimant": Claimant(name=None, kind="publication"),
        "negated": False,
        "hedged": False,
        "start": n * 100,
        "end": n * 100 + 60,
        "trigger": None,
    }
    values.update(fields)
    return Claim(**values)


def claimant_of(text: str, written: str) -> str | None:
    """The claimant of the first claim carrying the count written ``written`` (the text read as of 2016-05-02)."""
    from counterclaim.pipeline import extract

    claims: list[Claim] = extract(text, published="2016-05-02").claims
    counted = [c for c in claims if any(k.as_written == written for k in c.counts)]
    assert counted, f"no claim carries {written!r}"
    return counted[0].claimant.name
