"""Stage 3: speakers, part 1 — read a speaker's noun phrase the way a reader does (resolving is ``resolver.py``).

A subject such as "Interior Ministry spokesman Brigadier General Omar Haddad" is read
right to left: the run of capitalised words at the end is the name, a rank from ``ranks.txt``
stands right before it, then a title (a head word from ``titles.txt`` with its modifiers), and
what is left is the affiliation; a demonym or country anywhere gives the country. An apposition
("Ash Carter, the US defence secretary," / "X, a spokesman for Y,") adds title and affiliation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from counterclaim.actors import lexicon
from counterclaim.datafiles import SHARED, phrases, words
from counterclaim.models import Speaker, SpeakerKind
from counterclaim.nlp import doc_text

__all__ = [
    "GROUP_PRONOUNS",
    "PERSONAL_PRONOUNS",
    "THING_PRONOUNS",
    "Mention",
    "describe",
    "is_document_noun",
    "is_honorific",
    "noun_phrase",
    "span_text",
]

_HERE = "counterclaim.attribution"
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
THING_PRONOUNS = frozenset({"it"})
_BREAKS = frozenset({",", "(", ")", "—", "–", "--", ";", ":", '"', "“", "”"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One way the text names a speaker, with the parts a reader takes from the words around it."""

    speaker: Speaker
    start: int
    end: int
    person_key: str | None = None  # the surname that later short mentions use
    title_head: str | None = None  # "the secretary said": a title with no name, pointing back to a person
    org_head: str | None = None  # "the ministry said": an organisation noun with no name, pointing back to one
    document_head: str | None = None  # "the statement said": a document with no author named, pointing back to one
    described_as: str | None = None  # "the teacher said": a noun the text may have used to describe a named person


def span_text(tokens: list[Token]) -> str:
    """The text from the first token to the end of the last, as written (spaces and all)."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


def _squeezed(tokens: list[Token]) -> list[str]:
    """Each token's case-folded text, so that "Lt." and "Lt" "." compare alike once joined without spaces."""
    return [t.text.casefold() for t in tokens]


def _starts_with_phrase(tokens: list[Token], entries: tuple[tuple[str, ...], ...]) -> int:
    """Number of tokens covered by the longest entry matching the start of ``tokens`` (0 when none)."""
    folded = _squeezed(tokens)
    for entry in entries:
        target = "".join(entry)
        joined = ""
        for n, text in enumerate(folded, start=1):
            joined += text
            if joined == target and (n == len(folded) or folded[n] != "."):
                return n
            if not target.startswith(joined):
                break
    return 0


def _ends_with_phrase(tokens: list[Token], entries: tuple[tuple[str, ...], ...]) -> int:
    """Number of tokens covered by the longest entry matching the end of ``tokens`` (0 when none)."""
    folded = _squeezed(tokens)
    for entry in entries:
        target = "".join(entry)
        joined = ""
        for n, text in enumerate(reversed(folded), start=1):
            joined = text + joined
            if joined == target:
                return n
            if not target.endswith(joined):
                break
    return 0


def is_honorific(word: str) -> bool:
    """ "Mr", "Dr.", "Dame": a word before a name that is not part of it (``lexicon/data/honorifics.txt``)."""
    return word.casefold() in words(SHARED, "honorifics")


def _is_leading_word(word: str) -> bool:
    """ "the", "a", "this": a determiner that opens a phrase but is no part of a name or body."""
    return word.casefold() in words(_HERE, "determiners")


def _is_title_word(token: Token) -> bool:
    return token.text.casefold() in words(_HERE, "titles")


def _is_name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or _is_title_word(token) or token.text.casefold() in words(_HERE, "title_modifiers"):
        return False
    if lexicon().country(text) and token.ent_type_ in {"GPE", "NORP", ""}:
        return False
    return token.pos_ in {"PROPN", "NOUN", "ADJ", "X"} or token.ent_type_ == "PERSON"


