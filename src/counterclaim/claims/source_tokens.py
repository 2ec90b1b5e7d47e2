"""Stage 4: where a sentence names the source of its claim — the tokens, before they are named as claimants.

Why a module of its own: a source is found in many places (the reporting verb above the claim, one after
it without a comma, "according to", a source cut off as a sentence of its own, the sentence before for
"Another 70 were wounded."), and each is a question about the parse alone; ``claimant.py`` then names
what these find. Every function returns the head token of the source's phrase, or None.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from counterclaim.claims.events import EventMention
from counterclaim.datafiles import SHARED, words
from counterclaim.nlp import same_paragraph

__all__ = [
    "REPORTING_VERBS",
    "according_to",
    "continued_source",
    "inverted_subject",
    "named_subject",
    "quoted_source",
    "report_frame",
    "reporting_ancestor",
    "sentence_source",
    "source_fragment",
    "stranded_subject",
    "trailing_source",
]

# Who reports an event: a verb of saying or of belief, but not a speech act that is an event of its own
# ("threatened to impose a curfew" is a threat, not a report that a curfew was imposed).
REPORTING_VERBS = (words(SHARED, "reporting_verbs") - words(SHARED, "speech_act_verbs")) | words(
    SHARED, "reporting_verbs_epistemic"
)
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj", "advcl"})
_ADDITIVE = words("counterclaim.claims", "additive_openers")
_NAME_POS = frozenset({"DET", "PROPN", "ADJ"})
_FIGURE_REPORTING = words("counterclaim.claims", "figure_reporting_verbs")
_QUOTING = frozenset({"quote", "cite"})  # "quoted X as saying": X speaks
# Verbs of saying that take a clause and never a thing said as a plain noun: an object the parser gives them is
# the subject of a that-less clause ("said attacks by insurgents killed 20" reports the killing).
_CLAUSE_ONLY = frozenset({"say"})


def reporting_ancestor(mention: EventMention) -> Token | None:
    """The reporting verb whose complement holds the claim ("US officials say [the strikes did not hit ...]")."""
    current = mention.head
    if current.lemma_.lower() in _FIGURE_REPORTING and _in_object(mention.trigger, current):
        return current  # the clause's own verb reports it: "It counted four further deaths in the shelling"
    if mention.trigger.head == current and _clause_read_as_object(mention.trigger):
        return current  # "State media said attacks by insurgents killed 20": the attacks are what is said
    for _ in range(8):
        parent = current.head
        if parent == current:
            return None
        claims_responsibility = any(c.lemma_.lower() in {"responsibility", "credit"} for c in parent.children)
        reports = current.dep_ in _COMPLEMENT_DEPS and not _beside_own_object(parent, current)
        if parent.lemma_.lower() in REPORTING_VERBS and reports and not claims_responsibility:
            return parent
        if current.dep_ == "dobj" and parent.lemma_.lower() in _FIGURE_REPORTING:
            return parent  # "the Levant Monitor recorded four further deaths in the shelling": what is reported
        if _clause_read_as_object(current):
            return parent  # "State media said attacks by insurgents killed 20": a that-less clause read as an object
        current = parent
    return None


def _clause_read_as_object(token: Token) -> bool:
    """ "said attacks by insurgents killed at least 20": the object the parser gave a verb of saying is the subject of a
    that-less clause, whose verb (a past form with an object of its own) it mistook for a modifier. A noun said with
    no such verb ("said on Tuesday a demonstration of ...", the writer's own comment) is not what is said."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in _CLAUSE_ONLY:
        return False
    verbs = [t for t in token.subtree if t.tag_ in {"VBD", "VBN"} and t.dep_ in {"acl", "relcl"}]
    return any(any(c.dep_ == "dobj" for c in v.children) for v in verbs)


def _beside_own_object(verb: Token, clause: Token) -> bool:
    """ "shells claiming the lives of ten and injuring fifty": a clause coordinated with a verb that has an object of
    its own is the verb's fellow, not what it reports ("claim" takes lives here, not a that-clause)."""
    return clause.dep_ == "conj" and any(c.dep_ == "dobj" and c != clause for c in verb.children)


def quoted_source(verb: Token) -> Token | None:
    """ "SANA quoted local sources as saying that ...": the one quoted is who says it, the quoting outlet relays."""
    if verb.tag_ != "VBG":
        return None
    governor = verb.head.head if verb.head.lower_ == "as" else verb.head
    if governor == verb or governor.lemma_.lower() not in _QUOTING:
        return None
    return next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _in_object(token: Token, verb: Token) -> bool:
    return any(c.dep_ == "dobj" and token in c.subtree for c in verb.children)


def named_subject(verb: Token) -> Token | None:
    """The verb's subject nearest before it (a parse of a run-on sentence can give it two), if it is named."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "two were reported killed": no source
    before = [c for c in subjects if c.i < verb.i]
    subject = before[-1] if before else (subjects[0] if subjects else None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in {"WDT", "WP", "WRB"}:
        return None
    return subject


def stranded_subject(verb: Token) -> Token | None:
    """ "... in the city on Friday state television reported": without a comma the parser hangs the source
    on the phrase before it and leaves the verb without a subject; the noun right before the verb is it."""
    if verb.i == 0 or verb.tag_ == "VBG" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # a participle ("..., claiming the lives of") has no subject of its own to lose
    if verb.doc[verb.i - 1].text in {"-", "–", "—", ":", "|"}:  # "... in Hama - reports": a headline's tag
        return None
    before = _word_before(verb)
    if before is None or before.pos_ not in {"NOUN", "PROPN"} or before.ent_type_ in {"DATE", "TIME"}:
        return None
    # "... late on Friday the Levant Rights Monitor (LRM) said": the head of the name's phrase, but not past a
    # phrase of its own ("... near the town of Azaz Syria the ministry said": "the ministry" is no part of Syria)
    while before.head.i < before.i and _inside_name(before) and not _own_phrase(before) and not _after_place(before):
        if any(t.is_quote for t in before.doc[before.head.i : before.i]):  # '... of Aleppo" state agency X said'
            break
        before = before.head
    return before


def _after_place(token: Token) -> bool:
    """ "... in the old quarter of central Homs Levant News said": a name the parser ran into the place before it
    (a lost comma) ends the place's phrase rather than belonging to it."""
    return token.dep_ == "pobj" and any(c.dep_ == "compound" and c.ent_type_ in {"GPE", "LOC"} for c in token.children)


def _own_phrase(token: Token) -> bool:
    """An apposition that opens with its own article: a phrase of its own where a comma was lost, not a name's part."""
    return token.dep_ == "appos" and token.left_edge.pos_ == "DET" and token.left_edge.i > token.head.i


def _inside_name(token: Token) -> bool:
    """A word inside a name's phrase, below its head: "Human Rights" in "Observatory for Human Rights"."""
    if token.dep_ in {"compound", "appos"}:
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ in {"of", "for"}
    return token.dep_ == "prep" and token.head.pos_ in {"NOUN", "PROPN"}


def _word_before(verb: Token) -> Token | None:
    """The word before the verb, past a bracketed acronym and punctuation ("... Rights (SOHR) said")."""
    i = verb.i - 1
    doc = verb.doc
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


def trailing_source(mention: EventMention) -> Token | None:
    """ "... killed six, state television reported" / "... left 40 dead on Friday a monitor said": a reporting
    verb after the claim whose own complement is missing, with nothing after it but its own words — a participle
    clause of its own ("... the Levant Monitor said, revising its first toll") and a clause coordinated with the
    claim's ("..., the Levant Monitor said, but it did not know who") are not its complement either."""
    trigger = mention.trigger
    sentence = trigger.sent
    for verb in (t for t in sentence if t.i > trigger.i and t.lemma_.lower() in REPORTING_VERBS):
        if verb.pos_ not in {"VERB", "AUX"}:
            subject = _name_before_closing_noun(verb)
            if subject is not None and subject.i > trigger.i:
                return subject
            continue
        inverted = inverted_subject(verb)  # "... said the Observatory", at times parsed as the verb's object
        if any(_complement(c) and c != inverted for c in verb.children):
            continue
        own = _own_clauses(verb) | _clauses_coordinated_before(verb, sentence)
        rest = [t for t in sentence if t.i > verb.i and not t.is_punct and t.i not in own]
        if any(t.pos_ == "VERB" or verb not in [t, *t.ancestors] for t in rest):
            continue
        subject = inverted or named_subject(verb) or stranded_subject(verb)
        if subject is not None and subject.i > trigger.i:
            return subject
    return None


def inverted_subject(verb: Token) -> Token | None:
    """ "... killed 23 people said the Levant Monitor." (the comma lost): the name right after a reporting verb that
    ends the sentence, or is followed only by its own participle or description, is the verb's subject, inverted —
    not "said the rebels killed 23", where the name is the subject of the reported clause."""
    doc = verb.doc
    i = verb.i + 1
    run: list[Token] = []
    while i < verb.sent.end and _name_word(doc[i]):
        run.append(doc[i])
        i += 1
    if i < verb.sent.end and doc[i].pos_ in {"NOUN", "PROPN"} and not _dated(doc[i]):
        run.append(doc[i])
    inside = {t.i for t in run}
    head = next((t for t in run if t.head.i not in inside and t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or not any(t.pos_ == "PROPN" for t in run):
        return None
    governor = head.head
    if head.dep_ in {"nsubj", "nsubjpass"} and governor != verb and governor.tag_ != "VBG":
        return None
    return head


def _dated(token: Token) -> bool:
    return token.ent_type_ in {"DATE", "TIME"}


def _name_word(token: Token) -> bool:
    """A word of a name's phrase after the verb ("the Syrian Observatory for Human Rights"), not a date ("Friday")."""
    return not _dated(token) and (token.pos_ in _NAME_POS or token.dep_ == "compound" or _in_name(token))


def _in_name(token: Token) -> bool:
    """A hyphen or "for"/"of" inside a name ("Observatory for Human Rights", "Al-Manar")."""
    return token.lower_ in {"-", "for", "of"} and token.i > 0 and token.nbor(-1).pos_ == "PROPN"


def _complement(token: Token) -> bool:
    return token.dep_ in {"ccomp", "dobj"} or (token.dep_ == "xcomp" and not _participle(token))


def _participle(token: Token) -> bool:
    return token.tag_ == "VBG" and token.i > token.head.i


def _own_clauses(verb: Token) -> set[int]:
    """ "... the Observatory said and gave residents a deadline", "... said, adding that ...": clauses of the verb's
    own after it (coordinated, or a participle), which are no complement of what it reports."""
    heads = [c for c in verb.children if c.i > verb.i and (c.dep_ in {"conj", "cc"} or _participle(c))]
    return {t.i for c in heads for t in c.subtree}


def _clauses_coordinated_before(verb: Token, sentence: Span) -> set[int]:
    """ "... hurt six the Levant Monitor said but it did not know who": a clause after the verb coordinated with one
    before it (the parser hangs the source inside the first clause), with its conjunction."""
    heads = [t for t in sentence if t.i > verb.i and t.dep_ in {"conj", "cc"} and t.head.i < verb.i]
    return {t.i for c in heads for t in (c.subtree if c.dep_ == "conj" else [c])}


def _name_before_closing_noun(word: Token) -> Token | None:
    """ "... on Monday the Levant Network for Rights reports.": a reporting verb closing the sentence that the
    parser took for a plural noun; the head of the name right before it."""
    doc = word.doc
    last = next((t for t in reversed(word.sent) if not t.is_punct), None)
    if word != last or word.tag_ != "NNS" or not word.lower_.endswith("s") or word.i == 0:
        return None
    run: list[Token] = []
    i = word.i - 1
    while i >= word.sent.start and (doc[i].pos_ == "PROPN" or (run and doc[i].lower_ in {"of", "for", "-"})):
        run.insert(0, doc[i])
        i -= 1
    while run and run[0].pos_ != "PROPN":
        run.pop(0)
    inside = {t.i for t in run}
    return next((t for t in run if t.head.i not in inside), None)


def source_fragment(mention: EventMention) -> Token | None:
    """ "... in northern territories held by the group) a monitoring group says.": a source the parser cut off as a
    sentence of its own: the next sentence of the paragraph is a name and a reporting verb, nothing else."""
    sentence = mention.trigger.sent
    doc = sentence.doc
    if sentence.end >= len(doc):
        return None
    fragment = doc[sentence.end].sent
    verbs = [t for t in fragment if t.pos_ in {"VERB", "AUX"}]
    verb = verbs[0] if len(verbs) == 1 else None
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS or not same_paragraph(verb, mention.trigger):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children):
        return None
    return named_subject(verb)


def according_to(mention: EventMention) -> Token | None:
    return _according_in(mention.trigger.sent)


def _according_in(sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < sentence.end and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def sentence_source(sentence: Span) -> Token | None:
    """The named source of a sentence of its own: the subject of its reporting verb, or "according to X"."""
    for verb in sentence:  # "an explosion claimed the lives of 40": a verb with an object reports nothing
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS and not _has_object(verb):
            subject = named_subject(verb) or stranded_subject(verb)
            if subject is not None:
                return subject
    return _according_in(sentence)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def continued_source(mention: EventMention) -> Token | None:
    """ "... at least 15 dead, the Observatory said. Another 70 were wounded.": a sentence that opens by adding to
    the report before it (``additive_openers``) and names no source of its own continues that report."""
    sentence = mention.trigger.sent
    opening = [t for t in sentence if not t.is_punct and not t.is_space][:2]
    opener = opening[-1] if len(opening) == 2 and opening[0].lower_ in {"a", "an"} else next(iter(opening), None)
    if opener is None or opener.lower_ not in _ADDITIVE or sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    if not same_paragraph(previous[0], mention.trigger):
        return None
    return sentence_source(previous)


def report_frame(mention: EventMention) -> Token | None:
    """ "There have been reports of X": the noun "reports" above the claim."""
    for token in mention.trigger.ancestors:
        if token.lemma_.lower() in {"report", "claim", "allegation", "account"} and token.pos_ == "NOUN":
            return token
    return None
