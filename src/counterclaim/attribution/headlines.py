"""Stage 3, step 3: headlines — "UN Says 20 Civilians Killed in Strike on Market", "Pentagon: …".

Title case defeats the tagger, so the cue is found by its written form and the line is split
there: who before it, what after it. A headline led by a named speaker and a colon is that
speaker's. Only paragraphs that no other step has taken are read as headlines.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.attribution.candidates import (
    ATTRIBUTION,
    Candidate,
    is_small_title_word,
    tokens_between,
    word_count,
)
from counterclaim.attribution.mentions import describe, span_text
from counterclaim.attribution.quotes import Paragraph
from counterclaim.attribution.reported import MIN_CLAUSE_WORDS
from counterclaim.attribution.transcript_labels import MAX_LABEL_TOKENS
from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.nlp import doc_text, entities, paragraph_of

__all__ = ["headline_candidates"]

HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_SOURCE_TOKENS = 6
HEADLINE_CAPITALISED = 0.7
_RELATIVES = frozenset({"who", "which", "that", "what"})
_SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")


def _cue_lemma_of_form(word: str) -> str | None:
    """The cue-verb lemma a written form ("Says", "Denies", "Warned") belongs to, if any."""
    word = word.casefold()
    irregular = mapping(ATTRIBUTION, "irregular_cue_forms").get(word)
    if irregular is not None:
        return irregular
    cues = words(SHARED, "reporting_verbs") | {"call"}
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
    capitalised = [w for w in alpha if w[0].isupper() or is_small_title_word(w)]
    return len(capitalised) >= HEADLINE_CAPITALISED * len(alpha) and sum(w[0].isupper() for w in alpha) >= 3


def _entity_last_words(doc: Doc) -> frozenset[str]:
    """Last words of the people and bodies the text names ("Pence" of "Mike Pence")."""
    return frozenset(e[-1].text.casefold() for e in entities(doc, *_SPEAKER_ENTS))


def _headline_label(tokens: list[Token], paragraph: int) -> Candidate | None:
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
    return Candidate(*content, False, describe(label[-1]), tokens[colon], paragraph, cue_text=":")


def headline_candidates(doc: Doc, in_paragraphs: list[Paragraph], found: list[Candidate]) -> list[Candidate]:
    """ "Syria Denies Using Chemical Weapons in Douma": a title-case headline line with a reporting verb."""
    taken = {c.paragraph for c in found} | {paragraph_of(doc, c.start) for c in found}
    text = doc_text(doc)
    candidates = []
    for paragraph in in_paragraphs:
        if paragraph.index in taken or not _is_headline(text[paragraph.start : paragraph.end]):
            continue
        tokens = [t for t in tokens_between(doc, paragraph.start, paragraph.end) if not t.is_space]
        candidate = _headline_label(tokens, paragraph.index) or _split_at_cue(tokens, paragraph)
        if candidate is not None:
            candidates.append(candidate)
    return candidates


def _split_at_cue(tokens: list[Token], paragraph: Paragraph) -> Candidate | None:
    """The first capitalised cue form after the line's first word splits it: who before, what after."""
    for n, token in enumerate(tokens[: HEADLINE_MAX_SOURCE_TOKENS + 1]):
        lemma = _cue_lemma_of_form(token.text) if token.text[:1].isupper() else None
        if n and lemma is not None:
            return _split_at(tokens, n, lemma, paragraph)
    return None


def _split_at(tokens: list[Token], n: int, lemma: str, paragraph: Paragraph) -> Candidate | None:
    """The headline read as ``tokens[n - 1]`` (the source's head) saying what follows ``tokens[n]``."""
    token, rest = tokens[n], tokens[n + 1 :]
    cue_text = None
    if lemma == "call":
        if not rest or rest[0].lower_ not in {"for", "on"}:
            return None
        cue_text, rest = f"{token.text} {rest[0].text}", rest[1:]
    while rest and rest[-1].is_punct and rest[-1].text not in {"?", "!"}:
        rest = rest[:-1]
    source = tokens[n - 1]
    if not rest or word_count(span_text(rest)) < MIN_CLAUSE_WORDS:
        return None
    if not source.is_alpha or source.lower_ in _RELATIVES:
        return None  # "The Men Who Said No to War" is a title, not a statement
    mention = describe(source)
    if mention.start < paragraph.start:
        return None
    content_end = rest[-1].idx + len(rest[-1])
    return Candidate(rest[0].idx, content_end, False, mention, token, paragraph.index, cue_text=cue_text)
