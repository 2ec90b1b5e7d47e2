"""Stage 4: claimant — who asserts a claim: a statement's speaker, "reports", a named group, or the publication.

Why in this order: a claim inside a quote or reported clause is the speaker's, whatever the
publication thinks of it (stage 3 finds those statements). Where stage 3 has no statement
for the clause, the reporting verb above it still names the source ("US officials say ...",
"according to activists"), also when it comes after the claim without a comma ("... killed six
state television reported"). "There have been reports of ..." and "reportedly" make the
claim the reports' own (kind unattributed); everything else the publication asserts itself,
named by its site (or a plain source label).

One source, one name: a role noun or short form stands for the body the report names
(``sources.py``: "the Britain-based monitor", "SOHR", "state TV"); "a source at the police command"
is the command's claim; a person keeps their name and adds the body or state they speak for
(``on_behalf_of``: "Defence Ministry spokesman Igor X" → Russian Defence Ministry).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from counterclaim.actors import lexicon
from counterclaim.attribution.mentions import describe
from counterclaim.claims.claimant_finding import ClaimantFinding, record, tagged, trace_rules
from counterclaim.claims.events import EventMention
from counterclaim.claims.headline_source import headline_source, lead_sentences
from counterclaim.claims.source_tokens import (
    REPORTING_VERBS,
    according_to,
    continued_source,
    inverted_subject,
    named_subject,
    quoted_source,
    report_frame,
    reporting_ancestor,
    sentence_source,
    source_fragment,
    stranded_subject,
    trailing_source,
)
from counterclaim.claims.sources import canonical_name, resolve_role, resolve_source
from counterclaim.claims.state_organs import qualified_informant, qualified_organ, qualified_state_outlet
from counterclaim.claims.toll_continuation import toll_continuing_previous
from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.models import Claimant, ClaimantKind, Document, Speaker, Statement
from counterclaim.nlp import doc_text, entities_within, same_paragraph
from counterclaim.provenance import outlet

__all__ = [
    "REPORTING_VERBS",
    "ClaimantFinding",
    "find_claimant",
    "on_behalf_of",
    "publication",
    "repaired",
    "speaker_claimant",
    "trace_rules",
]

_REPORT_NOUNS = words(SHARED, "report_nouns")
_GROUP_HEADS = words("counterclaim.claims", "group_speaker_nouns")


_CLAIMS = "counterclaim.claims"
_SOURCE_NOUNS = words(_CLAIMS, "anonymous_source_nouns")
_PUBLISHED_FIGURES = words(_CLAIMS, "published_figure_nouns")
_INSIDE_PREPS = frozenset({"at", "in", "within", "from", "inside"})
_CUT_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss", "amod"})
_ORG_WORDS = words("counterclaim.attribution", "org_nouns")
_TITLES = words("counterclaim.attribution", "titles")
_STATE_BODIES = words(_CLAIMS, "state_body_words")
_ROLE_HEADS = frozenset(mapping(_CLAIMS, "source_role_nouns"))
# Nouns whose that-clause is what was said or found ("reached the conclusion that ..."): attribution's class.
_CONTENT_NOUNS = frozenset(mapping("counterclaim.attribution", "speech_nouns"))
_DAYS = words(SHARED, "weekdays") | (words(SHARED, "months") - {"may"})  # "May" is a name as often
_PRONOUNS = words(_CLAIMS, "third_person_pronouns")
_PARTICLES = words(_CLAIMS, "arabic_particles")
_POSSESSED = re.compile(r"^([A-Z][\w-]*)(?:'s|’s) ")
_JOINED = re.compile(r"[-‐][A-Za-z][\w'’]*")
# A state's possessive and the next word, and the word after it ("Turkey's health ministry": the organ is second).
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*)(?:'s|’s) (\w+)(?= (\w+))?")


def _statement_for(mention: EventMention, statements: list[Statement]) -> Statement | None:
    position = mention.trigger.idx
    inside = [s for s in statements if s.start <= position < s.end]
    return min(inside, key=lambda s: s.end - s.start) if inside else None


def _country_of(*texts: str | None) -> str | None:
    for text in texts:
        if not text:
            continue
        for found in lexicon().find(text):
            if lexicon().kind(found.canonical) == "state":
                return found.canonical
            country = lexicon().country(found.text)
            if country:
                return country
    return None


def _demonym(country: str) -> str | None:
    """The adjective of a country ("Russia" → "Russian"), from the lexicon's demonym table."""
    for adjective, state in lexicon().demonyms.items():
        if state == country and not adjective.endswith("s"):
            return " ".join(part.capitalize() for part in adjective.split())
    return None


