"""Stage 3: statements — Doc → Statements: who said what (direct quotes and reported speech, with resolved speakers).

How a reader attributes, and so how this stage does, in order:

1. Direct quotes (``quotes.py``) take the cue right after them (``"…," he said``) or right before
   them (``Carter said: "…"``); a quote with neither takes the speaker of an earlier quote in its
   paragraph, of the quote it continues, or of the paragraph before it (a paragraph that is all
   quotation belongs to the speaker just named). A quote signed with a dash and a name
   (``"…" ― Amal Haddad``) is that person's; a quote opening the paragraph after ``X said:`` takes
   that cue.
2. Reported speech (``cues.py``): a reporting verb with a subject and a complement ("US officials
   say the strikes did not hit IS"), "according to X", "reports from X", "X's claim that …", and
   the reporter's own "There have been reports of …" (unattributed). Title-case headlines are
   split at their reporting verb or speaker colon ("Syria Denies …", "Pentagon: …").
3. Speakers (``speakers.py``) are read from the subject's noun phrase (name, title, rank,
   affiliation, country) and resolved: pronouns and short names point back to a full name.

Statement ids are ``{document.id}-s{n:03d}`` in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from counterclaim.attribution.cues import (
    OBJECT_CUES,
    REPORT_NOUNS,
    content_tokens,
    is_cue_verb,
    is_quote_cue,
    phrasal_particle,
    same_paragraph,
    subject_of,
)
from counterclaim.attribution.lexicons import words
from counterclaim.attribution.quotes import QuoteSpan, find_quotes, paragraphs
from counterclaim.attribution.speakers import Mention, SpeakerResolver, describe
from counterclaim.models import Document, Speaker, Statement
from counterclaim.nlp import doc_text

__all__ = ["find_statements"]

SENTENCE_END = frozenset({".", "!", "?"})
_NAME_WORD = r"[A-Z][\w.'’-]*"
_SIGNATURE = re.compile(
    rf"[ \t\xa0]*(―|—|–|--)[ \t\xa0]*({_NAME_WORD}(?:[ \xa0]+{_NAME_WORD}){{0,4}})[ \t\xa0]*(?:,|\n|$)"
)
# A quote needs this many words to count without a cue beside it: shorter quoted words are
# usually scare quotes or titles ("called them "terrorists""), not statements.
MIN_WORDS_WITHOUT_CUE = 6
MIN_WORDS_WITH_CUE = 2
# Reported clauses shorter than this are fragments the parse left behind ("It means", "they are").
MIN_CLAUSE_WORDS = 3
MIN_OBJECT_WORDS = 2  # "denies hitting civilians": what was denied may be short
# How far after a closing quote mark a cue may stand ("…," the ministry's spokesman said), and how far
# when the speaker's name opens the stretch and an apposition delays the cue ("…," Alexei Malashenko,
# a leading Moscow-based Middle East expert, said).
AFTER_WINDOW_TOKENS = 12
AFTER_WINDOW_WITH_NAME_FIRST = 40
NAME_FIRST_TOKENS = 3
EXPLETIVES = frozenset({"it", "there"})
UNATTRIBUTED = Speaker(name=None, as_written="reports", kind="unattributed")


@dataclass(slots=True)
class _Candidate:
    """A statement before its speaker is resolved: the raw parts in text offsets."""

    start: int
    end: int
    direct: bool
    mention: Mention | None
    cue: Token | None
    paragraph: int
    quote: QuoteSpan | None = None
    cue_text: str | None = None
    sourced_by_noun: bool = False  # "reports from X": X is named, but is not the paragraph's speaker


def find_statements(document: Document, doc: Doc) -> list[Statement]:
    """Every direct quote and reported-speech clause in ``document``; ``doc`` is spaCy's parse of ``document.text``."""
    text = document.text
    quotes = find_quotes(text)
    paragraph_of = _paragraph_index(text)
    labels = _speaker_labels(doc, paragraph_of)
    direct = _direct_candidates(doc, quotes, paragraph_of, labels)
    direct = sorted([*direct, *_labelled_paragraphs(doc, labels, direct)], key=lambda c: c.start)
    indirect = _indirect_candidates(doc, direct, paragraph_of)
    indirect += _headline_candidates(doc, paragraph_of, [*direct, *indirect])
    direct = [c for c in direct if not any(_embeds(i, c) for i in indirect)]
    candidates = sorted([*direct, *indirect], key=lambda c: (c.start, c.end))
    resolver = SpeakerResolver(doc)
    _remember_subjects(doc, resolver, quotes)
    return _resolve_all(document, candidates, resolver)


