"""The stage order, and nothing else.

    1 ingest        report (text, HTML, JSON Lines) → Document      counterclaim.ingest
    2 nlp           Document.text → spaCy Doc (batched nlp.pipe)     counterclaim.nlp
    3 attribution   Doc → Statements (speaker, cue, quote)           counterclaim.attribution
    4 claims        Doc + Statements → Claims, Contradictions        counterclaim.claims

spaCy always parses ``Document.text`` itself, so every character offset a later stage
records indexes the cleaned text the store keeps.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from counterclaim import attribution, claims, nlp
from counterclaim.ingest import document_from_text
from counterclaim.models import Document, Extraction

__all__ = ["extract", "extract_documents"]

BATCH_SIZE = 32


def _analyse(document: Document, doc: Doc) -> Extraction:
    statements = attribution.find_statements(document, doc)
    found_claims = claims.find_claims(document, doc, statements)
    return Extraction(
        document=document,
        statements=statements,
        claims=found_claims,
        contradictions=claims.find_contradictions(found_claims, statements),
    )


def extract_documents(documents: Iterable[Document], *, batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Stages 2–4 over already-ingested documents, in order, batched through ``nlp.pipe``."""
    language = nlp.load()
    pairs = language.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=batch_size)
    for doc, document in pairs:
        yield _analyse(document, doc)


def extract(
    text_or_html: str,
    url: str | None = None,
    published: str | None = None,
    *,
    title: str | None = None,
    source: str | None = None,
) -> Extraction:
    """Run the whole pipeline on one report (plain text or HTML) and return what it found.

    >>> result = extract("Officials say at least 36 civilians were killed.")  # doctest: +SKIP
    >>> result.statements[0].speaker.kind  # doctest: +SKIP
    'group'
    """
    document = document_from_text(text_or_html, source=source, url=url, title=title, published=published)
    return next(extract_documents([document]))