def _words_before_title(speaker: Speaker) -> str | None:
    """ "Defence Ministry spokesman Igor X": the capitalised words before the title name the body."""
    if not speaker.title or speaker.title not in speaker.as_written:
        return None
    before = speaker.as_written[: speaker.as_written.index(speaker.title)].split()
    while before and not before[0][:1].isupper():
        before = before[1:]
    words = [w for w in before if w[:1].isupper() or w.casefold() in {"of", "for", "and"}]
    return " ".join(words) if len(words) == len(before) and len(words) >= 2 else None


def on_behalf_of(speaker: Speaker) -> str | None:
    """The body or state a speaker speaks for: their affiliation, qualified by their country; or the
    country of an office holder ("the Syrian foreign minister") — None for one who speaks for themselves."""
    body = _words_before_title(speaker) or speaker.affiliation
    if body:
        body = canonical_name(body)
        if speaker.country and not _country_of(body):
            adjective = _demonym(speaker.country)
            body = f"{adjective} {body}" if adjective else body
        return body if not (speaker.name or "").startswith(body) else None  # "Faylaq al" of "Faylaq al-Rahman"
    if speaker.country and (speaker.title or speaker.rank) and speaker.country != speaker.name:
        return speaker.country
    return None


def _apostrophe(word: str) -> str:
    """An aggregator's lost apostrophe put back on a country's name ("Syrias" → "Syria's"); other words as they are."""
    stem = word[:-1]
    lost = word.endswith("s") and word[:1].isupper() and stem.casefold() not in lexicon().demonyms
    return f"{stem}'s" if lost and lexicon().country(stem) and not lexicon().country(word) else word


def repaired(name: str | None) -> str | None:
    """A name with lost apostrophes put back: "Syrias defence ministry" → "Syria's defence ministry"."""
    if not name:
        return name
    return adjectival(" ".join(_apostrophe(word) for word in name.split(" ")))


def _token_text(token: Token) -> str:
    return _apostrophe(token.text) if token.dep_ in _MODIFIER_DEPS else token.text


