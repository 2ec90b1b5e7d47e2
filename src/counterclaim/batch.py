"""Batch ingest: read every report under some paths, run the pipeline, keep the results in a store.

Why its own module: the store keeps records and the pipeline finds them; neither should know
the other. This service uses both, so the dependency runs one way (batch → pipeline, batch →
store) and the store can be opened, queried and migrated without loading spaCy.

Idempotent and resumable: a document's id is the hash of its cleaned text, so a re-run skips
what an earlier (perhaps interrupted) run stored; ``reprocess=True`` extracts them again.

Grouping as it goes: after each batch is stored, its claims join the stored incidents or start new
ones (``counterclaim.incidents.service``); ``group=False`` leaves that to a later ``regroup``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from counterclaim.incidents.service import group_into_store
from counterclaim.ingest import read_documents
from counterclaim.models import Document, Extraction, Failure
from counterclaim.pipeline import BATCH_SIZE, process_documents
from counterclaim.store import Store

__all__ = ["IngestSummary", "Outcome", "ingest_paths"]

log = logging.getLogger(__name__)


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


class _Run:
    """One ingest run: the store, the summary it fills, and the caller's progress hook."""

    def __init__(self, store: Store, on_outcome: Callable[[Outcome], None] | None, reprocess: bool) -> None:
        self.store = store
        self.summary = IngestSummary()
        self.on_outcome = on_outcome
        self.reprocess = reprocess
        self.seen: set[str] = set()

    def report(self, outcome: Outcome) -> None:
        self.summary.add(outcome)
        if self.on_outcome:
            self.on_outcome(outcome)

    def fail(self, failure: Failure) -> None:
        self.store.record_failure(failure)
        self.summary.failures.append(failure)
        self.report(Outcome("failed", failure.source, reason=failure.reason))

    def is_duplicate(self, document: Document) -> bool:
        """Seen earlier in this run, or stored by an earlier one (unless reprocessing)."""
        return document.id in self.seen or (not self.reprocess and self.store.has_document(document.id))

    def new_documents(self, items: Iterator[Document | Failure]) -> Iterator[Document]:
        """The documents still to extract; read failures and duplicates are reported on the way."""
        for item in items:
            if isinstance(item, Failure):
                self.fail(item)
            elif self.is_duplicate(item):
                self.report(Outcome("duplicate", item.source or item.id, document_id=item.id))
            else:
                self.seen.add(item.id)
                yield item


def ingest_paths(
    store: Store,
    paths: Sequence[str],
    *,
    batch_size: int = BATCH_SIZE,
    on_outcome: Callable[[Outcome], None] | None = None,
    reprocess: bool = False,
    group: bool = True,
    **read_options: Any,
) -> IngestSummary:
    """Read every document under ``paths``, extract, and store; already stored documents are skipped.

    After each batch of ``batch_size`` stored documents their claims are grouped into incidents (unless
    ``group`` is False). ``read_options`` go to ``counterclaim.ingest.read_documents`` (e.g. ``max_bytes``).
    """
    run = _Run(store, on_outcome, reprocess)
    documents = run.new_documents(iter(read_documents(paths, **read_options)))
    stored: list[Extraction] = []
    for result in process_documents(documents, batch_size=batch_size):
        if isinstance(result, Failure):
            run.fail(result)
            continue
        store.save(result)
        document = result.document
        run.report(Outcome("stored", document.source or document.id, document_id=document.id))
        stored.append(result)
        if group and len(stored) >= batch_size:
            _group(store, stored)
            stored = []
    if group and stored:
        _group(store, stored)
    return run.summary


def _group(store: Store, extractions: list[Extraction]) -> None:
    """Group a stored batch into incidents; a grouping error is logged, never loses the stored documents
    (``counterclaim regroup`` rebuilds every incident from the stored claims)."""
    try:
        group_into_store(store, extractions)
    except Exception:
        log.exception("grouping %d stored documents failed; `counterclaim regroup` rebuilds", len(extractions))
