"""Stage 3, cues: the reporting words that tie a speaker to what was said, read off the parse.

A cue is a verb whose lemma is in ``data/cue_verbs.txt`` ("says", "warned", "was quoted as
saying"), the phrase "according to", or a reporting noun ("reports from activists", "There have
been reports of …"). Verbs of plain saying need a clausal complement to count ("said the strikes
hit IS" is a statement, "said on Tuesday" is not); verbs that take what was said as an object
("denied the claims", "accused Russia of …", "urged calm") count with an object too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.attribution.lexicons import words
from counterclaim.nlp import doc_text

__all__ = [
    "content_tokens",
    "is_cue_verb",
    "reporting_nouns",
    "same_paragraph",
    "subject_of",
]

# Verbs whose object can be the thing said; for the rest a clause (ccomp) is required.
OBJECT_CUES = frozenset(
    {
        "deny", "dismiss", "accuse", "confirm", "claim", "announce", "allege", "acknowledge",
        "admit", "reveal", "urge", "warn", "promise", "vow", "pledge", "predict",
        "describe", "estimate", "reiterate", "repeat", "declare", "insist", "caution", "stress",
        "emphasise", "emphasize", "blame", "condemn", "criticise", "criticize", "tweet", "write",
    }
)  # fmt: skip
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Climbing from a cue with no subject of its own: "was quoted as saying", "said … and added",
# "criticised the plan, saying …". Each step goes to the head through one of these relations.
_CLIMB_DEPS = frozenset({"xcomp", "pcomp", "prep", "advcl", "conj"})
_VERBAL_POS = frozenset({"VERB", "AUX"})
REPORT_NOUNS = frozenset({"report", "claim", "allegation", "account", "rumour", "rumor", "statement"})


def is_cue_verb(token: Token) -> bool:
    """A reporting verb (by lemma), used as a verb."""
    return token.pos_ in _VERBAL_POS and token.lemma_.casefold() in words("cue_verbs")


def subject_of(verb: Token) -> Token | None:
    """The speaker's head word: the cue's own subject, or one inherited from the clause it hangs on."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and not same_paragraph(child, verb):
                return _paragraph_opening_name(verb)
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in {"who", "that", "which"} and current.dep_ == "relcl":
                    return current.head
                return child
        if current.dep_ not in _CLIMB_DEPS or current.head is current:
            return None
        current = current.head
    return None


def _paragraph_opening_name(verb: Token) -> Token | None:
    """The parse joined a heading to this paragraph and took its subject from there: use the name
    that opens the cue's own paragraph instead ("Nadia Jamil, principal researcher …, said")."""
    start = verb.i
    while start > 0 and "\n" not in verb.doc[start - 1].text:
        start -= 1
    for token in verb.doc[start : verb.i]:
        if token.ent_type_ in {"PERSON", "ORG", "NORP"} or token.pos_ == "PRON":
            while token.dep_ in {"compound", "amod", "nmod"} and token.head.i <= verb.i:
                token = token.head
            return token
    return None


def same_paragraph(a: Token, b: Token) -> bool:
    """Whether no paragraph break separates two tokens (the parser can join a heading to the next line)."""
    first, last = sorted((a, b), key=lambda t: t.i)
    return "\n" not in doc_text(a.doc)[first.idx : last.idx]


def _complement(verb: Token) -> Token | None:
    for child in verb.children:
        if not same_paragraph(child, verb):
            continue  # a heading the parse hung on this verb
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lemma_ in OBJECT_CUES):
            return child
    for child in verb.children:
        if child.dep_ == "pcomp" and child.head is verb:
            return child
    return None


def content_tokens(verb: Token) -> list[Token]:
    """What was said according to ``verb``: its clausal complement, or for object cues the rest of the clause.

    Empty when the verb has nothing that can be a statement (a bare "said on Tuesday").
    """
    lemma = verb.lemma_.casefold()
    complement = _complement(verb)
    if complement is not None:
        tokens = list(complement.subtree)
    elif lemma in OBJECT_CUES:
        right = [c for c in verb.rights if c.dep_ not in {"punct", "cc", "conj", "npadvmod", "advcl"}]
        right = [c for c in right if c.dep_ in {"dobj", "prep", "xcomp", "dative", "attr", "oprd", "ccomp"}]
        if not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in right):
            return []  # "wrote about style" names a topic, not what was said
            return []
        tokens = [t for c in right for t in c.subtree]
    elif verb.dep_ == "parataxis":
        # "There are people trying to create fear …, he said, though …": the clause before the cue.
        tokens = [t for t in verb.head.subtree if t.i < verb.left_edge.i]
    else:
        return []
    return _trim([t for t in sorted(tokens, key=lambda t: t.i) if same_paragraph(t, verb)])


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading "that" and edge punctuation so the content reads as the clause itself."""
    while tokens and (tokens[0].is_punct or (tokens[0].dep_ == "mark" and tokens[0].lower_ in {"that", "if"})):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in {"?", "!"}:
        tokens = tokens[:-1]
    return tokens


def reporting_nouns(doc: Doc) -> list[Token]:
    """Nouns like "reports" or "claims" in the text (callers decide if a source is attached)."""
    return [t for t in doc if t.pos_ == "NOUN" and t.lemma_.casefold() in REPORT_NOUNS]
