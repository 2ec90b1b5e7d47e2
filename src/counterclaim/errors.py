"""Every error counterclaim raises on purpose, as one tree.

    CounterclaimError                 base: catch this to catch them all
     ├── IngestError                  a document could not be read or cleaned; the batch goes on
     │    ├── EmptyDocumentError      nothing left after cleaning (empty file, page with no article)
     │    ├── BinaryDocumentError     the bytes are not text (image, archive, executable)
     │    ├── DecodingError           the bytes are text in no encoding we could detect
     │    ├── DocumentTooLargeError   over the size limit (``--max-bytes``)
     │    └── LanguageError           the text is not English
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


class ModelNotInstalledError(CounterclaimError):
    """The spaCy model package is not installed."""


class StoreError(CounterclaimError):
    """The store could not be opened, migrated or written."""
