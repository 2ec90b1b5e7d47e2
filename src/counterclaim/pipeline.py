"""The stage order, and nothing else.

    1 ingest        report (text, HTML, JSON Lines) → Document      counterclaim.ingest
    2 nlp           Document.text → spaCy Doc (batched nlp.pipe)     counterclaim.nlp
    3 attribution   Doc → Statements (speaker, cue, quote)           counterclaim.attribution
    4 claims        Doc + Statements → Claims, Contradictions        counterclaim.claims
      provenance    each record's report and evidence sentence        counterclaim.provenance
    5 store         Extraction → database rows                       counterclaim.store

spaCy always parses ``Document.text`` itself, so every character offset a later stage
records indexes the cleaned text the store keeps.

A document that fails at any stage becomes a ``Failure`` with its reason; the batch goes on.
Reading files into a store is ``counterclaim.batch``, a user of this module and of the store.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from counterclaim import attribution, claims, nlp
from counterclaim.ingest import document_from_text
from counterclaim.models import Document, Extraction, Failure
from counterclaim.provenance import with_provenance

__all__ = ["BATCH_SIZE", "extract", "extract_documents", "process_documents"]

log = logging.getLogger(__name__)

BATCH_SIZE = 32


def _analyse(document: Document, doc: Doc) -> Extraction:
    statements = attribution.find_statements(document, doc)
    found_claims = claims.find_claims(document, doc, statements)
    return with_provenance(
        Extraction(
            document=document,
            statements=statements,
            claims=found_claims,
            contradictions=claims.find_contradictions(found_claims, statements),
        )
    )


def _analyse_safely(document: Document, doc: Doc) -> Extraction | Failure:
    try:
        return _analyse(document, doc)
    except Exception as exc:  # one bad document must not end the batch
        log.exception("extraction failed for %s", document.source or document.id)
        return Failure(source=document.source or document.id, reason=_reason(exc), stage="extract")


def _reason(exc: BaseException) -> str:
    return f"{exc.__class__.__name__}: {exc}".splitlines()[0][:500]


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _parse_batch(batch: list[Document]) -> Iterator[tuple[Document, Doc | Failure]]:
    """spaCy over a batch at once; if the batch as a whole fails, each document alone, to isolate the bad one."""
    language = nlp.load()
    try:
        docs = list(language.pipe([d.text for d in batch], batch_size=len(batch)))
    except Exception:
        log.exception("spaCy failed on a batch; retrying its documents one by one")
        for document in batch:
            try:
                yield document, language(document.text)
            except Exception as exc:
                yield document, Failure(source=document.source or document.id, reason=_reason(exc), stage="nlp")
        return
    yield from zip(batch, docs, strict=True)


def process_documents(
    documents: Iterable[Document], *, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction | Failure]:
    """Stages 2–4 over ingested documents, in input order: an Extraction or a Failure for each."""
    for batch in _batches(documents, batch_size):
        for document, parsed in _parse_batch(batch):
            yield parsed if isinstance(parsed, Failure) else _analyse_safely(document, parsed)


def extract_documents(documents: Iterable[Document], *, batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Stages 2–4 over ingested documents; raises on the first document that fails (use process_documents to go on)."""
    for result in process_documents(documents, batch_size=batch_size):
        if isinstance(result, Failure):
            raise RuntimeError(f"{result.source}: {result.reason}")
        yield result


def extract(
    text_or_html: str,
    url: str | None = None,
    published: str | None = None,
    *,
    title: str | None = None,
    source: str | None = None,
) -> Extraction:
    """Run the whole pipeline on one report (plain text or HTML) and return what it found.

    Raises an ``IngestError`` subclass for input that is empty, binary or not English.

    >>> result = extract("Officials say at least 36 civilians were killed.")  # doctest: +SKIP
    >>> result.statements[0].speaker.kind  # doctest: +SKIP
    'group'
    """
    document = document_from_text(text_or_html, source=source, url=url, title=title, published=published)
    return next(extract_documents([document]))
