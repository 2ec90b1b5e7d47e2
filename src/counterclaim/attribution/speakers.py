"""Stage 3: speakers — read a speaker's noun phrase the way a reader does, and resolve later mentions.

A subject such as "Russian Defence Ministry spokesman Major General Igor Konashenkov" is read
right to left: the run of capitalised words at the end is the name, a rank from ``ranks.txt``
stands right before it, then a title (a head word from ``titles.txt`` with its modifiers), and
what is left is the affiliation; a demonym or country anywhere gives the country. An apposition
("Ash Carter, the US defence secretary," / "X, a spokesman for Y,") adds title and affiliation.

Later mentions are resolved against what came before: "Mr Kerry" or "Kerry" take the full
name first given, "he"/"she" the nearest named subject or speaker of that gender (an honorific,
a gendered noun from ``gendered_nouns.txt`` or a pronoun after the name tells it), "the
45-year-old" the person just named, "they"/"it" the most recent group or organisation. The
resolved mention's offsets are kept so a reader can check the choice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from counterclaim.actors import lexicon
from counterclaim.attribution.lexicons import phrases, words
from counterclaim.models import Speaker, SpeakerKind
from counterclaim.nlp import doc_text

__all__ = ["Mention", "SpeakerResolver", "describe"]

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "prof", "prof."})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "we"})
THING_PRONOUNS = frozenset({"it"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "himself": "he", "she": "she", "her": "she", "hers": "she"}
_HONORIFIC_GENDER = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she", "sir": "he", "dame": "she"}
# How far back (characters) "the founder" may point to a person named without that title.
DESCRIPTION_REACH = 400
_STATUS_WORDS = frozenset({"retired", "former", "late", "then", "outgoing", "incoming", "veteran"})
_BREAKS = frozenset({",", "(", ")", "—", "–", "--", ";", ":", '"', "“", "”"})
_LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass(frozen=True, slots=True)
class Mention:
    """One way the text names a speaker, with the parts a reader takes from the words around it."""

    speaker: Speaker
    start: int
    end: int
    person_key: str | None = None  # the surname that later short mentions use
    title_head: str | None = None  # "the secretary said": a title with no name, pointing back to a person


def _text(tokens: list[Token]) -> str:
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


def _is_title_word(token: Token) -> bool:
    return token.text.casefold() in words("titles")


def _is_name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or _is_title_word(token) or token.text.casefold() in words("title_modifiers"):
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
    while tokens and (tokens[0].is_punct or tokens[0].text.casefold() in _LEADING_WORDS):
        tokens = tokens[1:]
    return tokens or [head]


def _split_name(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """(words before the name, the name) — the name is the run of capitalised words at the end."""
    cut = len(tokens)
    while cut > 0 and _is_name_word(tokens[cut - 1]):
        cut -= 1
    rest, name = tokens[:cut], tokens[cut:]
    while name:
        honorific = 1 if name[0].text.casefold() in HONORIFICS else 0
        rank = _starts_with_phrase(name, phrases("ranks"))
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
        tokens[begin - 1].text.casefold() in words("title_modifiers")
        or _is_title_word(tokens[begin - 1])
        or (tokens[begin - 1].text == "-" and begin > 1)  # "Secretary-General", "vice-president"
    ):
        begin -= 1
    return tokens[:begin], _text(tokens[begin:end])


def _country(tokens: list[Token]) -> str | None:
    for token in tokens:
        country = lexicon().country(token.text)
        if country:
            return country
    for mention in lexicon().find(_text(tokens)):
        if mention.kind == "state":
            return mention.canonical
    return None


def _affiliation(tokens: list[Token]) -> str | None:
    """The body a speaker speaks for: what is left once it is more than a bare demonym."""
    tokens = [t for t in tokens if not t.is_punct and t.text.casefold() not in _LEADING_WORDS]
    while tokens and tokens[0].text.casefold() in _STATUS_WORDS | words("title_modifiers"):
        tokens = tokens[1:]
    while tokens and tokens[-1].dep_ == "case":
        tokens = tokens[:-1]
    if not tokens or all(lexicon().country(t.text) for t in tokens):
        return None
    return _text(tokens)


def _prepositional_affiliation(head: Token) -> str | None:
    """ "a spokesman for the Taliban", "a researcher at the agency": the body after the preposition."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at", "with", "from"}:
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects:
                return _text(noun_phrase(objects[0]))
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
    for mention in lexicon().find(_text(tokens)):
        if mention.kind != "state":
            return mention.canonical
    return None


