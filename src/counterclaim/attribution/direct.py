"""Stage 3, step 1: direct quotes — each quote with the cue beside it, or none yet.

A quote takes the cue right after it (``"…," he said``), right before it (``Carter said: "…"``), a
dash and a name signing it (``"…" ― Amal Haddad``), or the cue ending the paragraph before when it
opens its own paragraph after ``X said:``. A quote a colon introduces without a speech verb ("X is
more blunt: "…"") takes the framing clause's subject as its speaker, with no cue. A quote with no cue
keeps no speaker here: ``resolve.py`` gives it one from the statements around it. Short quoted words
with no cue (scare quotes) and quoted titles of works are not statements.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from counterclaim.attribution.candidates import (
    ATTRIBUTION,
    SENTENCE_END,
    Candidate,
    is_small_title_word,
    tokens_between,
    word_count,
)
from counterclaim.attribution.cues import according_source, is_quote_cue, is_report_noun, is_speech_noun, subject_of
from counterclaim.attribution.mentions import PERSONAL_PRONOUNS, describe
from counterclaim.attribution.quotes import Paragraph, QuoteSpan
from counterclaim.attribution.transcript_labels import Label
from counterclaim.datafiles import words
from counterclaim.nlp import doc_text

__all__ = ["direct_candidates", "voice_of"]

_NAME_WORD = r"[A-Z][\w.'’-]*"
_SIGNATURE = re.compile(
    rf"[ \t\xa0]*(―|—|–|--)[ \t\xa0]*({_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,4}})[ \t\xa0]*(?:,|\n|$)"
)
# A quote needs this many words to count without a cue beside it: shorter quoted words are
# usually scare quotes or titles ("called them "terrorists""), not statements.
MIN_WORDS_WITHOUT_CUE = 6
MIN_WORDS_WITH_CUE = 2
# How far after a closing quote mark a cue may stand ("…," the ministry's spokesman said), and how far
# when the speaker's name opens the stretch and an apposition delays the cue ("…," Ivan Petrov, a
# veteran analyst of the region at a Moscow institute, said).
AFTER_WINDOW_TOKENS = 12
AFTER_WINDOW_WITH_NAME_FIRST = 40
NAME_FIRST_TOKENS = 3


def _cue_after(doc: Doc, quote: QuoteSpan, next_open: int, paragraph_end: int) -> tuple[Token, Token] | None:
    """``"…," he said`` / ``"…," said the minister`` / ``"…," according to X``: (cue, speaker head)."""
    signed = _signature_after(doc, quote, next_open, paragraph_end)
    if signed is not None:
        return signed
    if quote.close_at is None or doc_text(doc)[quote.start : quote.end].rstrip()[-1:] == ".":
        return None  # a quote closed by a full stop ends its sentence: a cue after it belongs to what follows
    window: list[Token] = []
    for token in tokens_between(doc, quote.outer_end, min(next_open, paragraph_end)):
        if token.text in SENTENCE_END or len(window) >= AFTER_WINDOW_WITH_NAME_FIRST:
            break
        window.append(token)
    found = _first_cue(window[:AFTER_WINDOW_TOKENS])
    if found is not None or len(window) <= AFTER_WINDOW_TOKENS:
        return found
    found = _first_cue(window)
    if found is not None and found[1].left_edge.i <= window[0].i + NAME_FIRST_TOKENS:
        return found
    return None


def _signature_after(doc: Doc, quote: QuoteSpan, next_open: int, paragraph_end: int) -> tuple[Token, Token] | None:
    """``"…" ― Amal Haddad`` / ``"…" — Omar Saleh, a teacher``: a quote signed with a dash and a name (the cue).

    The name (one to five capitalised words) must end the line or be followed by a comma, so a dash
    that goes on with the reporter's sentence (``"gold standard" — Smith's words — …``) is not a signature.
    """
    if quote.close_at is None:
        return None
    text = doc_text(doc)
    found = _SIGNATURE.match(text, quote.outer_end, min(next_open, paragraph_end))
    if found is None:
        return None
    dash = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")  # '"―' may be one token
    name = [t for t in tokens_between(doc, found.start(2), found.end(2)) if not t.is_punct]
    if not dash or not name:
        return None
    return dash[0], name[-1]


def _cue_before(doc: Doc, quote: QuoteSpan, previous_close: int, paragraph_start: int) -> tuple[Token, Token] | None:
    """``Carter said: "…"`` / ``Ruiz quipped in reply, "…"``: the cue nearest the opening mark."""
    window = tokens_between(doc, max(previous_close, paragraph_start), quote.open_at)
    for cut in range(len(window) - 1, -1, -1):
        if window[cut].text in SENTENCE_END:
            window = window[cut + 1 :]
            break
    found = _first_cue(list(reversed(window)))
    return found


def _cue_ending_paragraph_before(
    doc: Doc, quote: QuoteSpan, previous_close: int, paragraph_start: int, by_index: dict[int, Paragraph]
) -> tuple[Token, Token] | None:
    """``Carter said:`` ⏎⏎ ``"…"``: a quote opening its paragraph after a paragraph that ends with a colon
    takes the cue that introduces it there."""
    text = doc_text(doc)
    if text[paragraph_start : quote.open_at].strip():
        return None
    before = by_index.get(quote.paragraph - 1)
    if before is None or not text[before.start : before.end].rstrip().endswith(":"):
        return None
    start, end = before.start, before.end
    if previous_close > start:
        return None  # the colon closes a quote's paragraph: that quote's cue is not this one's
    window = tokens_between(doc, start, end)
    for cut in range(len(window) - 2, -1, -1):
        if window[cut].text in SENTENCE_END:
            window = window[cut + 1 :]
            break
    return _first_cue(list(reversed(window)))


def _colon_framer(doc: Doc, quote: QuoteSpan, previous_close: int, paragraph: Paragraph) -> Token | None:
    """ "Haddad, the clinic's director, is more blunt: "…"" / "Her message is simple: "…"": a quote the
    reporter's own clause introduces with a colon, no speech verb in it, is given to whom that clause is
    about — its subject when the subject is a person's name or "he"/"she", or the owner of a noun of
    saying that is the subject ("Her message", "Haddad's statement": ``speech_nouns.tsv``, the shared
    report nouns). News style frames a quote so instead of "X said"; without this the quote took the
    previous paragraph's speaker."""
    text = doc_text(doc)
    start = max(previous_close, paragraph.start)
    if not text[start : quote.open_at].rstrip().endswith(":"):
        return None
    window = tokens_between(doc, start, quote.open_at)
    colon = next((t for t in reversed(window) if t.text == ":"), None)
    if colon is None:
        return None
    subject = _framing_subject(window[0], colon) if colon.i > window[0].i else None
    if subject is None:
        return None
    return voice_of(subject)