def _phrase_tokens(head: Token, alone: bool = False) -> list[Token]:
    """The noun phrase under ``head`` without relative clauses, appositions, determiners or punctuation
    (``alone``: without the names coordinated with it either, "Syria [and its ally Russia]")."""
    cut = {t.i for c in head.subtree if c.dep_ in _CUT_DEPS and c != head for t in c.subtree}
    if alone:
        cut |= {t.i for c in head.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    tokens = [t for t in head.subtree if t.i not in cut and t.dep_ != "det" and (t.dep_ != "punct" or _in_word(t))]
    tokens = [t for t in tokens if t == head or t.ent_type_ not in {"DATE", "TIME"}]  # "on Friday state TV said"
    if len(tokens) > 8:
        tokens = [t for t in head.lefts if t.dep_ in {"compound", "amod"}] + [head]
    tokens = sorted(tokens, key=lambda t: t.i)
    while alone and tokens and tokens[-1].dep_ == "cc":  # "the government of X [and] his allies": parsed under X
        tokens.pop()
    return tokens


def _in_word(token: Token) -> bool:
    """A hyphen inside a name ("Al-Manar", "Jaish al-Islam"): kept, so that the name is not run together."""
    doc = token.doc
    inside = 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return inside and token.text in {"-", "‐", "–"} and doc[token.i + 1].is_alpha


def _state_adjective(match: re.Match[str]) -> str:
    country = lexicon().canonical(match.group(1))
    organ = match.group(2).casefold() in _STATE_BODIES or (match.group(3) or "").casefold() in _STATE_BODIES
    adjective = _demonym(country) if organ and country and lexicon().kind(country) == "state" else None
    return f"{adjective} {match.group(2)}" if adjective else match.group(0)


def adjectival(name: str) -> str:
    """ "Russia's military", "Syria's defence ministry" → "Russian military", "Syrian defence ministry": a state's
    possessive before an organ of state written as its adjective, so that one body has one name."""
    return _POSSESSIVE.sub(_state_adjective, name)


def _text(tokens: list[Token]) -> str:
    return adjectival("".join(_token_text(t) + t.whitespace_ for t in tokens).strip())


def _body_of_source(head: Token) -> str | None:
    """ "a source at the police command", "officials in the ministry": the body the informant speaks from."""
    if head.lemma_.casefold() not in _SOURCE_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _INSIDE_PREPS:
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = body is not None and (body.pos_ == "PROPN" or body.lemma_.casefold() in _ORG_WORDS)
            if body is not None and named:
                tokens = _phrase_tokens(body)
                return resolve_source(tokens, body) or canonical_name(_text(tokens))
    return None


def _named_body(tokens: list[Token], head: Token) -> str | None:
    """A body the actor lexicon knows, named by the phrase's head ("the so-called Syrian Observatory")."""
    for found in lexicon().find_in(tokens):
        covered = found.start <= head.idx < found.end
        if covered and lexicon().kind(found.canonical) in {"organisation", "armed_group"}:
            return found.canonical
    return None


def _apposed_name(head: Token) -> Token | None:
    """The name in apposition to a describing common noun ("the TV channel [Al-Mayadeen]"), not a person's."""
    if head.pos_ != "NOUN":
        return None
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if named is None and following is not None and following.pos_ == "PROPN" and following.head == head.head:
        named = following  # "state news agency SANA reported", parsed as two subjects
    return named if named is not None and named.ent_type_ != "PERSON" else None


def _without_descriptor(tokens: list[Token], head: Token) -> list[Token]:
    """ "Lebanese TV channel Al-Mayadeen", "state news agency SANA": the name, without the common nouns that
    describe it, so that the outlet has one name however a report introduces it."""
    if head.pos_ != "PROPN":
        return tokens
    common = [t for t in tokens if t.i < head.i and t.pos_ == "NOUN" and t.head.i >= t.i]
    if not common or common[-1].lemma_.casefold() in _TITLES | _SOURCE_NOUNS:  # "Defence spokesman Igor X": a person
        return tokens
    name = [t for t in tokens if t.i > common[-1].i]
    return name if name and all(t.pos_ == "PROPN" or t.is_punct for t in name if t.i <= head.i) else tokens


def _name_before_role(tokens: list[Token], head: Token) -> list[Token]:
    """ "the Lebanese Al-Manar TV channel", "the opposition "Cham" TV network": an outlet's name before the role
    noun that describes it is the name, without the nationality and the description."""
    if head.pos_ != "NOUN" or head.lemma_.casefold() not in _ROLE_HEADS:
        return tokens
    names = [t for t in tokens if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ != "NORP"]
    names = [t for t in names if not lexicon().country(t.text)]
    if not names:
        return tokens
    run = [t for t in tokens if names[0].i <= t.i <= names[-1].i]
    return run if all(t.pos_ == "PROPN" or _in_word(t) for t in run) else tokens


def _named_outlet(head: Token) -> bool:
    """A role noun with the outlet's name before it ("the Lebanese Al-Manar TV channel")."""
    tokens = _phrase_tokens(head)
    return _name_before_role(tokens, head) != tokens


def _glued_opener(head: Token) -> Token | None:
    """ "Meanwhilee the coalition denied ...": a sentence's first word run into the subject where the comma was lost
    (a misspelt adverb the parser takes for a name), with the real subject in apposition right after it."""
    if head.i != head.sent.start or head.pos_ != "PROPN" or head.i + 1 >= len(head.doc):
        return None
    after = head.doc[head.i + 1]
    if after.pos_ != "DET" or after.lower_ not in {"the", "a", "an"}:
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 1), None)


