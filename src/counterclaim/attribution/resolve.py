"""Stage 3, step 4: speakers resolved, in text order — every candidate becomes a Statement.

A candidate's own speaker mention is resolved (a pronoun or short name points back to a full
name). A candidate with none — a bare quote — takes the speaker of an earlier statement in its
paragraph, of the quote it continues, or of the paragraph before it (a paragraph that is all
quotation belongs to the speaker just named; after a paragraph where nobody spoke, to whom its last
sentence is about), and that statement's cue when it was a quote's.

Statement ids are ``{document.id}-s{n:03d}`` in text order.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.attribution.candidates import ATTRIBUTION, Candidate, inside_quote
from counterclaim.attribution.direct import voice_of
from counterclaim.attribution.mentions import PERSONAL_PRONOUNS, Mention, describe
from counterclaim.attribution.quotes import QuoteSpan
from counterclaim.attribution.resolver import SpeakerResolver, in_subject_role
from counterclaim.datafiles import words
from counterclaim.models import Document, Speaker, Statement
from counterclaim.nlp import same_paragraph

__all__ = ["remember_subjects", "resolve_all"]


def remember_subjects(doc: Doc, resolver: SpeakerResolver, quotes: list[QuoteSpan]) -> None:
    """Named people and groups of people as sentence subjects are what a later "he" or "they" points back to."""
    resolver.note_quotes(quotes)
    for token in doc:
        named = (
            token.ent_type_ == "PERSON"
            or (token.tag_ == "NNS" and token.lower_ in words(ATTRIBUTION, "group_nouns"))
            or (token.text[:1].isupper() and resolver.knows_surname(token.text, token.idx))  # "Trump" not tagged PERSON
        )
        if named and in_subject_role(token) and not inside_quote(token.idx, quotes):
            resolver.remember(describe(token))


def resolve_all(document: Document, candidates: list[Candidate], resolver: SpeakerResolver) -> list[Statement]:
    statements: list[Statement] = []
    speakers: list[tuple[Candidate, Mention]] = []
    contents = [(c.start, c.end) for c in candidates]
    for n, candidate in enumerate(candidates):
        mention = _speaker_for(candidate, speakers, resolver, contents, candidates[n + 1 : n + 2])
        if candidate.cue is None:
            _inherit_cue(candidate, mention, speakers)
        speakers.append((candidate, mention))
        resolver.remember(mention)
        statements.append(_statement(document, len(statements) + 1, candidate, mention))
    return statements


def _speaker_for(
    candidate: Candidate,
    earlier: list[tuple[Candidate, Mention]],
    resolver: SpeakerResolver,
    contents: list[tuple[int, int]],
    following: list[Candidate],
) -> Mention:
    """The speaker a reader gives a candidate: its own mention resolved, else the rules for bare quotes."""
    if candidate.mention is not None and not _not_a_speaker(candidate.mention):
        mention = candidate.mention
        return _introduced(candidate, resolver, contents) or resolver.resolve(mention, mention.start)
    return (
        _paragraph_speaker(candidate, earlier)
        or _open_quote_speaker(earlier)
        or _introduced_after(candidate, following, resolver)
        or _previous_paragraph_speaker(candidate, earlier)
        or _voice_of_the_sentence_before(candidate, earlier, resolver)
        or _last_person_named(candidate, resolver)
        or Mention(Speaker(None, "", "unattributed"), candidate.start, candidate.start)
    )


def _introduced(candidate: Candidate, resolver: SpeakerResolver, contents: list[tuple[int, int]]) -> Mention | None:
    """A "he"/"she" statement right after a sentence naming one person: that person (``introduced_before``)."""
    mention = candidate.mention
    if mention is None or mention.speaker.name is not None:
        return None
    if mention.speaker.as_written.casefold() not in PERSONAL_PRONOUNS:
        return None
    return resolver.introduced_before(min(candidate.start, mention.start), mention.speaker.as_written, contents)


def _speaks(candidate: Candidate, mention: Mention) -> bool:
    """A statement whose speaker a later bare quote can take: attributed, and not a report's source."""
    return mention.speaker.kind != "unattributed" and not candidate.sourced_by_noun


def _paragraph_speaker(candidate: Candidate, earlier: list[tuple[Candidate, Mention]]) -> Mention | None:
    """ "Smith said the plan failed. "It was a disaster."": still Smith, the paragraph's last speaker."""
    same = [m for c, m in earlier if c.paragraph == candidate.paragraph and _speaks(c, m)]
    return same[-1] if same else None


def _open_quote_speaker(earlier: list[tuple[Candidate, Mention]]) -> Mention | None:
    """A quote that continues one left open at the end of the paragraph before: that quote's speaker."""
    last_quote = earlier[-1][0].quote if earlier else None
    return earlier[-1][1] if last_quote is not None and last_quote.close_at is None else None


