"""Stage 1: ingest — files, HTML, JSON Lines → cleaned ``Document`` records (or ``Failure``s with a reason).

(Minimal placeholder; the full stage replaces it with the same two entry points.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from counterclaim.errors import EmptyDocumentError
from counterclaim.models import Document, Failure, document_id

__all__ = ["document_from_text", "read_documents"]


def document_from_text(
    content: str,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Document:
    """Clean ``content`` (plain text or HTML) into a Document; raises an IngestError subclass on bad input."""
    text = "\n\n".join(p.strip() for p in content.split("\n\n") if p.strip())
    if not text:
        raise EmptyDocumentError("empty document: no text after cleaning")
    return Document(id=document_id(text), text=text, source=source or url, title=title, published=published, url=url)


def read_documents(paths: Sequence[str]) -> Iterator[Document | Failure]:
    """Every document under ``paths`` in input order; a document that cannot be read yields a Failure."""
    for path in paths:
        try:
            yield document_from_text(Path(path).read_text(encoding="utf-8"), source=path)
        except Exception as exc:  # placeholder
            yield Failure(source=path, reason=str(exc))
