"""Stage 3: speakers, part 2 — resolve later mentions against what came before (reading one is ``mentions.py``).

"Mr Kerry" or "Kerry" take the full name first given, "he"/"she" the one person the sentence before
introduced (when the text shows that person to be "he"/"she") or else the nearest named subject or
speaker of that gender (an honorific, a gendered noun from ``gendered_nouns.txt`` or the majority of
the pronouns after the name tells it), "the 45-year-old" or "the mother" the person just named,
"they"/"it" the most recent group or organisation, "the ministry" the body named before with that
noun in its name ("the company" failing that the most salient body), "the activist" the person the
text described so, "the statement" whoever issued it, "SOHR" the words it abbreviates in brackets.
The resolved mention's offsets are kept so a reader can check the choice. Rules: ``docs/speakers.md``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from counterclaim.actors import lexicon
from counterclaim.attribution.acronyms import acronyms_in
from counterclaim.attribution.candidates import inside_quote
from counterclaim.attribution.cues import is_cue_verb, subject_of
from counterclaim.attribution.mentions import (
    GROUP_PRONOUNS,
    PERSONAL_PRONOUNS,
    THING_PRONOUNS,
    Mention,
    describe,
    is_document_noun,
    is_honorific,
    noun_phrase,
    span_text,
)
from counterclaim.attribution.quotes import QuoteSpan
from counterclaim.datafiles import SHARED, mapping, phrases, words
from counterclaim.models import Speaker
from counterclaim.nlp import doc_text, entities, same_paragraph

__all__ = ["SpeakerResolver", "acronyms_in", "in_subject_role"]

_HERE = "counterclaim.attribution"
# How far back (characters) "the founder" may point to a person named without that title.
DESCRIPTION_REACH = 400
# How far back (characters) "the ministry" or "the statement" may point to the body or document named before.
ORGANISATION_REACH = 2500
# Words no person's name holds: a PERSON entity with one is a title the parse misread ("the Birth of Modern Canada").
_NOT_IN_NAMES = frozenset({"the", "of", "and", "a", "an"})
# An honorific or a gendered noun ("Mr", "spokeswoman") is worth this many pronoun votes: it is the text's own word.
_DEFINING = 100


def _pronoun_gender(word: str) -> str | None:
    """ "he" for "him" or "his", "she" for "her" or "hers" (``data/pronoun_genders.tsv``)."""
    return mapping(_HERE, "pronoun_genders").get(word.casefold())


def _honorific_gender(word: str) -> str | None:
    """ "he" for "Mr", "she" for "Ms" or "Dame" (``lexicon/data/honorific_genders.tsv``)."""
    return mapping(SHARED, "honorific_genders").get(word.casefold())


class SpeakerResolver:
    """What a reader remembers while reading: the people named so far and the last speakers."""

    def __init__(self, doc: Doc) -> None:
        self._people: dict[str, Mention] = {}
        self._named: list[tuple[int, Mention]] = []  # (offset, mention) of named subjects and speakers
        self._doc = doc
        self._gender: dict[str, str] = {}  # surname key → "he" or "she", learnt from the text
        self._register_entities(doc)
        self._descriptions = _by_noun(self._described_people(doc))
        self._first_use: dict[int, int] | None = None  # lemma → index of its first token, read on demand
        self._learn_genders(doc)
        self._acronyms = acronyms_in(doc_text(doc))
        self._quotes: list[QuoteSpan] = []

    @property
    def doc(self) -> Doc:
        """The parsed text being read."""
        return self._doc

    def _register_entities(self, doc: Doc) -> None:
        """Full names anywhere in the text, so "Lavrov" finds "Sergei Lavrov" even if he never spoke first."""
        for ent in entities(doc, "PERSON"):
            name = [t for t in ent if not is_honorific(t.text) and not t.is_punct]
            if len(name) >= 2 and not any(t.lower_ in _NOT_IN_NAMES for t in name):
                key = name[-1].text.casefold()
                if key not in self._people:
                    speaker = Speaker(span_text(name), span_text(name), "person")
                    self._people[key] = Mention(speaker, name[0].idx, name[-1].idx + len(name[-1]), key)

    def _described_people(self, doc: Doc) -> list[tuple[int, str, Mention]]:
        """(offset, noun, person) for every common noun the text puts beside a full name: "Mississauga
        accountant Jane Roe", "Jane Roe, a retired teacher,", "the teacher, Jane Roe," — so that a later
        "the teacher said" is the person the text described so (a reader's same-head coreference). A surname
        alone counts once the full name came before ("Khaled, a father of four,", "Khaled is a volunteer")."""
        found: list[tuple[int, str, Mention]] = []
        for ent in entities(doc, "PERSON"):
            known = self._people.get(ent[-1].text.casefold())
            if known is None or (len(ent) < 2 and known.start >= ent.start_char):
                continue
            found += [(ent.start_char, noun, known) for noun in sorted(_nouns_beside(ent))]
        return found

    def _described_person(self, mention: Mention, at: int) -> Mention:
        """ "the teacher said": the person the text last described with that noun before ``at``; else as written."""
        return self._described_as(mention, at) or self._paragraph_speaker(mention, at) or mention

    def _described_as(self, mention: Mention, at: int) -> Mention | None:
        """The person the text last described before ``at`` with the mention's noun ("X, a rebel commander,",
        "shopkeeper X", "X is a teacher"), whatever X's role in that sentence; None when nobody was."""
        offsets, people = self._descriptions.get(mention.described_as or mention.title_head or "", ([], []))
        last = bisect_left(offsets, at) - 1
        if last < 0:
            return None
        person = people[last]
        found = replace(person.speaker, as_written=mention.speaker.as_written)
        return Mention(found, person.start, person.end, person.person_key)

    def _paragraph_speaker(self, mention: Mention, at: int) -> Mention | None:
        """ "Ahmed Saleh said … The engineer said …": a singular "the <noun>" that is itself the subject of a
        speech verb, with no person the text described by that noun, is the person who spoke last before it in
        the same paragraph, when that was a named person — a reader keeps the current speaker in mind.
        Not when the noun names an unnamed informant (``group_nouns.txt``: "the source", "the witness"), nor
        when the text used the noun before ("a doctor at the hospital said … the doctor said": that unnamed
        doctor), nor across a paragraph break or past an unnamed speaker in between."""
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.tag_ != "NN" or not _speaks(span.root):
            return None
        head = span.root
        if head.lower_ in words(_HERE, "group_nouns") or self._used_before(head):
            return None
        paragraph = doc_text(self._doc).rfind("\n", 0, at)
        last = next((t for t in reversed(self._doc[: span.start]) if _speaks(t) or t.idx < paragraph), None)
        if last is None or last.idx < paragraph:
            return None
        for offset, candidate in self._before(at):
            if offset < paragraph:
                return None
            named = candidate.speaker.kind == "person" and bool(candidate.speaker.name)
            if named and candidate.start <= last.idx < candidate.end:
                found = replace(candidate.speaker, as_written=mention.speaker.as_written)
                return Mention(found, candidate.start, candidate.end, candidate.person_key)
        return None

    def _used_before(self, token: Token) -> bool:
        """Whether a token of the same lemma comes earlier in the text (an index built once, on first need:
        scanning the text before every mention made a long report quadratic)."""
        if self._first_use is None:
            self._first_use = {}
            for i, lemma in enumerate(self._doc.to_array("LEMMA").tolist()):
                self._first_use.setdefault(lemma, i)
        return self._first_use.get(token.lemma, token.i) < token.i

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
        if mention.org_head is not None:
            return self._organisation_antecedent(mention, at)
        if mention.document_head is not None:
            return self._document_author(mention, at)
        if mention.described_as is not None:
            return self._described_person(mention, at)
        expansion = self._acronyms.get(_without_article(speaker.as_written))
        if expansion is not None:
            return Mention(replace(speaker, name=expansion, kind="organisation"), mention.start, mention.end)
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
        ("spokeswoman Jane Roe", "Roe, a mother of two,"), or the "he"/"she" (or "his"/"her")
        after the name before anyone else is named — the subject's name, where one was the subject.
        The pronouns are votes, the majority wins (an honorific or gendered noun outweighs them):
        one "she" that was the other person's ("Harris said Vickers … and she said") must not
        outweigh the many "he" that follow "Vickers said".

        Why: with two people in a story, "she said" must skip the man named last. A pronoun in the
        name's own sentence is sure evidence; one in a later sentence counts only while no other
        person is surely of that gender (then the pronoun may well be theirs).
        """
        sure: dict[str, Counter[str]] = {}
        weak: dict[str, Counter[str]] = {}
        last: tuple[str, int] | None = None  # (surname key, sentence start) of the last person named
        subject: tuple[str, int] | None = None  # the same for the last person named as a subject
        starts = {ent.start: ent for ent in entities(doc, "PERSON")}
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
                by_honorific = _honorific_gender(honorific)
                if by_honorific:
                    sure.setdefault(key, Counter())[by_honorific] += _DEFINING
                described = _described_gender(root)
                if described:
                    sure.setdefault(key, Counter())[described] += _DEFINING
                continue
            gender = _pronoun_gender(token.lower_)
            if not gender or last is None:
                continue
            # "Holm met Haddad. She said …": the subject of the sentence that last named someone
            key, sentence = subject if subject is not None and subject[1] == last[1] else last
            if sentence == token.sent.start:
                sure.setdefault(key, Counter())[gender] += 1
            elif not any(_majority(votes) == gender for k, votes in sure.items() if k != key):
                weak.setdefault(key, Counter())[gender] += 1
            last = subject = None
        self._gender = {key: _majority(votes) for key, votes in {**weak, **sure}.items()}

    def _compatible(self, candidate: Mention, pronoun: str) -> bool:
        wanted = _pronoun_gender(pronoun)
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
            wanted = _pronoun_gender(pronoun)
            if wanted and self._gender.get(candidate.person_key or "") is None:
                # "she said" after "Jane Roe … Ahmed Zaki": a nearby person known as "she" beats one of unknown gender
                known = [
                    (o, c)
                    for o, c in compatible
                    if at - DESCRIPTION_REACH <= o and self._gender.get(c.person_key or "") == wanted
                ]
                since = self._named_since(compatible[0][0], at, wanted)
                candidate = known[0][1] if known else since or candidate
            resolved = self.resolve(candidate, candidate.start)
            found = replace(resolved.speaker, as_written=mention.speaker.as_written)
            return Mention(found, candidate.start, candidate.end, candidate.person_key)
        return mention

    def _named_since(self, since: int, at: int, gender: str) -> Mention | None:
        """The person of ``gender`` the reporter named last between ``since`` and ``at``, in whatever role
        ("Kim says … Toronto retiree Doug Purdy, 73, credits … "…," he says"): a parse that missed the name as a
        subject must not hand "he" to an earlier person whose gender the text never showed."""
        span = self._doc.char_span(since, at, alignment_mode="contract")
        if span is None:
            return None
        for token in reversed(span):
            person = next(iter(self._people_named(token.doc[token.i : token.i + 1], []).values()), None)
            if person is not None and self._gender.get(person.person_key or "") == gender:
                return person
        return None

    def _titled_antecedent(self, mention: Mention, at: int) -> Mention:
        """ "the secretary said" points back to the last person whose title ends in that word."""
        for offset, candidate in reversed(self._named):
            title = (candidate.speaker.title or "").casefold()
            if offset < at and candidate.speaker.kind == "person" and title.endswith(mention.title_head or "-"):
                found = replace(candidate.speaker, as_written=mention.speaker.as_written)
                return Mention(found, candidate.start, candidate.end, candidate.person_key)
        described = self._described_as(mention, at)
        if described is not None:  # "X, a rebel commander, … the commander said": X, though never a subject
            return described
        for offset, candidate in reversed(self._named):
            # "the 52-year-old engineer said": with no one of that title, the person just named.
            if at - DESCRIPTION_REACH <= offset < at and candidate.speaker.kind == "person":
                found = replace(candidate.speaker, as_written=mention.speaker.as_written)
                return Mention(found, candidate.start, candidate.end, candidate.person_key)
        kind = "group" if mention.speaker.name is None else mention.speaker.kind
        return Mention(replace(mention.speaker, kind=kind), mention.start, mention.end)

    def _organisation_antecedent(self, mention: Mention, at: int) -> Mention:
        """ "the ministry said": the nearest body named before with that noun in its name ("the Defence
        Ministry"), a speaker's name before a bare entity's; with no such name, the one organisation that
        spoke before — only when it is the only one (two bodies and "the monitor" is a guess); else as written."""
        head = mention.org_head or ""
        spoke = [
            (o, c.speaker)
            for o, c in self._before(at)
            if c.speaker.kind == "organisation" and _proper(c.speaker.name) and at - ORGANISATION_REACH <= o
        ]
        tagged = [
            (ent.start_char, _organisation(ent.text))
            for ent in entities(self._doc, "ORG")
            if at - ORGANISATION_REACH <= ent.start_char < mention.start and _proper(ent.text)
        ]
        chosen = next((s for _, s in spoke if head in _name_words(s.name)), None)
        chosen = chosen or next((s for _, s in sorted(tagged, reverse=True) if head in _name_words(s.name)), None)
        chosen = chosen or self._described_body(head, mention.start)
        if chosen is None and len({s.name for _, s in spoke}) == 1:
            chosen = spoke[0][1]
        if chosen is None and head in words(_HERE, "generic_body_nouns"):
            chosen = self._salient_organisation(mention.start, spoke)
        if chosen is None:
            return mention
        found = replace(chosen, as_written=mention.speaker.as_written, kind="organisation")
        return Mention(found, mention.start, mention.end)

    def _described_body(self, noun: str, at: int) -> Speaker | None:
        """ "according to maritime security company Ambrey … the company said": the body the text last described
        with that noun before ``at`` ("company X", "X, a media company,", "the company, X,", "X is a company"),
        as a person described so is "the teacher" (``_described_people``)."""
        spans = list(entities(self._doc, "ORG"))
        for _, candidate in self._before(at):  # a body that spoke, tagged or not ("according to … Ambrey")
            if candidate.speaker.kind == "organisation":
                span = self._doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
                spans += [span] if span is not None else []
        found = [
            (span.start_char, span.text)
            for span in spans
            if at - ORGANISATION_REACH <= span.start_char < at and _proper(span.text) and noun in _nouns_beside(span)
        ]
        return _organisation(max(found)[1]) if found else None

    def _salient_organisation(self, at: int, spoke: list[tuple[int, Speaker]]) -> Speaker | None:
        """ "Acme said … But the company said": for a noun any body may be called (``generic_body_nouns.txt``),
        with no body named by it and no lone speaker, the nearest organisation that was a speaker or a main
        clause's subject — salience, not mere nearness (a body named in an object or prepositional phrase,
        or inside what someone said, is passed over)."""
        subjects = [
            (ent.start_char, _organisation(ent.text))
            for ent in entities(self._doc, "ORG")
            if at - ORGANISATION_REACH <= ent.start_char < at
            and ent.root.dep_ in {"nsubj", "nsubjpass"}
            and ent.root.head.dep_ == "ROOT"  # a main clause's subject, not one inside what someone said
            and _proper(ent.text)
            and not inside_quote(ent.start_char, self._quotes)
        ]
        ranked = sorted([*spoke, *subjects], key=lambda pair: -pair[0])
        return ranked[0][1] if ranked else None

    def _document_author(self, mention: Mention, at: int) -> Mention:
        """ "The statement said": whoever issued the statement the text mentioned last ("the ministry said in a
        statement", "the group issued a statement"), read from the subject of the verb the document hangs on."""
        head = mention.document_head or ""
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        for token in reversed(self._doc[: span.start if span is not None else len(self._doc)]):
            if token.idx < at - ORGANISATION_REACH:
                break
            if token.idx >= mention.start or token.lemma_.casefold() != head:
                continue
            issuer = _issuer_of(token)
            if issuer is not None and not is_document_noun(issuer.lemma_.casefold()):
                found = self.resolve(describe(issuer), issuer.idx)
                if found.speaker.name:
                    speaker = replace(found.speaker, as_written=mention.speaker.as_written)
                    return Mention(speaker, found.start, found.end, found.person_key)
        return mention

    def note_quotes(self, quotes: list[QuoteSpan]) -> None:
        """The document's quotes: a name inside one is quoted, not introduced by the reporter."""
        self._quotes = quotes

    def introduced_before(self, at: int, written: str, contents: list[tuple[int, int]]) -> Mention | None:
        """ "… for Mississauga accountant Babatunji Farinloye, 50. "…," he says.": the one person (of the
        pronoun's gender) the reporter named in the sentence before the statement, whatever their role
        there — the news habit of naming someone, then quoting them with a pronoun. None when that
        sentence names nobody, more than one person, or one whose gender the text has not shown to
        be the pronoun's (then the nearest subject or speaker decides).
        A name inside what someone says (``contents``: the statements' spans) or inside quote marks is
        the speaker's, not the reporter's introduction."""
        span = self._doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or span[0].sent.start == 0:
            return None
        own = span[0].sent
        if self._people_named(self._doc[own.start : span[0].i], contents):
            return None  # "Gallant announced that he …": a name in the pronoun's own sentence is nearer
        people = self._people_named(_sentence_before(own), contents)
        if len(people) != 1:
            return None
        person = next(iter(people.values()))
        wanted = _pronoun_gender(written)
        if wanted is None or self._gender.get(person.person_key or "") != wanted:
            return None  # of unknown gender, the one person named may not be the "she" (resolve() weighs that)
        return Mention(replace(person.speaker, as_written=written), person.start, person.end, person.person_key)

    def _people_named(self, tokens: Span, contents: list[tuple[int, int]]) -> dict[str, Mention]:
        """The known people the reporter names in ``tokens`` (not inside quotes or anyone's statement)."""
        people: dict[str, Mention] = {}
        for token in tokens:
            known = self._people.get(token.text.casefold()) if token.text[:1].isupper() else None
            if known is None or inside_quote(token.idx, self._quotes):
                continue
            if any(start <= token.idx < end for start, end in contents):
                continue
            if token.ent_type_ == "PERSON" or known.start <= token.idx:
                people[known.person_key or ""] = known
        return people

    def last_speaker_before(self, at: int) -> Mention | None:
        for offset, candidate in reversed(self._named):
            if offset < at:
                return candidate
        return None


def in_subject_role(token: Token) -> bool:
    """A subject, or the apposition of a place name read as one: "MOSUL, Iraq — Nabil Haddad, who …, is
    weighing a run": the parse makes the dateline the subject and the name its apposition. Not the apposition of
    a common noun ("the bakery, with a stall kept by his cousin, Omar Saleh, fed …": a comma's guess)."""
    subjects = {"nsubj", "nsubjpass"}
    if token.dep_ in subjects:
        return True
    head = token.head
    return token.dep_ == "appos" and head.dep_ in subjects and head.pos_ == "PROPN" and head.ent_type_ != "PERSON"


def _by_noun(described: list[tuple[int, str, Mention]]) -> dict[str, tuple[list[int], list[Mention]]]:
    """The described people indexed by noun, each noun's (offsets, people) in text order: "the teacher"
    bisects its own noun's offsets instead of scanning every description for every mention."""
    index: dict[str, tuple[list[int], list[Mention]]] = {}
    for offset, noun, person in sorted(described, key=lambda item: item[0]):
        offsets, people = index.setdefault(noun, ([], []))
        offsets.append(offset)
        people.append(person)
    return index


def _sentence_before(own: Span) -> Span:
    """The sentence before ``own``. One that begins with a small letter is a piece the parser cut
    from its paragraph's opening (the name left on a heading above it, "said he was …" alone): it
    reaches back to where its paragraph begins."""
    doc = own.doc
    before = doc[own.start - 1].sent
    first = next((t for t in before if not t.is_punct and not t.is_space), None)
    if first is None or not first.text[:1].islower():
        return before
    start = first.i
    while start > 0 and same_paragraph(doc[start - 1], first) and not doc[start - 1].is_space:
        start -= 1
    return doc[start : before.end]


def _speaks(subject: Token) -> bool:
    """Whether ``subject`` is the subject of a speech verb ("X said", "said X")."""
    return subject.dep_ == "nsubj" and is_cue_verb(subject.head)


def _nouns_beside(ent: Span) -> set[str]:
    """The common nouns the text puts beside a name: before it in its phrase ("security company Ambrey"), in an
    apposition ("Ambrey, a security company," / "the company, Ambrey,") or predicated of it ("Ambrey is a company")."""
    root = ent.root
    nouns = [t for t in noun_phrase(root) if t.i < ent.start and t.pos_ == "NOUN"]
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    nouns += _predicated_nouns(root)
    return {t.lower_ for t in nouns if t.text.islower()} | _sentence_initial_noun(ent)


def _sentence_initial_noun(ent: Span) -> set[str]:
    """ "Shopkeeper Omar Khaled lost …": a word opening the sentence right before a name is capitalised
    because it opens the sentence, and the parse then reads it as part of a proper name; outside the
    name's entity it is the noun the text describes the person with (matched only against a later
    "the shopkeeper")."""
    if ent.start == 0:
        return set()
    first = ent.doc[ent.start - 1]
    if first.is_sent_start and first.ent_type_ == "" and first.is_alpha and first.dep_ == "compound":
        return {first.lower_}
    return set()


def _predicated_nouns(person: Token) -> list[Token]:
    """Nouns a clause predicates of a named person: "X is the commander of …", "X, who was a nurse,",
    "X became mayor", "X works as a paramedic" — the same-head evidence an apposition gives, said with a verb."""
    verbs: list[Token] = []
    if person.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(person.head)
    verbs += [
        clause
        for clause in person.children
        if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in clause.children)
    ]
    nouns: list[Token] = []
    for verb in verbs:
        nouns += [c for c in verb.children if c.dep_ in {"attr", "oprd"} and c.pos_ == "NOUN"]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return nouns