def _previous_paragraph_speaker(candidate: Candidate, earlier: list[tuple[Candidate, Mention]]) -> Mention | None:
    """A paragraph that is all quotation belongs to the speaker of the paragraph before (not to someone
    that speaker was reporting: "Kerry said Lavrov told him …" leaves Kerry the speaker)."""
    others = [o for o, _ in earlier]
    before = [
        m
        for c, m in earlier
        if c.paragraph == candidate.paragraph - 1 and _speaks(c, m) and not _nested(c, others)
    ]  # fmt: skip
    return before[-1] if before else None


def _introduced_after(candidate: Candidate, following: list[Candidate], resolver: SpeakerResolver) -> Mention | None:
    """ ""We have nothing left." Omar Saleh, a farmer, says the rains failed.": a quote with no cue and no
    statement before it in its paragraph, followed in the same paragraph by a statement whose speaker is named
    (not a pronoun, which would point back), is that speaker's — the reporter quotes first and introduces the
    speaker after — rather than the previous paragraph's speaker. (Tried and not kept: only a speaker in the
    very next sentence — it moved check alone, +1, and no tune quote.)"""
    if not following or candidate.quote is None:
        return None
    after = following[0]
    if after.paragraph != candidate.paragraph or after.mention is None or after.sourced_by_noun:
        return None
    mention = after.mention
    if mention.speaker.name is None or mention.speaker.kind == "unattributed" or _not_a_speaker(mention):
        return None
    return resolver.resolve(mention, mention.start)


def _voice_of_the_sentence_before(
    candidate: Candidate, earlier: list[tuple[Candidate, Mention]], resolver: SpeakerResolver
) -> Mention | None:
    """ "Her message to the army is plain: stop the shelling." ⏎ ""Children live in those houses."":
    a quote paragraph after a paragraph where nobody spoke belongs to whom the reporter's last sentence
    there is about — its subject, a person, or the owner of a noun of saying (``direct.voice_of``) —
    rather than to the last person named anywhere before."""
    if candidate.quote is None or any(c.paragraph == candidate.paragraph - 1 for c, _ in earlier):
        return None
    doc = resolver.doc
    opening = doc.char_span(candidate.quote.open_at, candidate.quote.open_at + 1, alignment_mode="expand")
    if opening is None:
        return None
    last = next((t for t in reversed(doc[: opening.start]) if not t.is_space), None)
    if last is None or same_paragraph(last, opening[0]):
        return None  # the quote does not open its paragraph
    subject = next((t for t in last.sent if t.dep_ in {"nsubj", "nsubjpass"}), None)  # the first: its topic
    voice = voice_of(subject) if subject is not None else None
    if voice is None:
        return None
    found = resolver.resolve(describe(voice), voice.idx)
    return found if found.speaker.name else None  # a "she" that points nowhere names no one


def _last_person_named(candidate: Candidate, resolver: SpeakerResolver) -> Mention | None:
    """Failing all else, the last person named as a subject or speaker before the candidate."""
    last = resolver.last_speaker_before(candidate.start)
    return last if last is not None and last.speaker.kind == "person" else None


def _not_a_speaker(mention: Mention) -> bool:
    """ "That is what …", "the controversial comment said": a phrase headed by a word from
    ``non_speakers.txt`` names no one, so the statement takes its speaker from the context."""
    speaker = mention.speaker
    if speaker.kind == "person" or not speaker.as_written:
        return False
    return speaker.as_written.split()[-1].casefold() in words(ATTRIBUTION, "non_speakers")


def _inherit_cue(candidate: Candidate, mention: Mention, earlier: list[tuple[Candidate, Mention]]) -> None:
    """ ""A," said Okafor. "B."": B is said by the same "said" — a quote that takes its speaker from an
    earlier direct quote in its paragraph (or continues one left open) takes that quote's cue too."""
    for other, other_mention in reversed(earlier):
        if other_mention is not mention:
            continue
        if other.quote is None or other.cue is None:
            return  # after reported speech a bare quote is the speaker's, but not that verb's
        if other.paragraph == candidate.paragraph or other.quote.close_at is None:
            candidate.cue, candidate.cue_text = other.cue, other.cue_text
        return


def _nested(candidate: Candidate, others: list[Candidate]) -> bool:
    """A cue inside another statement's content ("Kerry said Lavrov told him …") is not the paragraph's speaker."""
    if candidate.cue is None:
        return False
    at = candidate.cue.idx
    return any(o is not candidate and o.start <= at < o.end for o in others)


def _statement(document: Document, n: int, candidate: Candidate, mention: Mention) -> Statement:
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
        kind=candidate.kind or ("direct" if candidate.direct else "reported"),
    )


def _phrase_end(token: Token) -> int:
    """End of a two-word cue: "according to", "called for", "called on"."""
    for child in token.children:
        if child.lower_ in {"to", "for", "on"} and child.dep_ == "prep":
            return child.idx + len(child)
    return token.idx + len(token)
