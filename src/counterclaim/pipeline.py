"""The stage order, and nothing else.

    1 ingest        report (text, HTML, JSON Lines) → Document      counterclaim.ingest
    2 nlp           Document.text → spaCy Doc (batched nlp.pipe)     counterclaim.nlp
    3 attribution   Doc → Statements (speaker, cue, quote)           counterclaim.attribution
    4 claims        Doc + Statements → Claims, Contradictions        counterclaim.claims
      provenance    each record's report and evidence sentence        counterclaim.provenance
    5 store         Extraction → database rows                       counterclaim.store

spaCy always parses ``Document.text`` itself, so every character offset a later stage
records indexes the cleaned text the store keeps. A report longer than ``chunks.CHUNK_CHARS``
is parsed in paragraph-aligned chunks whose records are shifted back to offsets into the whole
text (``counterclaim.chunks``): time and memory grow linearly, and no length fails.

A document that fails at any stage becomes a ``Failure`` with its reason; the batch goes on.
Reading files into a store is ``counterclaim.batch``, a user of this module and of the store.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from counterclaim import attribution, claims, nlp
from counterclaim.chunks import CHUNK_CHARS, Chunk, merge_chunks, split_into_chunks
from counterclaim.claims.headline_counts import yield_title_counts
from counterclaim.claims.persons import with_persons
from counterclaim.ingest import document_from_text
from counterclaim.models import Claim, Document, Extraction, Failure, Statement
from counterclaim.provenance import with_provenance

__all__ = ["BATCH_SIZE", "chunk_limit", "extract", "extract_documents", "process_documents"]

log = logging.getLogger(__name__)

BATCH_SIZE = 32


def _analyse(document: Document, doc: Doc) -> Extraction:
    statements, found_claims = _statements_and_claims(document, doc)
    found_claims += yield_title_counts(_headline_claims(document, len(found_claims)), found_claims)
    return _with_contradictions(Extraction(document=document, statements=statements, claims=found_claims))


def _headline_claims(document: Document, numbered: int) -> list[Claim]:
    """Claims read from the title, flagged ``in_headline``, their offsets into the title, numbered
    after the ``numbered`` claims of the text. None when the text itself begins with the title
    (its claims are found there). A headline's statements are not kept (their offsets would index
    the title); its claims keep the claimant's name and kind."""
    title = (document.title or "").strip()
    if not title or _opens_with(document.text, title):
        return []
    headline = dataclasses.replace(document, text=title, title=None)
    try:
        _, found = _statements_and_claims(headline, nlp.load()(title))
    except Exception:  # the title is a bonus: the text's records must not be lost over it
        log.exception("extraction failed for the title of %s", document.source or document.id)
        return []
    return [
        dataclasses.replace(
            claim,
            id=f"{document.id}-c{numbered + n:03d}",
            in_headline=True,
            claimant=dataclasses.replace(claim.claimant, statement_id=None),
        )
        for n, claim in enumerate(found, start=1)
    ]


def _opens_with(text: str, title: str) -> bool:
    def words(value: str) -> list[str]:
        return value.casefold().split()

    wanted = words(title)
    return words(text[: len(title) * 2 + 40])[: len(wanted)] == wanted


def _statements_and_claims(document: Document, doc: Doc) -> tuple[list[Statement], list[Claim]]:
    statements = attribution.find_statements(document, doc)
    return statements, with_persons(claims.find_claims(document, doc, statements), doc)


def _with_contradictions(extraction: Extraction) -> Extraction:
    found = claims.find_contradictions(extraction.claims, extraction.statements, text=extraction.document.text)
    return with_provenance(dataclasses.replace(extraction, contradictions=found))


def _analyse_safely(document: Document, doc: Doc) -> Extraction | Failure:
    try:
        return _analyse(document, doc)
    except Exception as exc:  # one bad document must not end the batch
        return _failure(document, exc, "extract")


def _failure(document: Document, exc: Exception, stage: str) -> Failure:
    log.exception("%s failed for %s", stage, document.source or document.id)
    return Failure(source=document.source or document.id, reason=_reason(exc), stage=stage)


def chunk_limit() -> int:
    """The longest text parsed whole: ``CHUNK_CHARS``, or less when spaCy's ``max_length`` is lower
    (a caller may lower it), so that spaCy's E088 "text too long" can never fail a report."""
    return min(CHUNK_CHARS, nlp.load().max_length)


def _process_long(document: Document, limit: int) -> Extraction | Failure:
    """A report over the chunk limit: parsed and analysed one paragraph-aligned chunk at a time (see
    ``counterclaim.chunks``), so neither spaCy's length limit nor memory grows with the report."""
    pieces = split_into_chunks(document, limit)
    language = nlp.load()
    parts: list[tuple[Chunk, Extraction]] = []
    for chunk in pieces:
        try:
            doc = language(chunk.document.text)
        except Exception as exc:
            return _failure(document, exc, "nlp")
        try:
            statements, found_claims = _statements_and_claims(chunk.document, doc)
        except Exception as exc:
            return _failure(document, exc, "extract")
        parts.append((chunk, Extraction(chunk.document, statements, found_claims)))
    try:
        merged = merge_chunks(document, parts)
        merged.claims.extend(_headline_claims(document, len(merged.claims)))
        return _with_contradictions(merged)
    except Exception as exc:
        return _failure(document, exc, "extract")


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
                yield document, _failure(document, exc, "nlp")
        return
    yield from zip(batch, docs, strict=True)


def process_documents(
    documents: Iterable[Document], *, batch_size: int = BATCH_SIZE
) -> Iterator[Extraction | Failure]:
    """Stages 2–4 over ingested documents, in input order: an Extraction or a Failure for each.

    Reports longer than ``CHUNK_CHARS`` are processed alone, in chunks; the rest in batches.
    """
    for batch in _batches(documents, batch_size):
        limit = chunk_limit()
        parsed = _parse_batch([document for document in batch if len(document.text) <= limit])
        for document in batch:
            if len(document.text) > limit:
                yield _process_long(document, limit)
                continue
            _, doc = next(parsed)
            yield doc if isinstance(doc, Failure) else _analyse_safely(document, doc)


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
