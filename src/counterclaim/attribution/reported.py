"""Stage 3, step 2: reported speech — what someone said, in the reporter's words.

A reporting verb with a subject and a complement ("US officials say the strikes did not hit IS"),
"according to X", "reports from X", "X's claim that …", and the reporter's own "There have been
reports of …" or "reportedly" (unattributed). A quote inside a reported clause belongs to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.attribution.candidates import (
    ATTRIBUTION,
    UNATTRIBUTED,
    Candidate,
    clause_span,
    inside_quote,
    overlaps_quote,
    word_count,
)
from counterclaim.attribution.cues import (
    according_source,
    concern_tokens,
    content_tokens,
    is_attitude_verb,
    is_belief_adjective,
    is_cue_verb,
    is_directive_verb,
    is_mention_verb,
    is_report_noun,
    is_speech_noun,
    mentioned_tokens,
    phrasal_particle,
    subject_of,
    takes_infinitive,
    takes_object,
    verb_lemma,
)
from counterclaim.attribution.epistemic import is_epistemic_verb, is_source, noun_kind, statement_kind
from counterclaim.attribution.mentions import Mention, describe
from counterclaim.attribution.passives import evident_statement, is_seeming_verb, passive_statement, seeming_statement
from counterclaim.attribution.quotes import QuoteSpan
from counterclaim.datafiles import mapping, words
from counterclaim.nlp import doc_text, paragraph_of, same_paragraph

__all__ = ["MIN_CLAUSE_WORDS", "embeds", "reported_candidates"]

# Reported clauses shorter than this are fragments the parse left behind ("It means", "they are").
MIN_CLAUSE_WORDS = 3
MIN_OBJECT_WORDS = 2  # "denies hitting civilians": what was denied may be short
EXPLETIVES = frozenset({"it", "there"})


def reported_candidates(doc: Doc, direct: list[Candidate]) -> list[Candidate]:
    """Reported speech outside the quotes: cue verbs with a clause, "according to", "reportedly", report nouns."""
    quotes = [c.quote for c in direct if c.quote is not None]
    used_cues = {c.cue.i: c.quote for c in direct if c.cue is not None and c.quote is not None}
    found: list[Candidate] = []
    for token in doc:
        if inside_quote(token.idx, quotes):
            continue
        if is_report_noun(token):
            found.extend(_report_noun_clauses(token, quotes))
            continue
        candidate = _verb_candidate(token, quotes, used_cues) or _other_candidate(token, quotes, used_cues)
        if candidate is not None:
            found.append(candidate)
    for candidate in found:
        candidate.paragraph = paragraph_of(doc, candidate.start)
    return found


def _verb_candidate(token: Token, quotes: list[QuoteSpan], used_cues: dict[int, QuoteSpan]) -> Candidate | None:
    """A verb's statement: its clause or object, else the matter it brings up."""
    candidate = None
    if is_cue_verb(token) or is_epistemic_verb(token) or is_attitude_verb(token) or is_directive_verb(token):
        candidate = _reported_clause(token, quotes, used_cues)
    if candidate is None and is_mention_verb(token):  # "noted the closure" (no clause): a mention
        candidate = _mentioned(token, quotes)
    if candidate is None:  # "the strikes are believed to have killed 40"
        candidate = _passive(token, quotes)
    return candidate


def _passive(verb: Token, quotes: list[QuoteSpan]) -> Candidate | None:
    """A passive cue's statement (passives.py), unless it lies in a quote or is not yet held."""
    candidate = passive_statement(verb) or seeming_statement(verb)
    if candidate is None or overlaps_quote(candidate.start, candidate.end, quotes) or _not_yet_said(verb):
        return None
    # no one's words are given ("is said to have fled"): a position, never a quote (GGT marks none)
    candidate.kind = candidate.kind or statement_kind(verb) or "belief"
    return candidate


def _other_candidate(token: Token, quotes: list[QuoteSpan], used_cues: dict[int, QuoteSpan]) -> Candidate | None:
    """A statement cued by something other than a verb: "convinced that", "according to", "reportedly", "X's claim"."""
    if is_belief_adjective(token):
        return _held_clause(token, quotes)
    evident = evident_statement(token)  # "it is clear that …": nobody's position named
    if evident is not None and not overlaps_quote(evident.start, evident.end, quotes):
        return evident
    if token.lower_ == "according" and token.i not in used_cues:
        return _according_clause(token, quotes)
    if token.lower_ == "reportedly":
        return _reportedly_clause(token, quotes)
    if is_speech_noun(token):
        return _owned_claim(token, quotes)
    return None