def _person_kind(name: list[Token], had_title_or_rank: bool) -> bool:
    known = lexicon().canonical(_text(name))
    if known is not None and lexicon().kind(known) != "person":
        return False  # "Human Rights Watch", "Hamas": the lexicon knows them as bodies
    if any(t.ent_type_ == "PERSON" for t in name):
        return True
    if any(t.ent_type_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} for t in name) and not had_title_or_rank:
        return False
    if len(name) == 1 and name[0].pos_ == "PROPN" and name[0].ent_type_ == "" and name[0].tag_ == "NNP":
        return name[0].text.casefold() not in words("org_nouns")  # a bare surname: "Lyons said"
    return had_title_or_rank or len(name) >= 2


def _group_or_org(tokens: list[Token], head: Token) -> SpeakerKind:
    known = lexicon().canonical(_text(tokens))
    if known and lexicon().kind(known) in {"organisation", "state"}:
        return "organisation"
    lemma = head.lemma_.casefold()
    group_noun = head.text.casefold() in words("group_nouns")
    plural = head.tag_ in {"NNS", "NNPS"} or head.ent_type_ == "NORP"
    if group_noun or (plural and lemma not in words("org_nouns")):
        return "group"
    return "organisation"


def describe(head: Token) -> Mention:
    """Read the noun phrase headed by ``head`` into a Speaker (unresolved: pronouns stay pronouns)."""
    head = _named_apposition(head) or head
    author = _author_of_document(head)
    if author is not None:
        return describe(author)
    tokens = noun_phrase(head)
    as_written = _text(tokens)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if head.lower_ in PERSONAL_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS:
        kind: SpeakerKind = "person" if head.lower_ in PERSONAL_PRONOUNS else "group"
        return Mention(Speaker(None, head.text, kind), head.idx, head.idx + len(head))
    rest, name = _split_name(tokens)
    ranks_in_rest = _ends_with_phrase(rest, phrases("ranks"))
    if ranks_in_rest and len(rest) > ranks_in_rest and rest[len(rest) - ranks_in_rest - 1].text == "-":
        ranks_in_rest = 0  # "Secretary-General" is a title, not the rank General
    rank_tokens = [t for t in rest[len(rest) - ranks_in_rest :]] if ranks_in_rest else []
    honorific = [t for t in rest if t.text.casefold() in HONORIFICS]
    rest = rest[: len(rest) - ranks_in_rest] if ranks_in_rest else rest
    rest = [t for t in rest if t.text.casefold() not in HONORIFICS]
    before_title, title = _title(rest)
    app_title, app_affiliation, app_country = _appositive_parts(head)
    rank = _text(rank_tokens) or None
    if name and _person_kind(name, bool(title or rank or honorific or app_title)):
        name_text = _text(name)
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
    return Mention(speaker, start, end)


def _has_age(tokens: list[Token]) -> bool:
    """ "45-year-old", "45 years old": a phrase giving a person's age."""
    for i, token in enumerate(tokens[1:], start=1):
        if token.lower_ == "old" and any(t.lemma_.casefold() == "year" for t in tokens[max(0, i - 2) : i]):
            return any(t.like_num for t in tokens[max(0, i - 4) : i])
    return False


def _definite(head: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "his", "her", "their"} for c in head.children)


def _author_of_document(head: Token) -> Token | None:
    """ "The ministry's statement said …": a statement speaks for its author."""
    if head.lemma_.casefold() not in words("document_nouns"):
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
    return remainder if first.casefold() in _LEADING_WORDS and remainder else text


def _named_apposition(head: Token) -> Token | None:
    """In "the US defence secretary, Ash Carter, said" the named apposition is the speaker's name."""
    if head.ent_type_ == "PERSON":
        return None
    for token in head.subtree:  # also "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad,"
        if token.dep_ == "appos" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and token is not head:
            return token
    return None