def _paragraph_index(text: str) -> list[tuple[int, int, int]]:
    return [(p.start, p.end, p.index) for p in paragraphs(text)]


def _paragraph_at(paragraph_of: list[tuple[int, int, int]], offset: int) -> int:
    for start, end, index in paragraph_of:
        if start <= offset < end:
            return index
    return paragraph_of[-1][2] if paragraph_of else 0


def _inside_quote(offset: int, quotes: list[QuoteSpan]) -> bool:
    """Whether ``offset`` falls between a quote's marks; ``quotes`` are in text order and do not overlap."""
    at = bisect_right(quotes, offset, key=lambda q: q.open_at) - 1
    return at >= 0 and offset < quotes[at].outer_end


# --- 1. direct quotes -------------------------------------------------------------------------


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens wholly inside ``[start, end)`` (a span lookup, not a scan of the document)."""
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _cue_after(doc: Doc, quote: QuoteSpan, next_open: int, paragraph_end: int) -> tuple[Token, Token] | None:
    """``"…," he said`` / ``"…," said the minister`` / ``"…," according to X``: (cue, speaker head)."""
    signed = _signature_after(doc, quote, next_open, paragraph_end)
    if signed is not None:
        return signed
    if quote.close_at is None or doc_text(doc)[quote.start : quote.end].rstrip()[-1:] == ".":
        return None  # a quote closed by a full stop ends its sentence: a cue after it belongs to what follows
    window: list[Token] = []
    for token in _tokens_between(doc, quote.outer_end, min(next_open, paragraph_end)):
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
    name = [t for t in _tokens_between(doc, found.start(2), found.end(2)) if not t.is_punct]
    if not dash or not name:
        return None
    return dash[0], name[-1]


def _cue_before(doc: Doc, quote: QuoteSpan, previous_close: int, paragraph_start: int) -> tuple[Token, Token] | None:
    """``Carter said: "…"`` / ``Hayne joked in his turn, "…"``: the cue nearest the opening mark."""
    window = _tokens_between(doc, max(previous_close, paragraph_start), quote.open_at)
    for cut in range(len(window) - 1, -1, -1):
        if window[cut].text in SENTENCE_END:
            window = window[cut + 1 :]
            break
    found = _first_cue(list(reversed(window)))
    return found


def _cue_ending_paragraph_before(
    doc: Doc, quote: QuoteSpan, previous_close: int, paragraph_start: int, paragraph_of: list[tuple[int, int, int]]
) -> tuple[Token, Token] | None:
    """``Carter said:`` ⏎⏎ ``"…"``: a quote opening its paragraph after a paragraph that ends with a colon
    takes the cue that introduces it there."""
    text = doc_text(doc)
    if text[paragraph_start : quote.open_at].strip():
        return None
    before = [(start, end) for start, end, index in paragraph_of if index == quote.paragraph - 1]
    if not before or not text[before[0][0] : before[0][1]].rstrip().endswith(":"):
        return None
    start, end = before[0]
    if previous_close > start:
        return None  # the colon closes a quote's paragraph: that quote's cue is not this one's
    window = _tokens_between(doc, start, end)
    for cut in range(len(window) - 2, -1, -1):
        if window[cut].text in SENTENCE_END:
            window = window[cut + 1 :]
            break
    return _first_cue(list(reversed(window)))


def _first_cue(window: list[Token]) -> tuple[Token, Token] | None:
    for token in window:
        if token.lower_ == "according":
            source = _according_source(token)
            if source is not None:
                return token, source
        if is_quote_cue(token):
            subject = subject_of(token) or _nearest_nominal(window, token)
            if subject is not None:
                return token, subject
    return None


def _nearest_nominal(window: list[Token], verb: Token) -> Token | None:
    """When the parse gives the cue no subject (quotes confuse it), the nearest name or pronoun beside it."""
    nominals = [t for t in window if t is not verb and _could_be_speaker(t) and t.i <= verb.i + 2]
    if not nominals:
        return None
    token = min(nominals, key=lambda t: (t.ent_type_ != "PERSON", abs(t.i - verb.i)))
    while token.dep_ in {"compound", "amod", "nmod"} and token.head is not token:
        token = token.head
    return token


def _could_be_speaker(token: Token) -> bool:
    """A person's name, a personal pronoun, or a noun for people ("officials", "the spokesman")."""
    if token.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in {"he", "she", "they", "we"}
    return token.lower_ in words("group_nouns") or token.lower_ in words("titles")