def voice_of(subject: Token) -> Token | None:
    """Whose words a clause with this subject frames: the subject itself when it is a person's name or
    "he"/"she"; the owner of a noun of saying ("Her message", "Haddad's statement"); else nobody."""
    if _names_a_person(subject):
        return subject
    if not (is_speech_noun(subject) or is_report_noun(subject)):
        return None  # "Obama's first questioners were hostile:" — the questioners speak, not Obama
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return owner if owner is not None and _names_a_person(owner) else None


def _framing_subject(first: Token, colon: Token) -> Token | None:
    """The subject of the innermost clause the colon ends ("She was upset, so that I had to change my
    answer:" is "I"'s, not "She"'s): climb from the word before the colon, staying before it and after
    ``first`` (the parse often hangs the clause on the quoted one after the colon), to the first verb
    with a subject of its own."""
    current = colon.doc[colon.i - 1]
    for _ in range(colon.i - first.i):
        if current.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return subject if first.i <= subject.i < colon.i else None
        head = current.head
        if head.i == current.i or not first.i <= head.i < colon.i:
            return None
        current = head
    return None


def _names_a_person(token: Token) -> bool:
    """A person's name or a personal pronoun ("he", "her"): who a framing clause can be about."""
    return token.ent_type_ == "PERSON" or token.lower_ in PERSONAL_PRONOUNS


def _first_cue(window: list[Token]) -> tuple[Token, Token] | None:
    for token in window:
        if token.lower_ == "according":
            source = according_source(token)
            if source is not None:
                return token, source
        if is_quote_cue(token):
            subject = subject_of(token) or _nearest_nominal(window, token)
            if subject is not None:
                return token, subject
    return None


def _nearest_nominal(window: list[Token], verb: Token) -> Token | None:
    """When the parse gives the cue no subject (quotes confuse it), the nearest name or pronoun beside it.

    A participle ("…," noting that he …) never has its speaker after it: a pronoun there is the subject
    of what is noted, and the speaker is the one of the clause the participle hangs on."""
    reach = verb.i if verb.tag_ == "VBG" else verb.i + 2
    nominals = [t for t in window if t.i != verb.i and _could_be_speaker(t) and t.i <= reach]
    if not nominals:
        return None
    token = min(nominals, key=lambda t: (t.ent_type_ != "PERSON", abs(t.i - verb.i)))
    while token.dep_ in {"compound", "amod", "nmod"} and token.head.i != token.i:
        token = token.head
    return token