class SpeakerResolver:
    """What a reader remembers while reading: the people named so far and the last speakers."""

    def __init__(self, doc: Doc) -> None:
        self._people: dict[str, Mention] = {}
        self._named: list[tuple[int, Mention]] = []  # (offset, mention) of named subjects and speakers
        self._doc = doc
        self._gender: dict[str, str] = {}  # surname key → "he" or "she", learnt from the text
        self._register_entities(doc)
        self._learn_genders(doc)

    def _register_entities(self, doc: Doc) -> None:
        """Full names anywhere in the text, so "Lavrov" finds "Sergei Lavrov" even if he never spoke first."""
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = [t for t in ent if t.text.casefold() not in HONORIFICS and not t.is_punct]
            if len(name) >= 2:
                key = name[-1].text.casefold()
                if key not in self._people:
                    speaker = Speaker(_text(name), _text(name), "person")
                    self._people[key] = Mention(speaker, name[0].idx, name[-1].idx + len(name[-1]), key)

    def knows_surname(self, word: str, at: int) -> bool:
        """Whether ``word`` is the last name of a person named in full before ``at`` ("Trump" after "Donald Trump")."""
        known = self._people.get(word.casefold())
        return known is not None and known.start < at

    def remember(self, mention: Mention) -> None:
        """Note a named mention (a speaker or a sentence subject) as a candidate for later pronouns."""
        if mention.speaker.name is None:
            return
        mention = self.resolve(mention, mention.start)
        self._named.append((mention.start, mention))
        key = mention.person_key
        if not key or not mention.speaker.name or " " not in mention.speaker.name:
            return
        known = self._people.get(key)
        if known is None or known.speaker.name != mention.speaker.name:
            if known is None or known.start > mention.start:
                self._people[key] = mention
            return
        merged = _inherit(known.speaker, mention.speaker)
        self._people[key] = Mention(merged, known.start, known.end, key)

    def resolve(self, mention: Mention, at: int) -> Mention:
        """The named mention ``mention`` stands for, looked up at text offset ``at``."""
        speaker = mention.speaker
        pronoun = speaker.as_written.casefold()
        if mention.title_head is not None:
            return self._titled_antecedent(mention, at)
        known_surname = self._people.get(_bare_surname(speaker.as_written))
        if speaker.kind != "person" and known_surname is not None and known_surname.start < mention.start:
            inherited = _inherit(speaker, known_surname.speaker)
            return Mention(inherited, mention.start, mention.end, known_surname.person_key)
        if speaker.name is None and pronoun in PERSONAL_PRONOUNS:
            return self._antecedent(mention, at, {"person"})
        if speaker.name is None and pronoun in GROUP_PRONOUNS:
            return self._antecedent(mention, at, {"group", "organisation"})
        if speaker.name is None and pronoun in THING_PRONOUNS:
            return self._antecedent(mention, at, {"organisation"})
        if speaker.kind == "person" and mention.person_key:
            known = self._people.get(mention.person_key)
            if known and known.start < mention.start and _shorter_form(speaker.name, known.speaker.name):
                return Mention(_inherit(speaker, known.speaker), mention.start, mention.end, mention.person_key)
        return mention

    def _learn_genders(self, doc: Doc) -> None:
        """A person's gender: an honorific ("Mr", "Ms"), a gendered noun beside the name
        ("spokeswoman Jane Roe", "Roe, a mother of two,"), or the first "he"/"she" (or "his"/"her")
        after the name before anyone else is named — the subject's name, where one was the subject.

        Why: with two people in a story, "she said" must skip the man named last. A pronoun in the
        name's own sentence is sure evidence; one in a later sentence counts only while no other
        person is surely of that gender (then the pronoun may well be theirs).
        """
        sure: dict[str, str] = {}
        weak: dict[str, str] = {}
        last: tuple[str, int] | None = None  # (surname key, sentence start) of the last person named
        subject: tuple[str, int] | None = None  # the same for the last person named as a subject
        starts = {ent.start: ent for ent in doc.ents if ent.label_ == "PERSON"}
        in_names = {t.i for ent in starts.values() for t in ent}
        for token in doc:
            if token.i in starts or (
                token.i not in in_names and token.text[:1].isupper() and token.text.casefold() in self._people
            ):
                ent = starts.get(token.i)
                names = [t for t in ent if not t.is_punct] if ent is not None else [token]
                root = ent.root if ent is not None else token
                key = names[-1].text.casefold() if names else ""
                if not key:
                    continue
                last = (key, token.sent.start)
                subject = last if root.dep_ in {"nsubj", "nsubjpass"} else subject
                honorific = token.doc[token.i - 1].lower_.rstrip(".") if token.i > 0 else ""
                if honorific in _HONORIFIC_GENDER:
                    sure.setdefault(key, _HONORIFIC_GENDER[honorific])
                described = _described_gender(root)
                if described:
                    sure.setdefault(key, described)
                continue
            gender = _PRONOUN_GENDER.get(token.lower_)
            if not gender or last is None:
                continue
            # "Holm met Haddad. She said …": the subject of the sentence that last named someone
            key, sentence = subject if subject is not None and subject[1] == last[1] else last
            if sentence == token.sent.start:
                sure.setdefault(key, gender)
            elif not any(g == gender for k, g in sure.items() if k != key):
                weak.setdefault(key, gender)
            last = subject = None
        self._gender = {**weak, **sure}

    def _compatible(self, candidate: Mention, pronoun: str) -> bool:
        wanted = _PRONOUN_GENDER.get(pronoun)
        known = self._gender.get(candidate.person_key or "")
        return wanted is None or known is None or known == wanted

    def _before(self, at: int) -> list[tuple[int, Mention]]:
        """Named mentions before ``at``, nearest first: subjects and speakers are noted in two passes,
        so the order they were noted in is not the order of the text."""
        earlier = [(offset, candidate) for offset, candidate in reversed(self._named) if offset < at]
        return sorted(earlier, key=lambda pair: -pair[0])

    def _antecedent(self, mention: Mention, at: int, kinds: set[str]) -> Mention:
        pronoun = mention.speaker.as_written.casefold()
        compatible = [
            (offset, candidate)
            for offset, candidate in self._before(at)
            if candidate.speaker.kind in kinds and self._compatible(candidate, pronoun)
        ]
        if compatible:
            candidate = compatible[0][1]
            if pronoun in _PRONOUN_GENDER and self._gender.get(candidate.person_key or "") is None:
                # "she said" after "Jane Roe … Ahmed Zaki": a nearby person known as "she" beats one of unknown gender
                known = [
                    (o, c)
                    for o, c in compatible
                    if at - DESCRIPTION_REACH <= o and self._gender.get(c.person_key or "") == _PRONOUN_GENDER[pronoun]
                ]
                if known:
                    candidate = known[0][1]
            resolved = self.resolve(candidate, candidate.start)
            found = replace(resolved.speaker, as_written=mention.speaker.as_written)
            return Mention(found, candidate.start, candidate.end, candidate.person_key)
        return mention

    def _titled_antecedent(self, mention: Mention, at: int) -> Mention:
        """ "the secretary said" points back to the last person whose title ends in that word."""
        for offset, candidate in reversed(self._named):
            title = (candidate.speaker.title or "").casefold()
            if offset < at and candidate.speaker.kind == "person" and title.endswith(mention.title_head or "-"):
                found = replace(candidate.speaker, as_written=mention.speaker.as_written)
                return Mention(found, candidate.start, candidate.end, candidate.person_key)
        for offset, candidate in reversed(self._named):
            # "the 39-year-old founder said": with no one of that title, the person just named.
            if at - DESCRIPTION_REACH <= offset < at and candidate.speaker.kind == "person":
                found = replace(candidate.speaker, as_written=mention.speaker.as_written)
                return Mention(found, candidate.start, candidate.end, candidate.person_key)
        return Mention(replace(mention.speaker, kind="group"), mention.start, mention.end)

    def last_speaker_before(self, at: int) -> Mention | None:
        for offset, candidate in reversed(self._named):
            if offset < at:
                return candidate
        return None


