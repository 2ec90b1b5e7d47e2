"""Stage 3: the order of attribution's steps, and nothing else — Doc → Statements.

1. direct quotes (``direct.py``, with speaker labels from ``transcript_labels.py``);
2. reported speech (``reported.py``), which takes over a short quote inside its clause;
3. headlines (``headlines.py``), on paragraphs no other step has taken;
4. speakers, resolved in text order (``resolve.py``): every candidate becomes a Statement.
"""

from __future__ import annotations

from spacy.tokens import Doc

from counterclaim.attribution.direct import direct_candidates
from counterclaim.attribution.epistemic import outside_speech
from counterclaim.attribution.headlines import headline_candidates
from counterclaim.attribution.quotes import find_quotes, paragraphs
from counterclaim.attribution.reported import embeds, reported_candidates
from counterclaim.attribution.resolve import remember_subjects, resolve_all
from counterclaim.attribution.resolver import SpeakerResolver
from counterclaim.attribution.transcript_labels import labelled_paragraphs, speaker_labels
from counterclaim.models import Document, Statement

__all__ = ["find_statements"]


def find_statements(document: Document, doc: Doc) -> list[Statement]:
    """Every direct quote and reported-speech clause in ``document``; ``doc`` is spaCy's parse of ``document.text``."""
    in_paragraphs = paragraphs(doc)
    by_index = {p.index: p for p in in_paragraphs}
    quotes = find_quotes(doc, in_paragraphs)
    labels = speaker_labels(doc, in_paragraphs)
    direct = direct_candidates(doc, quotes, by_index, labels)
    direct = sorted([*direct, *labelled_paragraphs(doc, labels, direct)], key=lambda c: c.start)
    reported = outside_speech(reported_candidates(doc, direct))
    speech = [c for c in reported if c.kind is None]  # a finding or belief leaves its paragraph's headline alone
    reported += headline_candidates(doc, in_paragraphs, [*direct, *speech])
    direct = [c for c in direct if not any(embeds(r, c) for r in reported)]
    candidates = sorted([*direct, *reported], key=lambda c: (c.start, c.end))
    resolver = SpeakerResolver(doc)
    remember_subjects(doc, resolver, quotes)
    return resolve_all(document, candidates, resolver)