def _reported_clause(verb: Token, quotes: list[QuoteSpan], used_cues: dict[int, QuoteSpan]) -> Candidate | None:
    span = clause_span(content_tokens(verb))
    own_quote = used_cues.get(verb.i)
    if own_quote is not None and verb.dep_ == "parataxis" and span is not None and inside_quote(span[0], quotes):
        return None  # '"The raids," she said, "go on."': a quote split by its cue is the statement
    if span is not None and own_quote is not None and _quote_opens_its_own_sentence(own_quote, verb, span[0]):
        return None  # '… in the north "The raids go on …," Ruiz said': the parse ran past a missing full stop
    minimum = MIN_OBJECT_WORDS if takes_object(verb) else MIN_CLAUSE_WORDS
    too_short = span is not None and word_count(doc_text(verb.doc)[span[0] : span[1]]) < minimum
    if span is None or too_short or (overlaps_quote(*span, quotes) and not _runs_past_its_quote(span, quotes, verb)):
        return None
    if _not_yet_said(verb):
        return None
    opening = _opening_quote(span, quotes)
    if opening is not None:  # the clause opens with quoted words: keep their opening mark with them
        span = (opening.open_at, span[1])
    subject = _speaking_subject(verb, quotes)
    if subject is None:
        return None
    if subject.lower_ in EXPLETIVES and any(c.dep_ == "auxpass" for c in verb.children):
        mention = Mention(UNATTRIBUTED, subject.idx, subject.idx + len(subject))
        unattributed = Candidate(span[0], span[1], False, mention, verb, 0)
        unattributed.kind = statement_kind(verb)  # "it is estimated that …": a finding with no one named
        return unattributed
    particle = phrasal_particle(verb)
    cue_text = f"{verb.text} {particle.text}" if particle is not None else None
    candidate = Candidate(span[0], span[1], False, describe(subject), verb, 0, cue_text=cue_text)
    candidate.kind = statement_kind(verb)
    return candidate if candidate.kind is None or is_source(subject) else None


def _speaking_subject(verb: Token, quotes: list[QuoteSpan]) -> Token | None:
    """The cue's subject, unless it is inside a quote, a first or second person, or a possessive ending."""
    subject = subject_of(verb)
    if subject is None or inside_quote(subject.idx, quotes) or subject.lower_ in {"you", "i"} or subject.tag_ == "POS":
        return None
    return subject


def _mentioned(verb: Token, quotes: list[QuoteSpan]) -> Candidate | None:
    """ "The envoy cited the toll", "the monitor pointed to the shelling": what the source brought up is a
    statement of kind "mention" (PolNeAR attributes it; it is no quote, and no words of the source's)."""
    span = clause_span(mentioned_tokens(verb))
    if span is None or word_count(doc_text(verb.doc)[span[0] : span[1]]) < MIN_OBJECT_WORDS:
        return None
    if (overlaps_quote(*span, quotes) and not _runs_past_its_quote(span, quotes, verb)) or _not_yet_said(verb):
        return None
    subject = _speaking_subject(verb, quotes)
    if subject is None or subject.lower_ in EXPLETIVES or not is_source(subject):
        return None
    where = mapping(ATTRIBUTION, "mention_verbs").get(verb_lemma(verb), "object")
    preposition = next((c.text for c in verb.children if c.dep_ == "prep" and c.lower_ in where.split("|")), None)
    cue_text = f"{verb.text} {preposition}" if where != "object" and preposition else None  # "pointed to"
    candidate = Candidate(span[0], span[1], False, describe(subject), verb, 0, cue_text=cue_text)
    candidate.kind = "mention"
    return candidate


def _held_clause(adjective: Token, quotes: list[QuoteSpan]) -> Candidate | None:
    """ "Residents are convinced that the militia planted the mines": the copula's subject holds the clause."""
    if _not_yet_said(adjective.head):  # "could not be sure that …": a modal, not a position held
        return None
    span = clause_span(content_tokens(adjective) or concern_tokens(adjective))
    if span is None or word_count(doc_text(adjective.doc)[span[0] : span[1]]) < MIN_OBJECT_WORDS:
        return None
    if overlaps_quote(*span, quotes) and not _runs_past_its_quote(span, quotes, adjective):
        return None
    subject = _speaking_subject(adjective.head, quotes)
    if subject is None or subject.lower_ in EXPLETIVES or not is_source(subject):
        return None
    candidate = Candidate(span[0], span[1], False, describe(subject), adjective, 0)
    candidate.kind = "belief"
    return candidate


def _placed_by_relative_adverb(verb: Token) -> bool:
    """ "where" / "when" on the verb or on its infinitive (the parse hangs it on either)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(c.tag_ == "WRB" and c.i < verb.i for h in heads for c in h.children)


def _runs_past_its_quote(span: tuple[int, int], quotes: list[QuoteSpan], verb: Token) -> bool:
    """ "points out that "the penalties are so light" that firms ignore them": a clause that opens with
    quoted words and goes on in the reporter's words is the whole statement, not the quote alone."""
    opening = _opening_quote(span, quotes)
    if opening is None or opening.outer_end >= span[1]:
        return False
    return word_count(doc_text(verb.doc)[opening.outer_end : span[1]]) >= MIN_CLAUSE_WORDS


def _opening_quote(span: tuple[int, int], quotes: list[QuoteSpan]) -> QuoteSpan | None:
    return next((q for q in quotes if q.open_at <= span[0] < q.end), None)


