"""Stage 4: the sources a report names, so that one source has one name wherever it is mentioned.

Why per document: "the Syrian Observatory for Human Rights (SOHR)" teaches the reader that a later
"SOHR", "the Observatory", "the Britain-based monitor" and "the monitoring group" are the same body;
"state television" is the broadcaster the report names. A source's name is then made canonical
through the actor lexicon, so the same body carries the same name across documents too.

The table is built once per Doc from the named organisations (spaCy ORG entities and the actor
lexicon's bodies), with an acronym in brackets after a name ("... Rights (SOHR)") kept as its alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from counterclaim.actors import lexicon
from counterclaim.datafiles import mapping, words
from counterclaim.nlp import entities

__all__ = ["Source", "canonical_name", "document_sources", "named_by_leader", "resolve_role", "resolve_source"]

_KEY = "counterclaim.claims.sources"
_ROLE_WORDS = {role: frozenset(w.split("|")) for role, w in mapping("counterclaim.claims", "source_role_nouns").items()}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{1,7}$")
_WORD = re.compile(r"[\w-]+")
_BODY_KINDS = frozenset({"organisation", "armed_group"})
_FUNCTION_WORDS = words("counterclaim.claims", "name_function_words")


@dataclass(frozen=True, slots=True)
class Source:
    """A body the report names: where, its name as the lexicon knows it, its words and acronym.

    ``known``: the actor lexicon knows the body, so it outranks a name only the parser found
    (a run-on headline gives entities such as "Damascus Monitor Fierce").
    """

    start: int
    name: str
    words: frozenset[str]
    acronym: str | None = None
    known: bool = False


def canonical_name(text: str) -> str:
    """The lexicon's name for a body, else the text without a leading article."""
    known = lexicon().canonical(text)
    return known if known else re.sub(r"^(?:the|The)\s+", "", text.strip())


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in _FUNCTION_WORDS)


def _acronym_after(doc: Doc, end: int) -> str | None:
    """ "the Syrian Observatory for Human Rights (SOHR)": the bracketed acronym right after a name."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        candidate = doc[end + 1].text
        if _ACRONYM.match(candidate) and sum(c.isupper() for c in candidate) >= 2:
            return candidate
    return None


def _clean_name(entity: Span) -> bool:
    """A name as names are written: not a number, no article or lower-case word inside it ("al-Bulel the
    Observatory"), and within one line (a headline run into the first sentence is not one name)."""
    inner = list(entity)[1:]
    return (
        not entity.text.isdigit()
        and "\n" not in entity.text
        and not any(t.lower_ in {"the", "a", "an"} or (t.is_lower and t.is_alpha and len(t) > 3) for t in inner)
    )


def _prefer_known(sources: list[Source], position: int) -> Source | None:
    known = [s for s in sources if s.known]
    return _nearest(known, position) if known else _nearest(sources, position)


def document_sources(doc: Doc) -> tuple[Source, ...]:
    """Every body the Doc names, in text order; built once per Doc."""
    found: tuple[Source, ...] | None = doc.user_data.get(_KEY)
    if found is not None:
        return found
    sources = [
        Source(
            ent.start_char,
            canonical_name(ent.text),
            _words(ent.text),
            _acronym_after(doc, ent.end),
            lexicon().canonical(ent.text) is not None,
        )
        for ent in entities(doc, "ORG")
        if _clean_name(ent)
    ]
    sources += [
        Source(m.start, m.canonical, _words(m.text) | _words(m.canonical), known=True)
        for m in lexicon().mentions(doc)
        if m.kind in _BODY_KINDS
    ]
    found = doc.user_data[_KEY] = tuple(sorted(sources, key=lambda s: s.start))
    return found


def _nearest(sources: list[Source], position: int) -> Source | None:
    """The last source named before ``position``, else the first after it."""
    before = [s for s in sources if s.start < position]
    if before:
        return before[-1]
    return sources[0] if sources else None


def named_by_leader(name: str) -> bool:
    """ "US-led coalition", "Saudi-led coalition": an alliance named by the state that leads it."""
    return any(word.endswith("-led") for word in name.casefold().split())


def resolve_source(tokens: list[Token], head: Token) -> str | None:
    """The body a phrase stands for in this report: its acronym, a short form of its name, or a role noun.

    ``tokens`` are the phrase's words; only phrases without a name of their own are resolved by role
    ("the Britain-based monitor", "state TV"), so "a Russian news agency" stays itself.
    """
    sources = [s for s in document_sources(head.doc) if s.start != tokens[0].idx]
    text = " ".join(t.text for t in tokens)
    acronym = next((s for s in sources if s.acronym and s.acronym == text.strip()), None)
    if acronym is not None:
        return acronym.name
    if head.pos_ == "NOUN" and any(t.lower_.endswith("-based") or t.lower_ == "based" for t in tokens):
        # "the UK-based opposition organisation": a body described by its seat, not named, is one the report names;
        # never an alliance named by who leads it ("US-led coalition"): a seat describes a body, not an alliance
        seated = [
            s for s in sources if s.known and lexicon().kind(s.name) == "organisation" and not named_by_leader(s.name)
        ]
        chosen = _nearest(seated, head.idx)
        return chosen.name if chosen else None
    proper = [t for t in tokens if t.pos_ == "PROPN" and not lexicon().country(t.text)]
    if proper:  # a short form of a name ("the Observatory"), never a phrase about another body ("UN agency")
        if head not in proper:
            return None
        short = _words(" ".join(t.text for t in proper))
        chosen = _prefer_known([s for s in sources if short < s.words], head.idx)
        return chosen.name if chosen else None
    role = _ROLE_WORDS.get(head.lemma_.casefold()) or next(
        (_ROLE_WORDS[t.lemma_.casefold()] for t in tokens if t.lemma_.casefold() in _ROLE_WORDS), None
    )
    if role is None:
        return None
    chosen = _prefer_known([s for s in sources if s.words & role], head.idx)
    return chosen.name if chosen else None


def resolve_role(word: Token) -> str | None:
    """The body a bare role noun stands for ("Monitor" ending a headline, capitalised or not): the body of
    its class the report names, nearest to it (for a headline: the first named after it)."""
    role = _ROLE_WORDS.get(word.lemma_.casefold()) or _ROLE_WORDS.get(word.lower_)
    if role is None:
        return None
    sources = [s for s in document_sources(word.doc) if s.start != word.idx]
    chosen = _prefer_known([s for s in sources if s.words & role], word.idx)
    return chosen.name if chosen else None
