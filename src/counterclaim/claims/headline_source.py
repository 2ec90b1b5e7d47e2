"""The source a headline names at its end, with no verb: "Syria air strikes kill 32 - monitor", "Rebel fire
kills 3 schoolchildren: state media", "... near Damascus Monitor | Site".

Why: wire-service headlines (AFP's above all, and every outlet that reprints them) credit a figure by
appending the source's role noun to the headline, dropping "says". Without a verb no reporting rule sees
it, and the headline's figure is credited to the publication though the report goes on to name the
monitor. The role noun is then resolved like any other ("the monitor" → the observatory the report names).

A headline is the document's first paragraph when it is one line that does not end a sentence. The last
word, past a "| Site name" suffix and stray symbols, must be a source noun: a role noun of
``source_role_nouns.tsv`` (monitor, media, TV, agency ...) or a speaker noun of the group class
(activists, sources, officials); "report(s)" makes the claim the reports'.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.nlp import doc_text, paragraph_starts

__all__ = ["headline_source", "lead_sentences"]

_ROLE_NOUNS = frozenset(mapping("counterclaim.claims", "source_role_nouns"))
_SPEAKER_NOUNS = words("counterclaim.claims", "group_speaker_nouns") | words(
    "counterclaim.claims", "anonymous_source_nouns"
)
_REPORT_NOUNS = words(SHARED, "report_nouns")
_REPEATED_WORDS = 4  # a headline repeated in the body: long enough not to be a chance phrase
_DATELINE_CHARS = 120  # how far into the body a repeated headline may start, past a dateline ("Wed Mar 2 2016")


def _headline(token: Token) -> Span | None:
    """The first paragraph, when the token is in it and it reads as a headline (one line, no final stop)."""
    doc = token.doc
    starts = paragraph_starts(doc)  # character offsets
    end_char = starts[1] if len(starts) > 1 else len(doc_text(doc))
    if token.idx >= end_char:
        return None
    span = doc[0 : bisect_left(doc, end_char, key=lambda t: t.idx)]  # tokens ordered by offset
    text = span.text.strip()
    if not text or "\n" in text or text[-1] in ".!?\"'":
        return None
    return span


def _last_word(headline: Span) -> Token | None:
    """The headline's last word, before a "| Site" suffix and symbols such as a lost dash ("ï¿½_")."""
    tokens = list(headline)
    bar = next((i for i, t in enumerate(tokens) if t.text == "|"), None)
    if bar is not None and bar > 0:
        tokens = tokens[:bar]
    while tokens and not tokens[-1].is_alpha:
        tokens.pop()
    return tokens[-1] if tokens else None


def _first_token(doc: Doc) -> Token | None:
    return next((t for t in doc if not t.is_space), None)


def _twin_in_headline(token: Token) -> Token | None:
    """A token of the headline repeated at the body's start ("Strike kills 15 ... Monitor An air strike killed
    15 ..."): its twin in the headline. Aggregators and re-posted reports open the body with the headline
    again, run into the first sentence; the repetition is the headline, with the headline's source."""
    doc = token.doc
    starts = paragraph_starts(doc)
    first = _first_token(doc)
    if len(starts) < 2 or token.idx < starts[1] or first is None:
        return None
    headline = _headline(first)
    last = _last_word(headline) if headline is not None else None
    if headline is None or last is None:
        return None
    whole = doc_text(doc)  # spaCy's Doc.text joins every token: read once per Doc, not per claim
    text = whole[headline.start_char : last.idx + len(last.text)]
    if len(text.split()) < _REPEATED_WORDS:
        return None
    at = whole.find(text, starts[1], starts[1] + len(text) + _DATELINE_CHARS)
    if at < 0 or not at <= token.idx < at + len(text):
        return None
    offset = headline.start_char + token.idx - at
    return next((t for t in headline if t.idx == offset), None)


def headline_source(token: Token) -> Token | None:
    """The source noun that ends the headline ``token`` is in (or the headline the body's opening repeats),
    if the headline ends with one."""
    headline = _headline(token)
    if headline is None:
        twin = _twin_in_headline(token)
        headline = _headline(twin) if twin is not None else None
        token = twin if twin is not None else token
    if headline is None:
        return None
    last = _last_word(headline)
    if last is None or last.i <= token.i:
        return None
    lemma = last.lemma_.casefold()
    lower = last.lower_
    if lower.endswith("s") and lower[:-1] in _REPORT_NOUNS:  # "... Kills 18 Reports": a title-cased plural
        return last
    if lemma in _ROLE_NOUNS or lower in _ROLE_NOUNS or lemma in _SPEAKER_NOUNS or lemma in _REPORT_NOUNS:
        before = last.doc[last.i - 1] if last.i > 0 else None
        # "... kill 9 in Syria Monitor", not "... as strikes hit a monitor": a verb's object is no source
        if last.dep_ in {"dobj", "pobj"} and before is not None and before.pos_ == "DET":
            return None
        return last
    return None


def lead_sentences(token: Token, count: int = 2) -> list[Span]:
    """The first sentences after the headline ``token`` is in: where a headline's "- reports" names its source
    (a re-posted report often repeats the headline first, so more than one)."""
    starts = paragraph_starts(token.doc)
    if len(starts) < 2:
        return []
    first = next((t for t in token.doc if t.idx >= starts[1] and not t.is_space), None)
    found: list[Span] = []
    sentence = first.sent if first is not None else None
    while sentence is not None and first is not None and len(found) < count:
        found.append(token.doc[max(sentence.start, first.i) : sentence.end])  # a headline run into it left out
        sentence = token.doc[sentence.end].sent if sentence.end < len(token.doc) else None
    return found