def _according_source(token: Token) -> Token | None:
    for prep in token.children:
        if prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(c.isalnum() for c in word))


_TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "at", "by"})


def _is_sentence(quote: QuoteSpan, doc: Doc) -> bool:
    """ "Our house is gone." — a whole quoted sentence, capitalised and closed by its own full stop."""
    text = doc_text(doc)[quote.start : quote.end]
    return text[:1].isupper() and text.rstrip()[-1:] in SENTENCE_END


def _looks_like_a_title(text: str) -> bool:
    """ "The Kid Who Would Be King": a quoted name of a book, film or programme, not a statement."""
    words = [w for w in text.split() if any(c.isalpha() for c in w) and w.casefold() not in _TITLE_SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 2 and capitalised >= 0.8 * len(words) and text.rstrip()[-1:] not in {"?", "!"}


def _whole_paragraph(text: str, quote: QuoteSpan, paragraph: tuple[int, int, int]) -> bool:
    start, end, _ = paragraph
    return not text[start : quote.open_at].strip() and not text[quote.outer_end : end].strip(" \t\n.,")


def _direct_candidates(
    doc: Doc, quotes: list[QuoteSpan], paragraph_of: list[tuple[int, int, int]], labels: dict[int, _Label]
) -> list[_Candidate]:
    found: list[_Candidate] = []
    bounds = {index: (start, end) for start, end, index in paragraph_of}
    for n, quote in enumerate(quotes):
        paragraph_start, paragraph_end = bounds.get(quote.paragraph, (0, len(doc_text(doc))))
        next_open = quotes[n + 1].open_at if n + 1 < len(quotes) else len(doc_text(doc))
        previous_close = quotes[n - 1].outer_end if n > 0 else 0
        cue = (
            _cue_after(doc, quote, next_open, paragraph_end)
            or _cue_before(doc, quote, previous_close, paragraph_start)
            or _cue_ending_paragraph_before(doc, quote, previous_close, paragraph_start, paragraph_of)
        )
        words = _word_count(doc_text(doc)[quote.start : quote.end])
        whole = _whole_paragraph(doc_text(doc), quote, (paragraph_start, paragraph_end, quote.paragraph))
        follows_a_quote = bool(found) and found[-1].paragraph == quote.paragraph and _is_sentence(quote, doc)
        if not whole and not follows_a_quote and words < (MIN_WORDS_WITH_CUE if cue else MIN_WORDS_WITHOUT_CUE):
            continue
        if _looks_like_a_title(doc_text(doc)[quote.start : quote.end]):
            continue
        label = labels.get(quote.paragraph)
        mention = describe(cue[1]) if cue else (describe(label.head) if label else None)
        cue_text = "according to" if cue and cue[0].lower_ == "according" else None
        if cue and not any(c.isalpha() for c in cue[0].text):  # a signature dash, maybe glued to the mark
            cue_text = "".join(c for c in cue[0].text if c in "―—–-")
        found.append(
            _Candidate(quote.start, quote.end, True, mention, cue[0] if cue else None, quote.paragraph, quote, cue_text)
        )
    return found


@dataclass(frozen=True, slots=True)
class _Label:
    """A transcript's speaker label: "PENCE: Well, look, …" / "SECRETARY CARTER: We will …"."""

    head: Token
    content_start: int
    content_end: int
    paragraph: int
    colon: Token | None = None  # the label's cue


# A label is at most this many words before the colon that opens its paragraph.
MAX_LABEL_TOKENS = 5
MIN_LABELLED_WORDS = 4


def _speaker_labels(doc: Doc, paragraph_of: list[tuple[int, int, int]]) -> dict[int, _Label]:
    """Paragraphs that open with a speaker label: capitals (transcripts) or a person's name, then a colon."""
    labels: dict[int, _Label] = {}
    surnames = {ent[-1].text.casefold() for ent in doc.ents if ent.label_ == "PERSON"}
    for start, end, index in paragraph_of:
        tokens = _tokens_between(doc, start, end)
        colon = next((n for n, t in enumerate(tokens[: MAX_LABEL_TOKENS + 1]) if t.text == ":"), None)
        if not colon or colon >= len(tokens) - 1:
            continue
        label = [t for t in tokens[:colon] if not t.is_punct]
        if not label or not (_is_transcript_label(label, surnames) or all(t.ent_type_ == "PERSON" for t in label)):
            continue
        content = tokens[colon + 1 :]
        labels[index] = _Label(label[-1], content[0].idx, end, index, tokens[colon])
    return labels


def _is_transcript_label(label: list[Token], surnames: set[str]) -> bool:
    """ "PENCE:" or "SECRETARY CARTER:" — capitals naming someone the text names, or with a title or rank.

    Capitals alone are not enough: news wires open sections the same way ("KEEPING SCORE:", "WATCH:").
    """
    if not all(t.text.isupper() for t in label if t.is_alpha):
        return False
    last = label[-1].text.casefold()
    titled = any(t.text.casefold() in words("titles") or t.text.casefold() in words("ranks") for t in label[:-1])
    return last in surnames or (titled and len(label) >= 2)


def _labelled_paragraphs(doc: Doc, labels: dict[int, _Label], direct: list[_Candidate]) -> list[_Candidate]:
    """A labelled paragraph with no quote marks is itself the speaker's words."""
    quoted = {c.paragraph for c in direct}
    found = []
    for index, label in labels.items():
        text = doc_text(doc)[label.content_start : label.content_end].rstrip()
        if index in quoted or _word_count(text) < MIN_LABELLED_WORDS:
            continue
        end = label.content_start + len(text)
        cue_text = ":" if label.colon is not None else None
        found.append(
            _Candidate(label.content_start, end, True, describe(label.head), label.colon, index, cue_text=cue_text)
        )
    return found


# --- 2. reported speech -------------------------------------------------------------------------


def _indirect_candidates(
    doc: Doc, direct: list[_Candidate], paragraph_of: list[tuple[int, int, int]]
) -> list[_Candidate]:
    quotes = [c.quote for c in direct if c.quote is not None]
    used_cues = {c.cue.i: c.quote for c in direct if c.cue is not None and c.quote is not None}
    found: list[_Candidate] = []
    for token in doc:
        if _inside_quote(token.idx, quotes):
            continue
        candidate = None
        if is_cue_verb(token):
            candidate = _reported_clause(token, quotes, used_cues)
        elif token.lower_ == "according" and token.i not in used_cues:
            candidate = _according_clause(token, quotes)
        elif token.lower_ == "reportedly":
            candidate = _reportedly_clause(token, quotes)
        elif token.pos_ == "NOUN" and token.lemma_.casefold() in REPORT_NOUNS:
            found.extend(_report_noun_clauses(token, quotes))
        if candidate is not None:
            found.append(candidate)
    for candidate in found:
        candidate.paragraph = _paragraph_at(paragraph_of, candidate.start)
    return found


def _clause_span(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _overlaps_quote(start: int, end: int, quotes: list[QuoteSpan]) -> bool:
    """True when the clause begins inside a direct quote (the clause *is* the quote, attributed by its cue).

    A clause that begins before a quote and runs into it ("said Trump was "absolutely right"")
    is reported speech with quoted words in it, and keeps them.
    """
    return any(q.start < end and start < q.end and q.open_at <= start for q in quotes)


def _reported_clause(verb: Token, quotes: list[QuoteSpan], used_cues: dict[int, QuoteSpan]) -> _Candidate | None:
    span = _clause_span(content_tokens(verb))
    own_quote = used_cues.get(verb.i)
    if span is not None and own_quote is not None and _quote_opens_its_own_sentence(own_quote, verb, span[0]):
        return None  # '… Syria "ISIL continues …," Lyons said': the parse ran past a missing full stop
    minimum = MIN_OBJECT_WORDS if verb.lemma_.casefold() in OBJECT_CUES else MIN_CLAUSE_WORDS
    too_short = span is not None and _word_count(doc_text(verb.doc)[span[0] : span[1]]) < minimum
    if span is None or too_short or _overlaps_quote(*span, quotes):
        return None
    if _not_yet_said(verb):
        return None
    subject = subject_of(verb)
    if subject is None or _inside_quote(subject.idx, quotes) or subject.lower_ in {"you", "i"}:
        return None
    if subject.lower_ in EXPLETIVES and any(c.dep_ == "auxpass" for c in verb.children):
        mention = Mention(UNATTRIBUTED, subject.idx, subject.idx + len(subject))
        return _Candidate(span[0], span[1], False, mention, verb, 0)
    particle = phrasal_particle(verb)
    cue_text = f"{verb.text} {particle.text}" if particle is not None else None
    return _Candidate(span[0], span[1], False, describe(subject), verb, 0, cue_text=cue_text)


def _quote_opens_its_own_sentence(quote: QuoteSpan, verb: Token, clause_start: int) -> bool:
    """A capitalised quote that its cue follows is a sentence of its own, even if the clause reaches back past it.

    A quote starting in lower case continues the reporter's sentence ("are "very exciting," says
    Kim") and stays part of the reported clause.
    """
    text = doc_text(verb.doc)
    return quote.end <= verb.idx and clause_start < quote.end and text[quote.start : quote.start + 1].isupper()


def _not_yet_said(verb: Token) -> bool:
    """ "Russia must confirm …", "is able to say", "will announce": an obligation or plan, not a statement."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
        return True
    return any(c.dep_ == "neg" for c in verb.children) and verb.lemma_ in {"say", "tell", "comment"}


def _sentence_without(token: Token, skip: set[int]) -> list[Token]:
    tokens = [t for t in token.sent if t.i not in skip and same_paragraph(t, token)]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _according_clause(token: Token, quotes: list[QuoteSpan]) -> _Candidate | None:
    source = _according_source(token)
    if source is None:
        return None
    content = _sentence_without(token, {t.i for t in token.subtree})
    if _word_count(" ".join(t.text for t in content)) < MIN_CLAUSE_WORDS:
        content = _after_opening_phrase(token, source)
    span = _clause_span(content)
    if span is None or _overlaps_quote(*span, quotes) or _word_count(doc_text(token.doc)[span[0] : span[1]]) < 3:
        return None
    candidate = _Candidate(span[0], span[1], False, describe(source), token, 0, cue_text="according to")
    return candidate


def _after_opening_phrase(token: Token, source: Token) -> list[Token]:
    """ "According to X, the move reeks of fear": when the parse hangs the clause on X, what follows
    the comma that closes the opening phrase is what X says (an apposition after X is skipped:
    "According to Ann Lee, a spokeswoman, the …")."""
    sentence = [t for t in token.sent if same_paragraph(t, token)]
    if not sentence or any(not t.is_punct for t in sentence if t.i < token.i):
        return []
    commas = [t for t in sentence if t.text == "," and t.i > source.i]
    if not commas:
        return []
    cut = commas[0]
    if len(commas) > 1 and any(t.dep_ == "appos" and t.head.i == source.i and t.i < commas[1].i for t in sentence):
        cut = commas[1] if not any(t.pos_ in {"VERB", "AUX"} for t in sentence if cut.i < t.i < commas[1].i) else cut
    rest = [t for t in sentence if t.i > cut.i]
    while rest and (rest[-1].is_punct or rest[-1].is_space):
        rest = rest[:-1]
    return rest


def _reportedly_clause(token: Token, quotes: list[QuoteSpan]) -> _Candidate | None:
    span = _clause_span(_sentence_without(token, {token.i}))
    if span is None or _overlaps_quote(*span, quotes):
        return None
    return _Candidate(span[0], span[1], False, Mention(UNATTRIBUTED, token.idx, token.idx + len(token)), token, 0)


def _report_noun_clauses(noun: Token, quotes: list[QuoteSpan]) -> list[_Candidate]:
    """ "There have been reports of …" (unattributed) and "reports from US officials and activists" (sourced)."""
    if _inside_quote(noun.idx, quotes):
        return []
    sources = _noun_sources(noun)
    if sources:
        span = _clause_span([t for t in noun.subtree if not t.is_punct])
        if span is None:
            return []
        return [_Candidate(span[0], span[1], False, describe(s), noun, 0, sourced_by_noun=True) for s in sources]
    owned = _owned_claim(noun, quotes)
    if owned is not None:
        return [owned]
    if not _is_existential(noun):
        return []
    content = [t for c in noun.children if c.dep_ in {"prep", "acl", "ccomp", "relcl"} for t in c.subtree]
    content = sorted(content, key=lambda t: t.i)
    if content and content[0].lower_ in {"of", "that"}:
        content = content[1:]
    span = _clause_span(content)
    if span is None or _overlaps_quote(*span, quotes):
        return []
    return [_Candidate(span[0], span[1], False, Mention(UNATTRIBUTED, noun.idx, noun.idx + len(noun)), noun, 0)]


def _owned_claim(noun: Token, quotes: list[QuoteSpan]) -> _Candidate | None:
    """ "Russia's claim that its jets hit only militants": the owner made the claim, the that-clause is it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    clause = next(
        (c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.i > noun.i
         and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
        None,
    )  # fmt: skip
    if clause is None:
        return None
    tokens = list(clause.subtree)
    while tokens and (tokens[0].lower_ == "that" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    span = _clause_span(tokens)
    if span is None or _overlaps_quote(*span, quotes) or _word_count(doc_text(noun.doc)[span[0] : span[1]]) < 3:
        return None
    return _Candidate(span[0], span[1], False, describe(owner), noun, 0)


def _is_existential(noun: Token) -> bool:
    """ "There have been reports …": the noun is what "there is/are" introduces."""
    head = noun.head
    return head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children)


def _noun_sources(noun: Token) -> list[Token]:
    """The people or bodies a report comes from: "reports from US officials and from activists"."""
    sources: list[Token] = []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}]
    for prep in list(preps):
        preps.extend(c for c in prep.children if c.dep_ == "conj" and c.lower_ in {"from", "by"})
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ not in {"GPE", "LOC", "FAC", "DATE"}:
                sources.append(obj)
                sources.extend(c for c in obj.children if c.dep_ == "conj")
    return sources


def _embeds(indirect: _Candidate, direct: _Candidate) -> bool:
    """A short quote inside a reported clause (said the plan was "a disaster") belongs to that clause."""
    quote = direct.quote
    return quote is not None and indirect.start < quote.open_at and quote.start < indirect.end


# Headlines: "UN Says 20 Civilians Killed in Strike on Market". Title case defeats the tagger, so the
# cue is found by its written form and the line is split there: who before it, what after it.
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_SOURCE_TOKENS = 6
HEADLINE_CAPITALISED = 0.7
_RELATIVES = frozenset({"who", "which", "that", "what"})
_IRREGULAR_FORMS = {"said": "say", "told": "tell", "wrote": "write", "tweeted": "tweet"}


def _cue_lemma_of_form(word: str) -> str | None:
    """The cue-verb lemma a written form ("Says", "Denies", "Warned") belongs to, if any."""
    word = word.casefold()
    if word in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[word]
    cues = words("cue_verbs") | {"call"}
    if word in cues:
        return word  # "Rebels Say …", "Officials Warn …"
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ied", "y")):
        if word.endswith(ending) and word[: len(word) - len(ending)] + replacement in cues:
            return word[: len(word) - len(ending)] + replacement
    return None


def _is_headline(text: str) -> bool:
    line = text.strip()
    if "\n" in line or line[-1:] == ":":  # a label introducing what follows
        return False
    alpha = [w for w in line.split() if w[:1].isalpha()]
    if not 4 <= len(alpha) <= HEADLINE_MAX_WORDS:
        return False
    capitalised = [w for w in alpha if w[0].isupper() or w.casefold() in _TITLE_SMALL_WORDS]
    return len(capitalised) >= HEADLINE_CAPITALISED * len(alpha) and sum(w[0].isupper() for w in alpha) >= 3


_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _entity_last_words(doc: Doc) -> frozenset[str]:
    """Last words of the people and bodies the text names ("Pence" of "Mike Pence")."""
    return frozenset(e[-1].text.casefold() for e in doc.ents if e.label_ in _SPEAKER_ENTS)


def _headline_label(tokens: list[Token], paragraph: int) -> _Candidate | None:
    """ "Pentagon: 20 Militants Killed in Strike": a headline led by a named speaker and a colon."""
    colon = next((n for n, t in enumerate(tokens[: MAX_LABEL_TOKENS + 1]) if t.text == ":"), None)
    if not colon or len(tokens) - colon - 1 < MIN_CLAUSE_WORDS:
        return None
    label = tokens[:colon]
    named = all(t.ent_type_ in _SPEAKER_ENTS for t in label) or label[-1].text.casefold() in _entity_last_words(
        label[-1].doc
    )
    if not named:
        return None  # "Poll: …", "Analysis: …", "WATCH: …" name no speaker
    rest = tokens[colon + 1 :]
    while rest and rest[-1].is_punct and rest[-1].text not in {"?", "!"}:
        rest = rest[:-1]
    if not rest:
        return None
    content = (rest[0].idx, rest[-1].idx + len(rest[-1]))
    return _Candidate(*content, False, describe(label[-1]), tokens[colon], paragraph, cue_text=":")


def _headline_candidates(
    doc: Doc, paragraph_of: list[tuple[int, int, int]], found: list[_Candidate]
) -> list[_Candidate]:
    """ "Syria Denies Using Chemical Weapons in Douma": a title-case headline line with a reporting verb."""
    taken = {c.paragraph for c in found} | {_paragraph_at(paragraph_of, c.start) for c in found}
    text = doc_text(doc)
    candidates = []
    for start, end, index in paragraph_of:
        if index in taken or not _is_headline(text[start:end]):
            continue
        tokens = [t for t in _tokens_between(doc, start, end) if not t.is_space]
        labelled = _headline_label(tokens, index)
        if labelled is not None:
            candidates.append(labelled)
            continue
        for n, token in enumerate(tokens[: HEADLINE_MAX_SOURCE_TOKENS + 1]):
            lemma = _cue_lemma_of_form(token.text) if token.text[:1].isupper() else None
            if not n or lemma is None:
                continue
            rest = tokens[n + 1 :]
            cue_text = None
            if lemma == "call":
                if not rest or rest[0].lower_ not in {"for", "on"}:
                    break
                cue_text, rest = f"{token.text} {rest[0].text}", rest[1:]
            while rest and rest[-1].is_punct and rest[-1].text not in {"?", "!"}:
                rest = rest[:-1]
            source = tokens[n - 1]
            if not rest or _word_count(text[rest[0].idx : rest[-1].idx + len(rest[-1])]) < MIN_CLAUSE_WORDS:
                break
            if not source.is_alpha or source.lower_ in _RELATIVES:
                break  # "The Men Who Said No to War" is a title, not a statement
            mention = describe(source)
            if mention.start < start:
                break
            content_end = rest[-1].idx + len(rest[-1])
            candidates.append(_Candidate(rest[0].idx, content_end, False, mention, token, index, cue_text=cue_text))
            break
    return candidates


# --- 3. speakers --------------------------------------------------------------------------------


def _remember_subjects(doc: Doc, resolver: SpeakerResolver, quotes: list[QuoteSpan]) -> None:
    """Named people and groups of people as sentence subjects are what a later "he" or "they" points back to."""
    for token in doc:
        named = (
            token.ent_type_ == "PERSON"
            or (token.tag_ == "NNS" and token.lower_ in words("group_nouns"))
            or (token.text[:1].isupper() and resolver.knows_surname(token.text, token.idx))  # "Trump" not tagged PERSON
        )
        if named and token.dep_ in {"nsubj", "nsubjpass"} and not _inside_quote(token.idx, quotes):
            resolver.remember(describe(token))


def _resolve_all(document: Document, candidates: list[_Candidate], resolver: SpeakerResolver) -> list[Statement]:
    statements: list[Statement] = []
    speakers: list[tuple[_Candidate, Mention]] = []
    for candidate in candidates:
        mention = _speaker_for(candidate, speakers, resolver)
        if candidate.cue is None:
            _inherit_cue(candidate, mention, speakers)
        speakers.append((candidate, mention))
        resolver.remember(mention)
        statements.append(_statement(document, len(statements) + 1, candidate, mention))
    return statements


def _speaker_for(
    candidate: _Candidate, earlier: list[tuple[_Candidate, Mention]], resolver: SpeakerResolver
) -> Mention:
    """The speaker a reader gives a candidate: its own mention resolved, else the rules for bare quotes."""
    if candidate.mention is not None and not _not_a_speaker(candidate.mention):
        return resolver.resolve(candidate.mention, candidate.mention.start)
    same_paragraph = [
        m
        for c, m in earlier
        if c.paragraph == candidate.paragraph and m.speaker.kind != "unattributed" and not c.sourced_by_noun
    ]
    if same_paragraph:  # "Smith said the plan failed. "It was a disaster."" — still Smith
        return same_paragraph[-1]
    last_quote = earlier[-1][0].quote if earlier else None
    if last_quote is not None and last_quote.close_at is None:  # continues a quote left open
        return earlier[-1][1]
    before = [
        m
        for c, m in earlier
        if c.paragraph == candidate.paragraph - 1
        and m.speaker.kind != "unattributed"
        and not c.sourced_by_noun
        and not _nested(c, [o for o, _ in earlier])
    ]
    if before:
        return before[-1]
    last = resolver.last_speaker_before(candidate.start)
    if last is not None and last.speaker.kind == "person":
        return last
    return Mention(Speaker(None, "", "unattributed"), candidate.start, candidate.start)


def _not_a_speaker(mention: Mention) -> bool:
    """ "That is what …", "the controversial comment said": a phrase headed by a word from
    ``non_speakers.txt`` names no one, so the statement takes its speaker from the context."""
    speaker = mention.speaker
    if speaker.kind == "person" or not speaker.as_written:
        return False
    return speaker.as_written.split()[-1].casefold() in words("non_speakers")


def _inherit_cue(candidate: _Candidate, mention: Mention, earlier: list[tuple[_Candidate, Mention]]) -> None:
    """ ""A," said Burman. "B."": B is said by the same "said" — a quote that takes its speaker from an
    earlier direct quote in its paragraph (or continues one left open) takes that quote's cue too."""
    for other, other_mention in reversed(earlier):
        if other_mention is not mention:
            continue
        if other.quote is None or other.cue is None:
            return  # after reported speech a bare quote is the speaker's, but not that verb's
        if other.paragraph == candidate.paragraph or other.quote.close_at is None:
            candidate.cue, candidate.cue_text = other.cue, other.cue_text
        return


def _nested(candidate: _Candidate, others: list[_Candidate]) -> bool:
    """A cue inside another statement's content ("Kerry said Lavrov told him …") is not the paragraph's speaker."""
    if candidate.cue is None:
        return False
    at = candidate.cue.idx
    return any(o is not candidate and o.start <= at < o.end for o in others)


def _statement(document: Document, n: int, candidate: _Candidate, mention: Mention) -> Statement:
    cue = candidate.cue
    cue_text = candidate.cue_text or (cue.text if cue is not None else None)
    cue_end = None
    if cue is not None:
        cue_end = cue.idx + len(cue) if candidate.cue_text is None else _phrase_end(cue)
    unattributed = mention.speaker.kind == "unattributed"
    return Statement(
        id=f"{document.id}-s{n:03d}",
        document_id=document.id,
        speaker=mention.speaker,
        quote=document.text[candidate.start : candidate.end],
        direct=candidate.direct,
        cue=cue_text,
        start=candidate.start,
        end=candidate.end,
        speaker_start=None if unattributed else mention.start,
        speaker_end=None if unattributed else mention.end,
        cue_start=cue.idx if cue is not None else None,
        cue_end=cue_end,
    )


def _phrase_end(token: Token) -> int:
    """End of a two-word cue: "according to", "called for", "called on"."""
    for child in token.children:
        if child.lower_ in {"to", "for", "on"} and child.dep_ == "prep":
            return child.idx + len(child)
    return token.idx + len(token)