def _quote_opens_its_own_sentence(quote: QuoteSpan, verb: Token, clause_start: int) -> bool:
    """A capitalised quote that its cue follows is a sentence of its own, even if the clause reaches back past it.

    A quote starting in lower case continues the reporter's sentence ("are "very exciting," says
    Kim") and stays part of the reported clause.
    """
    text = doc_text(verb.doc)
    return quote.end <= verb.idx and clause_start < quote.end and text[quote.start : quote.start + 1].isupper()


def _not_yet_said(verb: Token) -> bool:
    """ "Russia must confirm …", "is able to say", "will announce": an obligation or plan, not a statement.

    A participle that modifies a noun ("strikes intended to halt the advance", "a convoy believed to
    carry food") names no one who holds it either, nor does a plan placed by a relative adverb ("the land
    where they planned to take refuge")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not _seems_to(verb):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}:
        return True
    if takes_infinitive(verb) and verb.dep_ == "relcl" and _placed_by_relative_adverb(verb):
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and verb.lemma_ in words(ATTRIBUTION, "silent_when_negated")


def _seems_to(verb: Token) -> bool:
    """ "appeared to suggest that …": a verb of seeming before the infinitive tells it as said."""
    return verb.dep_ == "xcomp" and is_seeming_verb(verb.head) and not _not_yet_said(verb.head)


def _sentence_without(token: Token, skip: set[int]) -> list[Token]:
    tokens = [t for t in token.sent if t.i not in skip and same_paragraph(t, token)]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _according_clause(token: Token, quotes: list[QuoteSpan]) -> Candidate | None:
    source = according_source(token)
    if source is None:
        return None
    content = _sentence_without(token, {t.i for t in token.subtree})
    if word_count(" ".join(t.text for t in content)) < MIN_CLAUSE_WORDS:
        content = _after_opening_phrase(token, source)
    span = clause_span(content)
    if span is None or overlaps_quote(*span, quotes) or word_count(doc_text(token.doc)[span[0] : span[1]]) < 3:
        return None
    candidate = Candidate(span[0], span[1], False, describe(source), token, 0, cue_text="according to")
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


def _reportedly_clause(token: Token, quotes: list[QuoteSpan]) -> Candidate | None:
    span = clause_span(_sentence_without(token, {token.i}))
    if span is None or overlaps_quote(*span, quotes):
        return None
    return Candidate(span[0], span[1], False, Mention(UNATTRIBUTED, token.idx, token.idx + len(token)), token, 0)


def _report_noun_clauses(noun: Token, quotes: list[QuoteSpan]) -> list[Candidate]:
    """ "There have been reports of …" (unattributed) and "reports from US officials and activists" (sourced)."""
    if inside_quote(noun.idx, quotes):
        return []
    sources = _noun_sources(noun)
    if sources:
        span = clause_span([t for t in noun.subtree if not t.is_punct])
        if span is None:
            return []
        return [Candidate(span[0], span[1], False, describe(s), noun, 0, sourced_by_noun=True) for s in sources]
    owned = _owned_claim(noun, quotes)
    if owned is not None:
        return [owned]
    if not _is_existential(noun):
        return []
    content = [t for c in noun.children if c.dep_ in {"prep", "acl", "ccomp", "relcl"} for t in c.subtree]
    content = sorted(content, key=lambda t: t.i)
    if content and content[0].lower_ in {"of", "that"}:
        content = content[1:]
    span = clause_span(content)
    if span is None or overlaps_quote(*span, quotes):
        return []
    return [Candidate(span[0], span[1], False, Mention(UNATTRIBUTED, noun.idx, noun.idx + len(noun)), noun, 0)]


def _owned_claim(noun: Token, quotes: list[QuoteSpan]) -> Candidate | None:
    """ "Russia's claim that its jets hit only militants": the owner made the claim, the that-clause is it."""
    owner = _owner(noun)
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
    span = clause_span(tokens)
    if span is None or overlaps_quote(*span, quotes) or word_count(doc_text(noun.doc)[span[0] : span[1]]) < 3:
        return None
    candidate = Candidate(span[0], span[1], False, describe(owner), noun, 0)
    candidate.kind = noun_kind(noun)
    return candidate


def _owner(noun: Token) -> Token | None:
    """Whose claim it is: "Russia's claim", "a Reuters report" (a name before the noun), "Syrian claims"."""
    for child in noun.children:
        if child.i > noun.i:
            continue
        if child.dep_ == "poss":
            return child
        named = child.pos_ == "PROPN" or child.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"}
        if child.dep_ in {"compound", "amod", "nmod"} and named:
            return child
    return None


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


def embeds(indirect: Candidate, direct: Candidate) -> bool:
    """A short quote inside a reported clause (said the plan was "a disaster") belongs to that clause."""
    quote = direct.quote
    if indirect.kind is not None:  # a finding or belief does not take over a quote: the quote is still said
        return False
    if quote is None:
        return False
    opens_it = quote.open_at <= indirect.start <= quote.start and quote.outer_end < indirect.end
    return opens_it or (indirect.start < quote.open_at and quote.start < indirect.end)