def _publisher(head: Token) -> Token | None:
    """ "according to an Observatory toll", "the Monitor's count": the body named before what it published."""
    if head.pos_ != "NOUN" or head.lemma_.casefold() not in _PUBLISHED_FIGURES:
        return None
    names = [c for c in head.children if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" and c.i < head.i]
    return names[-1] if names else None


def speaker_claimant(head: Token, alone: bool = False) -> ClaimantFinding:
    """A claimant named by the subject of a reporting verb or the object of "according to" (``alone``: one
    of several coordinated names, "Syria and Russia deny ...")."""
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None and head.pos_ == "NOUN":  # "the UN children's agency UNICEF": the name in apposition
        head = named
    head = _publisher(head) or head
    head = _glued_opener(head) or head
    tokens = _name_before_role(_without_descriptor(_phrase_tokens(head, alone), head), head)
    text = _text(tokens)
    body = _body_of_source(head)
    if body is not None:
        return ClaimantFinding(Claimant(name=body, kind="organisation"), _country_of(text, body))
    persons = entities_within(head.doc, head.left_edge.i, head.i + 1, "PERSON")
    if persons and head.lemma_.casefold() not in _STATE_BODIES | _GROUP_HEADS:  # "the Assad regime" is a body
        name: str = persons[-1].text
        behalf = on_behalf_of(describe(head).speaker)
        return ClaimantFinding(Claimant(name=name, kind="person", on_behalf_of=behalf), _country_of(text))
    if head.lemma_.lower() in _REPORT_NOUNS and not any(c.dep_ == "prep" for c in head.children):
        return ClaimantFinding(Claimant(name="reports", kind="unattributed"), None)
    canonical = lexicon().canonical(text) or _named_body(tokens, head) or resolve_source(tokens, head)
    if canonical:
        kind: ClaimantKind = "group" if lexicon().kind(canonical) == "armed_group" else "organisation"
        return ClaimantFinding(Claimant(name=canonical, kind=kind), _country_of(text))
    organ = _qualified_body(head, tokens)  # "the army" is the "Syrian army" the report names
    if organ is not None:
        return ClaimantFinding(Claimant(name=organ, kind="organisation"), _country_of(organ))
    plural = head.tag_ in {"NNS", "NNPS"} or (head.lemma_.lower() in _GROUP_HEADS and head.tag_ == "NNS")
    text = _introduced(head) or text
    return ClaimantFinding(Claimant(name=text, kind="group" if plural else "organisation"), _country_of(text))


def _qualified_body(head: Token, tokens: list[Token]) -> str | None:
    """An organ, informant or outlet of a state the phrase leaves unnamed, named with the state the report gives."""
    return qualified_organ(head) or qualified_informant(head) or _state_outlet(head, tokens)


def _state_outlet(head: Token, tokens: list[Token]) -> str | None:
    """ "State media said ...", "state television reported ...": the outlet of the state the report names, as in a
    headline's tag ("Syrian state media"); an outlet whose state is written ("Syrian state TV") is left as it is."""
    modifiers = [t.lower_ for t in tokens if t.i < head.i and t.pos_ != "DET"]
    if modifiers != ["state"]:
        return None
    return qualified_state_outlet(head, f"state {head.text if head.text.isupper() else head.lower_}")


def _introduced(head: Token) -> str | None:
    """ "the sources said" after "informed sources said": a definite bare source noun is the one the report
    introduced before with its description, so that one source keeps one name through the report."""
    lemma = head.lemma_.casefold()
    if lemma not in _SOURCE_NOUNS | _GROUP_HEADS or not any(c.lower_ == "the" for c in head.lefts):
        return None
    if any(c.dep_ in _MODIFIER_DEPS for c in head.lefts):
        return None
    for earlier in reversed(head.doc[: head.i]):
        if earlier.lemma_.casefold() == lemma and earlier.tag_ == head.tag_:
            described = [c for c in earlier.lefts if c.dep_ in {"amod", "compound"} and c.is_alpha]
            return " ".join(t.lower_ for t in [*described, earlier]) if described else None
    return None


def _person_with_title(span: Span) -> tuple[str, str | None] | None:
    """ "Omar Haddad head [of the Levant Monitor]": a person's name run into their title, where an
    aggregator dropped the comma; the person, and the body the title's "of" names."""
    title = span[-1]
    if title.lower_ not in _TITLES or span.start == title.i:
        return None
    person = next((e for e in entities_within(span.doc, span.start, title.i, "PERSON") if e.end == title.i), None)
    if person is None:
        return None
    of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None and title.i + 2 < len(span.doc) and span.doc[title.i + 1].lower_ == "of":
        body = span.doc[title.i + 2]  # the parse hung "of" elsewhere: the name right after it
        while body.head.i > body.i and body.dep_ in {"compound", "det", "amod"}:
            body = body.head
    if body is None:
        return person.text, None
    tokens = _phrase_tokens(body)
    named = lexicon().canonical(_text(tokens)) or _named_body(tokens, body) or resolve_source(tokens, body)
    return person.text, named or canonical_name(_text(tokens))


def _resolved_description(name: str, pronoun: Span) -> str | None:
    """A pronoun speaker stage 3 resolved to a description ("it" → "the UK-based opposition organisation"): the
    body that description stands for, read where the report last wrote it."""
    at = doc_text(pronoun.doc).rfind(name, 0, pronoun.start_char)
    described = pronoun.doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    return resolve_source(list(described), described.root) if described is not None else None


def _whole_name(name: str | None, text: str, end: int | None) -> str | None:
    """ "Jaish al" → "Jaish al-Islam": a name cut at an Arabic particle written against a hyphen is read on
    through the word the particle joins (``arabic_particles``), as the name is written."""
    if not name or end is None or not name.endswith(text[end - len(name.split()[-1]) : end]):
        return name
    if name.split()[-1].casefold() not in _PARTICLES:
        return name
    joined = _JOINED.match(text, end)
    return name + joined.group(0) if joined else name


def _described_role(name: str | None, span: Span | None) -> str | None:
    """ "Syria's Aleppo Monitor" (a headline's "... attacks Syrias Aleppo Monitor" read as a speaker): a role noun
    led by a country's possessive describes a source rather than names it; the body of that role the report names."""
    if not name or span is None or lexicon().canonical(name) or not _POSSESSED.search(name):
        return None
    last = span[-1]
    return resolve_role(last) if last.lemma_.casefold() in _ROLE_HEADS or last.lower_ in _ROLE_HEADS else None


def _statement_claimant(mention: EventMention, statement: Statement) -> ClaimantFinding:
    """The speaker stage 3 found, with the body they speak for; a nameless body resolved in the report."""
    speaker = statement.speaker
    start, end = statement.speaker_start, statement.speaker_end
    name = repaired(_whole_name(speaker.name, doc_text(mention.trigger.doc), end))
    span = None
    if start is not None and end is not None:
        span = mention.trigger.doc.char_span(start, end, alignment_mode="expand")
    described = _described_role(name, span)
    if described is not None:  # "Syrias Aleppo Monitor": a monitor described by its country, the one named
        claimant = Claimant(described, "organisation", statement.id)
        return ClaimantFinding(claimant, _country_of(described), "described role")
    body = _body_of_source(span.root) if span is not None else None
    if body is not None:  # "a source at the police command told ...": the command's claim
        return ClaimantFinding(Claimant(body, "organisation", statement.id), _country_of(body), "source at body")
    publisher = _publisher(span.root) if span is not None else None
    if publisher is not None:  # "according to an Observatory toll": the body whose toll it is
        found = speaker_claimant(publisher)
        return ClaimantFinding(replace(found.claimant, statement_id=statement.id), found.country, "publisher")
    if span is not None and _named_outlet(span.root):  # "the opposition "Cham" TV network": the outlet's name
        found = speaker_claimant(span.root)
        return ClaimantFinding(replace(found.claimant, statement_id=statement.id), found.country, "named outlet")
    named = _apposed_name(span.root) if span is not None else None
    if named is not None:  # "Lebanese TV channel Al-Mayadeen reported": the outlet's name, not its description
        found = speaker_claimant(named)
        return ClaimantFinding(replace(found.claimant, statement_id=statement.id), found.country, "apposed name")
    titled = _person_with_title(span) if span is not None else None
    if titled is not None:  # "said Omar Haddad head of the Levant Monitor": no comma, read as one name
        person, behalf = titled
        claimant = Claimant(person, "person", statement.id, behalf)
        return ClaimantFinding(claimant, _country_of(behalf), "person with title")
    nameless = speaker.kind != "person" or len((name or "").split()) == 1  # "the Observatory" read as a surname
    if nameless and not lexicon().canonical(name or ""):
        resolved = resolve_source(list(span), span.root) if span is not None else None
        if resolved is None and span is not None and name and name != span.text:  # "It added": whom "it" is
            resolved = _resolved_description(name, span)
        if resolved is not None:
            claimant = Claimant(resolved, "organisation", statement.id)
            return ClaimantFinding(claimant, _country_of(resolved), "role resolved")
        organ = _qualified_body(span.root, list(span)) if span is not None else None
        if organ is not None:
            return ClaimantFinding(Claimant(organ, "organisation", statement.id), _country_of(organ), "state organ")
    country = speaker.country or _country_of(speaker.affiliation, speaker.as_written, speaker.name)
    name = (_introduced(span.root) if span is not None else None) or name  # "the sources": as introduced
    behalf = on_behalf_of(speaker)
    claimant = Claimant(name, speaker.kind, statement.id, behalf if behalf != name else None)
    return ClaimantFinding(claimant, country, "speaker")


def find_claimant(mention: EventMention, document: Document, statements: list[Statement]) -> ClaimantFinding:
    """Who asserts the event: statement speaker, reporting-verb subject, "reports", or the publication."""
    found = _find_claimant(mention, document, statements)
    record(document.id, mention.trigger, found)
    return found


def _find_claimant(mention: EventMention, document: Document, statements: list[Statement]) -> ClaimantFinding:
    statement = _statement_for(mention, statements)
    if statement is None:
        return _own_claimant(mention, document)
    rule = f"statement({statement.kind})"
    if _a_day(statement.speaker.name):  # "It said" resolved to "Thursday": no speaker
        return tagged(_dated_speaker(mention, document, statement), f"{rule} dated speaker")
    if statement.speaker.name is None:  # stage 3 saw a claim but no one to name
        own = _own_claimant(mention, document)
        if own.claimant.kind != "publication":
            claimant = replace(own.claimant, statement_id=statement.id)
            return tagged(replace(own, claimant=claimant), f"{rule} nameless")
        return ClaimantFinding(Claimant(None, statement.speaker.kind, statement.id), None, f"{rule} nameless")
    finders: tuple[tuple[str, Callable[[], Token | None]], ...] = (
        ("holder", lambda: _holder(mention)),
        ("nearer source", lambda: _nearer_source(mention, statement)),
        ("inverted source", lambda: _inverted_source(mention, statement)),
    )
    for name, find in finders:
        source = find()
        if source is not None:
            found = speaker_claimant(source)
            claimant = replace(found.claimant, statement_id=statement.id)
            return ClaimantFinding(claimant, found.country, f"{rule} > {name}")
    return tagged(_statement_claimant(mention, statement), rule)


def _nearer_source(mention: EventMention, statement: Statement) -> Token | None:
    """The sentence's own source where stage 3 gave its words to a speaker of an earlier sentence: '"Three were
    killed ..." state news agency X reported' after 'A monitor said ...' is X's; the nearest attribution wins."""
    sentence = mention.trigger.sent
    if statement.speaker_end is None or statement.speaker_end > sentence.start_char:
        return None
    reporting = reporting_ancestor(mention)
    subject = (named_subject(reporting) or stranded_subject(reporting)) if reporting is not None else None
    found = subject if subject is not None and subject.sent == sentence else None
    found = found or according_to(mention) or trailing_source(mention)
    # a name, not a description stage 3 may have resolved ("the Observatory director" → the director named before)
    return found if found is not None and _a_name(found) else None


def _inverted_source(mention: EventMention, statement: Statement) -> Token | None:
    """ "... killed 23 people said the Levant Monitor": stage 3 took a word before the cue for its speaker, where the
    cue's subject follows it (inverted, the comma lost)."""
    start, end, spoken = statement.cue_start, statement.cue_end, statement.speaker_end
    if start is None or end is None or spoken is None or spoken > start or end <= start:
        return None
    doc = mention.trigger.doc
    if end > len(doc_text(doc)):  # offsets of another text (a statement of the cleaned page, not of this doc)
        return None
    cue = doc.char_span(start, end, alignment_mode="expand")
    if cue is None or not len(cue) or cue.root.sent != mention.trigger.sent or cue.root.i < mention.trigger.i:
        return None
    return inverted_subject(cue.root)


def _a_name(head: Token) -> bool:
    """A source named as such ("SANA", "state news agency SANA"), not a person's title ("the Observatory director")."""
    if head.pos_ == "PROPN":
        return True
    described = head.lemma_.casefold() in _TITLES | _SOURCE_NOUNS
    return not described and any(c.pos_ == "PROPN" and c.dep_ in {"appos", "compound"} for c in head.children)


def _a_day(name: str | None) -> bool:
    """A speaker's name that is a day or a month ("Thursday"): a date taken for the subject, never a speaker."""
    return bool(name) and all(w in _DAYS for w in (name or "").casefold().split())


def _dated_speaker(mention: EventMention, document: Document, statement: Statement) -> ClaimantFinding:
    """The source of a statement whose speaker was read as a date: "It said ..." continues the source of the
    sentence before; otherwise the sentence's own reporting verb names it, as for a claim with no statement."""
    sentence = mention.trigger.sent
    pronoun = statement.speaker.as_written.casefold() in _PRONOUNS
    source = sentence_source(sentence.doc[sentence.start - 1].sent) if pronoun and sentence.start > 0 else None
    if source is not None:
        found = speaker_claimant(source)
        return ClaimantFinding(replace(found.claimant, statement_id=statement.id), found.country, "previous sentence")
    own = _own_claimant(mention, document)
    return ClaimantFinding(replace(own.claimant, statement_id=statement.id), own.country, own.rule)


def publication(document: Document) -> Claimant:
    """The publication as claimant, named as its outlet (``provenance.outlet``: its site, a source label that is
    a plain name such as "Reuters" rather than a path, else the URL's host); None when no one says which."""
    return Claimant(name=outlet(document), kind="publication")


def _headline_claimant(word: Token) -> ClaimantFinding:
    """ "... kill 32 - monitor": the body the role noun stands for in this report, else the noun itself."""
    if word.lemma_.casefold() in _REPORT_NOUNS or word.lower_.removesuffix("s") in _REPORT_NOUNS:
        # "... Kills 18 - Reports": the reports are those the lead names ("..., TV channel X reported")
        lead = next(filter(None, (sentence_source(s) for s in lead_sentences(word))), None)
        if lead is not None:
            return speaker_claimant(lead)
        return ClaimantFinding(Claimant(name="reports", kind="unattributed"), None)
    body = resolve_role(word)
    if body is not None:
        return ClaimantFinding(Claimant(name=body, kind="organisation"), _country_of(body))
    modifiers = [t for t in word.lefts if t.dep_ in {"amod", "compound"} and t.is_alpha and t.i == word.i - 1]
    name = " ".join(t.text for t in [*modifiers, word])
    state = qualified_state_outlet(word, name) if any(t.lower_ == "state" for t in modifiers) else None
    if state is not None:  # "... kill 3 - state media": the state media of the state the report names
        return ClaimantFinding(Claimant(name=state, kind="organisation"), _country_of(state))
    plural = word.tag_ in {"NNS", "NNPS"} and word.lemma_.casefold() in _GROUP_HEADS  # "activists", not "media"
    return ClaimantFinding(Claimant(name=name, kind="group" if plural else "organisation"), None)


def _holder(mention: EventMention) -> Token | None:
    """Who holds the finding or assertion the event is the content of: "the US has reached the conclusion that
    Russian jets bombed the convoy" is the US's claim, even "according to a CNN report" (the report carries it)."""
    below = mention.trigger
    for noun in list(mention.trigger.ancestors)[:6]:
        if noun.pos_ == "NOUN" and noun.lemma_.casefold() in _CONTENT_NOUNS and below.dep_ in {"acl", "ccomp"}:
            verb = noun.head if noun.dep_ == "dobj" else None
            subject = named_subject(verb) if verb is not None and verb.pos_ in {"VERB", "AUX"} else None
            return subject if subject is not None and subject.pos_ == "PROPN" else None
        below = noun
    return None


def _pronoun_source(verb: Token) -> Token | None:
    """ "The Levant Monitor said ... . It counted four further deaths": a reporting verb whose subject is a third-person
    pronoun that stage 3 gave no statement of its own continues the source the sentence before names."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
    sentence = verb.sent
    if subject is None or subject.lower_ not in _PRONOUNS or sentence.start == 0:
        return None
    previous = verb.doc[sentence.start - 1].sent
    return sentence_source(previous) if same_paragraph(previous[0], verb) else None


def _own_claimant(mention: EventMention, document: Document) -> ClaimantFinding:
    """The claimant this sentence names itself, when stage 3 has no statement for it."""
    holder = _holder(mention)
    if holder is not None:
        return tagged(speaker_claimant(holder), "holder")
    reporting = reporting_ancestor(mention)
    if reporting is not None:
        subject = named_subject(reporting) or stranded_subject(reporting) or quoted_source(reporting)
        if subject is not None:
            return tagged(speaker_claimant(subject), "reporting subject")
        earlier = _pronoun_source(reporting)
        if earlier is not None:
            return tagged(speaker_claimant(earlier), "pronoun: previous sentence")
    finders = (
        ("according to", according_to),
        ("trailing source", trailing_source),
        ("source fragment", source_fragment),
        ("continued source", continued_source),
    )
    for name, find in finders:
        source = find(mention)
        if source is not None:
            return tagged(speaker_claimant(source), name)
    headline = headline_source(mention.trigger)
    if headline is not None:
        return tagged(_headline_claimant(headline), "headline tag")
    frame = report_frame(mention)
    if frame is not None:
        sources = [c for p in frame.children if p.lower_ in {"from", "by"} for c in p.children if c.dep_ == "pobj"]
        if sources:
            return tagged(speaker_claimant(sources[0]), "report frame")
        return ClaimantFinding(Claimant(name="reports", kind="unattributed"), None, "report frame")
    if any(t.lower_ in {"reportedly", "allegedly"} for t in mention.head.children):
        return ClaimantFinding(Claimant(name="reports", kind="unattributed"), None, "reportedly")
    earlier = toll_continuing_previous(mention)
    if earlier is not None:  # a toll sentence staying on the event the sentence before attributes
        return tagged(speaker_claimant(earlier), "toll after source")
    return ClaimantFinding(publication(document), None, "publication")