def _gendered_nouns() -> dict[str, str]:
    return {entry[0]: entry[1] for entry in phrases("gendered_nouns") if len(entry) == 2}


def _described_gender(root: Token) -> str | None:
    """ "spokeswoman Jane Roe", "John Doe, a father of three,": a gendered noun in the name's phrase or apposition."""
    nouns = _gendered_nouns()
    described = [t for t in noun_phrase(root) if t.i < root.i]
    described += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        described.append(root.head)
    for token in reversed(described):
        gender = nouns.get(token.lower_)
        if gender:
            return gender
    return None


def _bare_surname(written: str) -> str:
    """ "Trump", "Mr. Trump" → "trump": a mention that is a surname alone, perhaps after an honorific."""
    parts = written.casefold().split()
    while len(parts) > 1 and parts[0] in HONORIFICS:
        parts = parts[1:]
    return parts[0] if len(parts) == 1 else written.casefold()


def _shorter_form(short: str | None, full: str | None) -> bool:
    if not short or not full:
        return False
    return short != full and full.casefold().endswith(short.split()[-1].casefold())


def _inherit(short: Speaker, full: Speaker) -> Speaker:
    """A later short mention keeps its own words but takes the name and roles of the first full mention."""
    return Speaker(
        name=full.name if full.name and " " in full.name else short.name,
        as_written=short.as_written,
        kind="person",
        title=short.title or full.title,
        rank=short.rank or full.rank,
        affiliation=short.affiliation or full.affiliation,
        country=short.country or full.country,
    )