def _could_be_speaker(token: Token) -> bool:
    """A person's name, a personal pronoun, or a noun for people ("officials", "the spokesman")."""
    if token.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in {"he", "she", "they", "we"}
    return token.lower_ in words(ATTRIBUTION, "group_nouns") or token.lower_ in words(ATTRIBUTION, "titles")


def _is_sentence(quote: QuoteSpan, doc: Doc) -> bool:
    """ "Our house is gone." — a whole quoted sentence, capitalised and closed by its own full stop."""
    text = doc_text(doc)[quote.start : quote.end]
    return text[:1].isupper() and text.rstrip()[-1:] in SENTENCE_END


def _looks_like_a_title(text: str) -> bool:
    """ "The Long Road Home": a quoted name of a book, film or programme, not a statement."""
    words = [w for w in text.split() if any(c.isalpha() for c in w) and not is_small_title_word(w)]
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 2 and capitalised >= 0.8 * len(words) and text.rstrip()[-1:] not in {"?", "!"}


def _whole_paragraph(text: str, quote: QuoteSpan, paragraph: Paragraph) -> bool:
    """A quote that is all its paragraph holds (a dangling full stop or comma aside)."""
    before = text[paragraph.start : quote.open_at]
    after = text[quote.outer_end : paragraph.end]
    return not before.strip() and not after.strip(" \t\n.,")


def direct_candidates(
    doc: Doc, quotes: list[QuoteSpan], by_index: dict[int, Paragraph], labels: dict[int, Label]
) -> list[Candidate]:
    """Every quote that reads as a statement, with its cue and the speaker named there (or by a label)."""
    found: list[Candidate] = []
    text = doc_text(doc)
    for n, quote in enumerate(quotes):
        paragraph = by_index.get(quote.paragraph, Paragraph(quote.paragraph, 0, len(text)))
        cue = _cue_of(doc, quotes, n, paragraph, by_index)
        follows_a_quote = bool(found) and found[-1].paragraph == quote.paragraph and _is_sentence(quote, doc)
        if not _is_statement(text, quote, paragraph, has_cue=cue is not None, follows_a_quote=follows_a_quote):
            continue
        label = labels.get(quote.paragraph)
        framer = None if cue or label else _colon_framer(doc, quote, quotes[n - 1].outer_end if n else 0, paragraph)
        mention = describe(cue[1]) if cue else (describe(label.head) if label else None)
        mention = mention or (describe(framer) if framer is not None else None)
        found.append(Candidate(quote.start, quote.end, True, mention, cue[0] if cue else None, quote.paragraph,
                               quote, _cue_text(cue)))  # fmt: skip
    return found


def _cue_of(
    doc: Doc, quotes: list[QuoteSpan], n: int, paragraph: Paragraph, by_index: dict[int, Paragraph]
) -> tuple[Token, Token] | None:
    """(cue, speaker head) of the ``n``-th quote: after it, else before it, else ending the paragraph before."""
    quote = quotes[n]
    next_open = quotes[n + 1].open_at if n + 1 < len(quotes) else len(doc_text(doc))
    previous_close = quotes[n - 1].outer_end if n > 0 else 0
    return (
        _cue_after(doc, quote, next_open, paragraph.end)
        or _cue_before(doc, quote, previous_close, paragraph.start)
        or _cue_ending_paragraph_before(doc, quote, previous_close, paragraph.start, by_index)
    )


def _is_statement(text: str, quote: QuoteSpan, paragraph: Paragraph, *, has_cue: bool, follows_a_quote: bool) -> bool:
    """Long enough to be said (or a whole paragraph, or a sentence after a quote), and not a title of a work."""
    words = word_count(text[quote.start : quote.end])
    whole = _whole_paragraph(text, quote, paragraph)
    if not whole and not follows_a_quote and words < (MIN_WORDS_WITH_CUE if has_cue else MIN_WORDS_WITHOUT_CUE):
        return False
    return not _looks_like_a_title(text[quote.start : quote.end])


def _cue_text(cue: tuple[Token, Token] | None) -> str | None:
    """The cue's words where they are not the cue token's own: "according to", or a signature's dash."""
    if cue is None:
        return None
    if cue[0].lower_ == "according":
        return "according to"
    if not any(c.isalpha() for c in cue[0].text):  # a signature dash, maybe glued to the mark
        return "".join(c for c in cue[0].text if c in "―—–-")
    return None
