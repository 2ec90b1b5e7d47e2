"""Stage 3, step 1b: speaker labels — "PENCE: Well, look, …", a transcript's way to say who speaks.

A paragraph that opens with a label (a name, or capitals naming someone the text names) and a
colon is that person's. A labelled paragraph with no quote marks is itself their statement; one
with quotes gives its quotes that speaker when no cue names another.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from counterclaim.attribution.candidates import ATTRIBUTION, Candidate, tokens_between, word_count
from counterclaim.attribution.mentions import describe
from counterclaim.attribution.quotes import Paragraph
from counterclaim.datafiles import words
from counterclaim.nlp import doc_text, entities

__all__ = ["MAX_LABEL_TOKENS", "Label", "labelled_paragraphs", "speaker_labels"]


@dataclass(frozen=True, slots=True)
class Label:
    """A transcript's speaker label: "PENCE: Well, look, …" / "SECRETARY CARTER: We will …"."""

    head: Token
    content_start: int
    content_end: int
    paragraph: int
    colon: Token | None = None  # the label's cue


# A label is at most this many words before the colon that opens its paragraph.
MAX_LABEL_TOKENS = 5
MIN_LABELLED_WORDS = 4


def speaker_labels(doc: Doc, in_paragraphs: list[Paragraph]) -> dict[int, Label]:
    """Paragraphs that open with a speaker label: capitals (transcripts) or a person's name, then a colon."""
    labels: dict[int, Label] = {}
    surnames = {ent[-1].text.casefold() for ent in entities(doc, "PERSON")}
    for paragraph in in_paragraphs:
        tokens = tokens_between(doc, paragraph.start, paragraph.end)
        colon = next((n for n, t in enumerate(tokens[: MAX_LABEL_TOKENS + 1]) if t.text == ":"), None)
        if not colon or colon >= len(tokens) - 1:
            continue
        label = [t for t in tokens[:colon] if not t.is_punct]
        if not label or not (_is_transcript_label(label, surnames) or all(t.ent_type_ == "PERSON" for t in label)):
            continue
        content = tokens[colon + 1 :]
        labels[paragraph.index] = Label(label[-1], content[0].idx, paragraph.end, paragraph.index, tokens[colon])
    return labels


def _is_transcript_label(label: list[Token], surnames: set[str]) -> bool:
    """ "PENCE:" or "SECRETARY CARTER:" — capitals naming someone the text names, or with a title or rank.

    Capitals alone are not enough: news wires open sections the same way ("UPDATE:", "WATCH:").
    """
    if not all(t.text.isupper() for t in label if t.is_alpha):
        return False
    last = label[-1].text.casefold()
    roles = words(ATTRIBUTION, "titles") | words(ATTRIBUTION, "ranks")
    titled = any(t.text.casefold() in roles for t in label[:-1])
    return last in surnames or (titled and len(label) >= 2)


def labelled_paragraphs(doc: Doc, labels: dict[int, Label], direct: list[Candidate]) -> list[Candidate]:
    """A labelled paragraph with no quote marks is itself the speaker's words."""
    quoted = {c.paragraph for c in direct}
    found = []
    for index, label in labels.items():
        text = doc_text(doc)[label.content_start : label.content_end].rstrip()
        if index in quoted or word_count(text) < MIN_LABELLED_WORDS:
            continue
        end = label.content_start + len(text)
        cue_text = ":" if label.colon is not None else None
        found.append(
            Candidate(label.content_start, end, True, describe(label.head), label.colon, index, cue_text=cue_text)
        )
    return found