def _issuer_of(document: Token) -> Token | None:
    """The subject of the verb a document noun hangs on: "X said in a statement", "X issued a report"."""
    current = document
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"}:
            subject = subject_of(current)
            return subject if subject is not None and subject.pos_ in {"PROPN", "NOUN"} else None
        if current.head.i == current.i:  # the root (`is` never holds: each access makes a new Token)
            return None
        current = current.head
    return None


def _proper(name: str | None) -> bool:
    """A name, not a description: it begins with a capital ("Defence Ministry", not "ministry")."""
    return bool(name) and (name or "")[:1].isupper()


def _organisation(text: str) -> Speaker:
    """A body the parse tagged ORG, under its lexicon name when it has one."""
    name = _strip_article(text)
    return Speaker(lexicon().canonical(name) or name, text, "organisation")


def _name_words(name: str | None) -> set[str]:
    return {w.casefold().rstrip("s") for w in (name or "").split()} | {w.casefold() for w in (name or "").split()}


def _strip_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.casefold() == "the" and rest else text


def _without_article(text: str) -> str:
    return _strip_article(text.strip())


def _majority(votes: Counter[str]) -> str:
    """The gender with most votes; a tie goes to the one seen first (a Counter keeps insertion order)."""
    return max(votes, key=lambda gender: votes[gender])


def _gendered_nouns() -> dict[str, str]:
    return {entry[0]: entry[1] for entry in phrases(_HERE, "gendered_nouns") if len(entry) == 2}


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
    while len(parts) > 1 and is_honorific(parts[0]):
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
