"""Syndication: near-identical documents (one wire story on many sites, re-posts) count as one source.

Stub: no copies are detected yet; the MinHash/LSH version replaces this module.
"""

from __future__ import annotations

from collections.abc import Sequence

from counterclaim.models import Extraction

__all__ = ["copies"]


def copies(extractions: Sequence[Extraction]) -> dict[str, str]:
    """Document id → id of the original it copies (documents that copy nothing are left out)."""
    del extractions
    return {}
