"""Provenance: every statement, claim and contradiction traced to its report and its evidence sentence.

Why one module for both paths: ``extract`` (records fresh from the pipeline) and the store's reads
(records rebuilt from rows) must give the same ``Provenance`` for the same record, so both cut the
evidence sentence out of ``Document.text`` with the same rule, from the record's offsets alone. The
rule needs no parser, so reading a store never loads spaCy.

A sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets kept with it) before a space and
an upper-case letter, digit or opening quote, unless the word before the full stop is an
abbreviation (an honorific, a rank, a month, an initial: "Mr. Kerry", "Gen. Ali", "U.S. officials");
a line break always ends one (paragraphs never share a sentence).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache

from counterclaim.datafiles import SHARED, words
from counterclaim.models import Claim, Contradiction, Document, Extraction, Provenance, Statement

__all__ = ["EvidenceFinder", "outlet", "provenance", "with_provenance"]

_CANDIDATE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(]?[A-Z0-9])|\n")
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?")
_URL_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\.)?([^/:?#]+)", re.IGNORECASE)
_PLAIN_NAME = re.compile(r"^[A-Za-z][A-Za-z '&-]{1,60}$")  # a name ("Reuters"), not a path, URL or id


@cache
def _abbreviations() -> frozenset[str]:
    """Words that a full stop follows without ending a sentence: honorifics, ranks, titles, month names."""
    found = words(SHARED, "honorifics") | words(SHARED, "month_abbreviations") | words(SHARED, "abbreviations")
    return frozenset(word.rstrip(".") for word in found)


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the punctuation at ``at`` closes a sentence (an abbreviation's full stop does not)."""
    if text[at] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, at - 40), at + 1)
    if word is None:
        return True
    token = word.group(1).lstrip("\"“‘([")
    if _INITIALS.fullmatch(token) and len(token.rstrip(".")) <= 4:  # "U.S.", "J.", "U.N."
        return False
    return token.rstrip(".").casefold() not in _abbreviations()


class EvidenceFinder:
    """The sentences of one document's text, found once; ``sentence(start, end)`` for each record."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0]
        for match in _CANDIDATE_END.finditer(text):
            if _ends_sentence(text, match.start()):
                self._starts.append(match.end())

    def sentence(self, start: int, end: int) -> str | None:
        """The sentence(s) holding ``text[start:end]``, whitespace collapsed; None for offsets outside the text."""
        if not 0 <= start <= len(self.text) or end < start:
            return None
        first = self._starts[bisect_right(self._starts, start) - 1]
        after = bisect_right(self._starts, max(start, end - 1))
        last = self._starts[after] if after < len(self._starts) else len(self.text)
        found = " ".join(self.text[first:last].split())
        return found or None


def outlet(document: Document) -> str | None:
    """The outlet a reader knows the report by: its site, a source that is a plain name, or the URL's host.

    None when none of them says (a file path is where the report was read from, not who published it).
    """
    if document.site:
        return document.site
    if document.source and _PLAIN_NAME.match(document.source):
        return document.source
    host = _URL_HOST.match(document.url or "")
    return host.group(1) if host else None


def provenance(document: Document, evidence: str | None = None) -> Provenance:
    """The report's metadata as ingested, with the evidence sentence of one record."""
    return Provenance(
        document_id=document.id,
        url=document.url,
        source=document.source,
        title=document.title,
        published=document.published,
        evidence=evidence,
        outlet=outlet(document),
    )


def statement_with_provenance(statement: Statement, document: Document, finder: EvidenceFinder) -> Statement:
    return replace(statement, provenance=provenance(document, finder.sentence(statement.start, statement.end)))


def claim_with_provenance(claim: Claim, document: Document, finder: EvidenceFinder) -> Claim:
    """A headline claim's offsets index the title, so its evidence is the title itself."""
    evidence = document.title if claim.in_headline else finder.sentence(claim.start, claim.end)
    return replace(claim, provenance=provenance(document, evidence))


def contradiction_with_provenance(contradiction: Contradiction, document: Document) -> Contradiction:
    return replace(contradiction, document_id=document.id, provenance=provenance(document))


def with_provenance(extraction: Extraction) -> Extraction:
    """The extraction with every record's provenance filled in (what ``extract`` returns)."""
    document = extraction.document
    finder = EvidenceFinder(document.text)
    return replace(
        extraction,
        statements=[statement_with_provenance(s, document, finder) for s in extraction.statements],
        claims=[claim_with_provenance(c, document, finder) for c in extraction.claims],
        contradictions=[contradiction_with_provenance(c, document) for c in extraction.contradictions],
    )