def noun_phrase(head: Token) -> list[Token]:
    """The head and the words before it in its phrase ("US Secretary of State John Kerry").

    Stops at a comma, bracket or dash: what stands before one is not part of the name.
    """
    tokens = list(head.doc[head.left_edge.i : head.i + 1])
    for cut in range(len(tokens) - 1, -1, -1):
        if tokens[cut].text in _BREAKS or "\n" in tokens[cut].text:
            tokens = tokens[cut + 1 :]
            break
    while tokens and (tokens[0].is_punct or _is_leading_word(tokens[0].text)):
        tokens = tokens[1:]
    return tokens or [head]


def _split_name(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """(words before the name, the name) — the name is the run of capitalised words at the end."""
    cut = len(tokens)
    while cut > 0 and _is_name_word(tokens[cut - 1]):
        cut -= 1
    rest, name = tokens[:cut], tokens[cut:]
    while name:
        honorific = 1 if is_honorific(name[0].text) else 0
        rank = _starts_with_phrase(name, phrases(_HERE, "ranks"))
        drop = max(honorific, rank if rank < len(name) else 0)
        if not drop:
            break
        rest, name = rest + name[:drop], name[drop:]
    return rest, name


def _title(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """(words before the title, the title): a title head word with its modifiers and an "of ..." tail."""
    heads = [i for i, t in enumerate(tokens) if _is_title_word(t)]
    if not heads:
        return tokens, None
    head = heads[-1]
    end = head + 1
    if end < len(tokens) and tokens[end].lower_ == "of":
        end = len(tokens)
    begin = head
    while begin > 0 and (
        tokens[begin - 1].text.casefold() in words(_HERE, "title_modifiers")
        or _is_title_word(tokens[begin - 1])
        or (tokens[begin - 1].text == "-" and begin > 1)  # "Secretary-General", "vice-president"
    ):
        begin -= 1
    return tokens[:begin], span_text(tokens[begin:end])


def _country(tokens: list[Token]) -> str | None:
    for token in tokens:
        country = lexicon().country(token.text)
        if country:
            return country
    for mention in lexicon().find(span_text(tokens)):
        if mention.kind == "state":
            return mention.canonical
    return None


def _affiliation(tokens: list[Token]) -> str | None:
    """The body a speaker speaks for: what is left once it is more than a bare demonym."""
    tokens = [t for t in tokens if not t.is_punct and not _is_leading_word(t.text)]
    while tokens and tokens[0].text.casefold() in words(_HERE, "status_words") | words(_HERE, "title_modifiers"):
        tokens = tokens[1:]
    while tokens and tokens[-1].dep_ == "case":
        tokens = tokens[:-1]
    if not tokens or all(lexicon().country(t.text) for t in tokens):
        return None
    return span_text(tokens)


def _prepositional_affiliation(head: Token) -> str | None:
    """ "a spokesman for the Taliban", "a researcher at the agency": the body after the preposition."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at", "with", "from"}:
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects:
                return span_text(noun_phrase(objects[0]))
    return None


def _appositive_parts(head: Token) -> tuple[str | None, str | None, str | None]:
    """(title, affiliation, country) from "X, the US defence secretary," or "X, a spokesman for Y,"."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        phrase = noun_phrase(child)
        rest, title = _title(phrase)
        affiliation = (_affiliation(rest) if title else None) or _prepositional_affiliation(child)
        country = _country([*phrase, *(t for t in child.subtree)])
        return title, affiliation, country
    return None, None, None


def _actor_in(tokens: list[Token]) -> str | None:
    """A named armed group or organisation inside a group's words ("Taliban fighters" → Taliban)."""
    for mention in lexicon().find(span_text(tokens)):
        if mention.kind != "state":
            return mention.canonical
    return None


def _person_kind(name: list[Token], had_title_or_rank: bool) -> bool:
    known = lexicon().canonical(span_text(name))
    if known is not None and lexicon().kind(known) != "person":
        return False  # "Human Rights Watch", "Hamas": the lexicon knows them as bodies
    if any(t.ent_type_ == "PERSON" for t in name):
        return True
    if any(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} for t in name) and not had_title_or_rank:
        return False
    if len(name) == 1 and name[0].pos_ == "PROPN" and name[0].ent_type_ == "" and name[0].tag_ == "NNP":
        return name[0].text.casefold() not in words(_HERE, "org_nouns")  # a bare surname: "Lyons said"
    return had_title_or_rank or len(name) >= 2


def _group_or_org(tokens: list[Token], head: Token) -> SpeakerKind:
    known = lexicon().canonical(span_text(tokens))
    if known and lexicon().kind(known) in {"organisation", "state"}:
        return "organisation"
    lemma = head.lemma_.casefold()
    group_noun = head.text.casefold() in words(_HERE, "group_nouns")
    plural = head.tag_ in {"NNS", "NNPS"} or head.ent_type_ == "NORP"
    if group_noun or (plural and lemma not in words(_HERE, "org_nouns")):
        return "group"
    return "organisation"


def describe(head: Token) -> Mention:
    """Read the noun phrase headed by ``head`` into a Speaker (unresolved: pronouns stay pronouns)."""
    head = _named_apposition(head) or head
    author = _author_of_document(head)
    if author is not None:
        return describe(author)
    tokens = noun_phrase(head)
    as_written = span_text(tokens)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if head.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
        kind: SpeakerKind = "person" if head.lower_ in PERSONAL_PRONOUNS else "group"
        return Mention(Speaker(None, head.text, kind), head.idx, head.idx + len(head))
    rest, name = _split_name(tokens)
    ranks_in_rest = _ends_with_phrase(rest, phrases(_HERE, "ranks"))
    if ranks_in_rest and len(rest) > ranks_in_rest and rest[len(rest) - ranks_in_rest - 1].text == "-":
        ranks_in_rest = 0  # "Secretary-General" is a title, not the rank General
    rank_tokens = [t for t in rest[len(rest) - ranks_in_rest :]] if ranks_in_rest else []
    honorific = [t for t in rest if is_honorific(t.text)]
    rest = rest[: len(rest) - ranks_in_rest] if ranks_in_rest else rest
    rest = [t for t in rest if not is_honorific(t.text)]
    before_title, title = _title(rest)
    app_title, app_affiliation, app_country = _appositive_parts(head)
    rank = span_text(rank_tokens) or None
    if name and _person_kind(name, bool(title or rank or honorific or app_title)):
        name_text = span_text(name)
        speaker = Speaker(
            name=name_text,
            as_written=as_written,
            kind="person",
            title=title or app_title,
            rank=rank,
            affiliation=_affiliation(before_title) or app_affiliation,
            country=_country(tokens) or app_country,
        )
        return Mention(speaker, name[0].idx, name[-1].idx + len(name[-1]), person_key=name[-1].text.casefold())
    kind = _group_or_org(tokens, head)
    canonical = lexicon().canonical(as_written) or _strip_leading(_with_canonical_countries(tokens))
    if _is_title_word(head) and head.tag_ == "NN" and _definite(head):
        speaker = Speaker(None, as_written, "person", title=title)
        return Mention(speaker, start, end, title_head=head.text.casefold())
    if _definite(head) and _has_age(tokens):
        # "the 45-year-old said", "the 45-year-old mother said": an age describes a person just named
        speaker = Speaker(None, as_written, "person")
        return Mention(speaker, start, end, title_head=head.text.casefold())
    speaker = Speaker(
        name=canonical,
        as_written=as_written,
        kind=kind,
        title=title if kind == "group" else None,
        affiliation=app_affiliation
        or (_affiliation(before_title) if title else None)
        or (_prepositional_affiliation(head) if kind == "group" else None)
        or (_actor_in(tokens) if kind == "group" else None),
        country=_country(tokens) or app_country,
    )
    if _described_only(tokens, head):  # resolved against the bodies and documents named before (resolver.py)
        noun = _hyphenated_head(head)
        lemma = head.lemma_.casefold()
        if is_document_noun(lemma):
            return Mention(speaker, start, end, document_head=lemma)
        if kind == "organisation" and head.lower_ in words(_HERE, "org_nouns") | words(_HERE, "described_bodies"):
            return Mention(speaker, start, end, org_head=head.lower_)
        if _is_person_noun(noun):  # the person just named, else this speaker as it is (resolver.py)
            return Mention(speaker, start, end, title_head=noun.lower_)
        # "the activist said": the person the text described with that noun, if any (resolver.py) — not
        # merely the last person named, who may be someone else ("the source" is the unnamed source)
        return Mention(speaker, start, end, described_as=noun.lower_)
    return Mention(speaker, start, end)


def _is_person_noun(head: Token) -> bool:
    """ "the sergeant", "the mother": a singular noun for one person (a rank, a gendered noun) — with
    "the" it points back to the person just named, as a title does. Role nouns such as "source" are
    not: "the source" is the unnamed source met before, not the last person named."""
    word = head.lower_
    ranks = {entry[0] for entry in phrases(_HERE, "ranks") if len(entry) == 1}
    gendered = {entry[0] for entry in phrases(_HERE, "gendered_nouns")}
    return word in ranks or word in gendered


def _has_age(tokens: list[Token]) -> bool:
    """ "45-year-old", "45 years old": a phrase giving a person's age."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower_ == "old" and any(t.lemma_.casefold() == "year" for t in tokens[max(0, i - 2) : i]):
            return any(t.like_num for t in tokens[max(0, i - 4) : i])
    return False


def _described_only(tokens: list[Token], head: Token) -> bool:
    """ "the ministry", "the Britain-based monitor", "the statement": "the" and common words, no name in them.

    Such a phrase stands for a body (or a document) the text has named before; a phrase with a
    capitalised word of its own ("the Defence Ministry") names it itself.
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or _hyphenated_head(head).tag_ != "NN":
        return False
    named = [
        t
        for t in tokens
        if t.i not in (head.i, tokens[0].i) and t.text[:1].isupper() and lexicon().country(t.text) is None
    ]  # "the Britain-based monitor", "the Syrian ministry": a country says where, not which body
    return not named and not (head.text[:1].isupper() and head.i != tokens[0].i)


def _hyphenated_head(head: Token) -> Token:
    """ "sergeant-at-arms", "commander-in-chief", "mother-in-law": a noun-preposition-noun compound is
    headed by its first noun (the parse heads it by the last, "arms", a plural); any other word is its own head."""
    doc, i = head.doc, head.i
    if i < 4 or head.pos_ != "NOUN":
        return head
    first, hyphen, preposition, second = doc[i - 4], doc[i - 3], doc[i - 2], doc[i - 1]
    joined = not (first.whitespace_ or hyphen.whitespace_ or preposition.whitespace_ or second.whitespace_)
    if joined and hyphen.text == second.text == "-" and preposition.pos_ == "ADP" and first.pos_ == "NOUN":
        return first
    return head


def _definite(head: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "his", "her", "their"} for c in head.children)


