"""The stage order, and nothing else.

    1 ingest        report (text, HTML, JSON Lines) → Document      counterclaim.ingest
    2 nlp           Document.text → spaCy Doc (batched nlp.pipe)     counterclaim.nlp
    3 attribution   Doc → Statements (speaker, cue, quote)           counterclaim.attribution
    4 claims        Doc + Statements → Claims, Contradictions        counterclaim.claims
    5 store         Extraction → database rows                       counterclaim.store

spaCy always parses ``Document.text`` itself, so every character offset a later stage
records indexes the cleaned text the store keeps.

A document that fails at any stage becomes a ``Failure`` with its reason; the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from spacy.tokens import Doc

from counterclaim import attribution, claims, nlp
from counterclaim.ingest import document_from_text, read_documents
from counterclaim.models import Document, Extraction, Failure

if TYPE_CHECKING:
    from counterclaim.store import Store

__all__ = ["IngestSummary", "Outcome", "extract", "extract_documents", "ingest_paths", "process_documents"]

log = logging.getLogger(__name__)

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


# ---- ingest into a store ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input document during ``ingest_paths``."""

    status: Literal["stored", "duplicate", "failed"]
    source: str
    document_id: str | None = None
    reason: str | None = None


@dataclass
class IngestSummary:
    """Counts for the CLI summary, and every failure with its reason (nothing is lost silently)."""

    stored: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "stored":
            self.stored += 1
        elif outcome.status == "duplicate":
            self.duplicates += 1
        if outcome.document_id:
            self.document_ids.append(outcome.document_id)


def ingest_paths(
    store: Store,
    paths: Sequence[str],
    *,
    batch_size: int = BATCH_SIZE,
    on_outcome: Callable[[Outcome], None] | None = None,
    reprocess: bool = False,
    **read_options: Any,
) -> IngestSummary:
    """Read every document under ``paths``, extract, and store; already stored documents are skipped.

    Idempotent and resumable: a document's id is the hash of its cleaned text, so a re-run
    skips what an earlier (perhaps interrupted) run stored; ``reprocess=True`` extracts them again.
    """
    summary = IngestSummary()
    seen: set[str] = set()

    def report(outcome: Outcome) -> None:
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)

    def new_documents() -> Iterator[Document]:
        for item in read_documents(paths, **read_options):
            if isinstance(item, Failure):
                store.record_failure(item)
                summary.failures.append(item)
                report(Outcome("failed", item.source, reason=item.reason))
            elif item.id in seen or (not reprocess and store.has_document(item.id)):
                report(Outcome("duplicate", item.source or item.id, document_id=item.id))
            else:
                seen.add(item.id)
                yield item

    for result in process_documents(new_documents(), batch_size=batch_size):
        if isinstance(result, Failure):
            store.record_failure(result)
            summary.failures.append(result)
            report(Outcome("failed", result.source, reason=result.reason))
        else:
            store.save(result)
            document = result.document
            report(Outcome("stored", document.source or document.id, document_id=document.id))
    return summary
