"""Every error counterclaim raises on purpose, as one tree.

    CounterclaimError                 base: catch this to catch them all
     ├── IngestError                  a document could not be read or cleaned; the batch goes on
     │    ├── EmptyDocumentError      nothing left after cleaning (empty file, page with no article)
     │    ├── BinaryDocumentError     the bytes are not text (image, archive, executable)
     │    ├── DecodingError           the bytes are text in no encoding we could detect
     │    ├── DocumentTooLargeError   over the size limit (``--max-bytes``)
     │    ├── LanguageError           the text is not English
     │    ├── UnreadableSourceError   a path that is missing, unreadable, or a glob that matches nothing
     │    └── InvalidRecordError      a JSON Lines record that is not valid JSON or has no text
     ├── ModelNotInstalledError       the spaCy model package is missing
     └── StoreError                   the database cannot be opened or migrated

A document that fails is recorded with ``str(error)`` as its reason, so each message is one
line a person can act on.
"""

from __future__ import annotations


class CounterclaimError(Exception):
    """Base class for counterclaim's own errors."""


class IngestError(CounterclaimError):
    """A document could not be read or cleaned."""


class EmptyDocumentError(IngestError):
    """Nothing readable is left after cleaning."""


class BinaryDocumentError(IngestError):
    """The input is binary, not text."""


class DecodingError(IngestError):
    """The input's encoding could not be determined."""


class DocumentTooLargeError(IngestError):
    """The input exceeds the configured size limit."""


class LanguageError(IngestError):
    """The input is not in a supported language (English)."""


class UnreadableSourceError(IngestError):
    """The input path is missing or cannot be opened, or a glob matches no file."""


class InvalidRecordError(IngestError):
    """A JSON Lines record is not valid JSON, not an object, or carries no text."""


class ModelNotInstalledError(CounterclaimError):
    """The spaCy model package is not installed."""


class StoreError(CounterclaimError):
    """The store could not be opened, migrated or written."""