def _author_of_document(head: Token) -> Token | None:
    """ "The ministry's statement said …": a statement speaks for its author."""
    if not is_document_noun(head.lemma_.casefold()):
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            return child
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.pos_ in {"PROPN", "NOUN"}]
            if objects:
                return objects[0]
    return None


def is_document_noun(lemma: str) -> bool:
    """ "statement", "report", "complaint", "book": a document that speaks for its author."""
    return lemma in words(_HERE, "document_nouns") or lemma in words(_HERE, "authored_documents")


def _with_canonical_countries(tokens: list[Token]) -> str:
    """ "US officials" and "United States officials" are one group: a country's short name becomes its canonical one.

    Demonyms stay as written ("Russian defence officials"): they read as adjectives.
    """
    parts = []
    for token in tokens:
        country = lexicon().country(token.text)
        written = token.text if country is None or token.text.casefold() in lexicon().demonyms else country
        parts.append(written + token.whitespace_)
    return "".join(parts).strip()


def _strip_leading(text: str) -> str:
    first, _, remainder = text.partition(" ")
    return remainder if _is_leading_word(first) and remainder else text


def _named_apposition(head: Token) -> Token | None:
    """In "the US defence secretary, Ash Carter, said" the named apposition is the speaker's name."""
    if head.ent_type_ == "PERSON":
        return None
    for noun in _title_phrase_nouns(head):
        for token in noun.children:
            if token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
                return token
    return None


def _title_phrase_nouns(head: Token) -> list[Token]:
    """The head and the nouns of its "of …" tail: in "the Secretary of State, John Kerry," the parse
    may hang the name on the last noun of the title ("State") rather than on its head."""
    nouns = [head]
    current = head
    while True:
        of = next((c for c in current.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        if not objects:
            return nouns
        current = objects[0]
        nouns.append(current)
