"""Counts: numbers a claim asserts ("at least 36 civilian casualties") as ranges with category and subject.

A count is found in three steps, all general rules over spaCy's parse:

1. **The number** (``numbers.parse_number``): digits, number words, vague words ("dozens").
   Not counts: dates, times, money, percentages, ages ("a 12-year-old"), durations ("24 hours"),
   calibres ("82mm"), model and unit numbers ("Su-24", "Brigade 51", "Route 40"), bare years.
2. **The qualifier** before it, mapped to a range (n is the number as written):

   ============================================  ===========================================
   qualifier                                     range
   ============================================  ===========================================
   none                                          low = high = n
   "at least", "no fewer/less than", "a minimum  low = n, high = None
   of"
   "more than", "over", "upwards of", "in        low = n + 1, high = None
   excess of"
   "up to", "as many as", "at most", "a maximum  low = None, high = n (the floor is not
   of"                                           asserted, so it stays open)
   "less than", "fewer than", "under", "below"   low = None, high = n - 1
   "about", "around", "approximately", "some",   n ± 10 % rounded outward, at least ± 1
   "roughly", "an estimated", "estimated"
   "nearly", "almost", "close to", "just under"  low = n - (10 % rounded up, at least 1), high = n
   "between n and m", "from n to m"              low = n, high = m
   vague words ("dozens", "hundreds")            the word's interval (see ``numbers``)
   ============================================  ===========================================

3. **What is counted**: the noun the number modifies ("12 *people*", "dozens of *protesters*"),
   and the event that happened to them, from the noun itself ("casualties", "sorties",
   "fatalities"), a word after it ("3 *dead*"), or the verb that governs it as object or passive
   subject ("*killing* 12 people", "12 people were *killed*", "the death *toll* rose to 40").
   The subject of an active verb is the doer, not the victim: in "gunmen killed 3", the count is
   3. Objects, targets, sites and positions in a sentence about strikes are ``targets``; things
   a verb destroys or damages are ``destroyed`` / ``damaged`` ("destroyed two bridges").
   People who protest, demonstrate, rally, march or gather are ``participants``.
   A count whose event is unknown has category ``other``; a bare number with nothing counted,
   or a single "other" thing ("one of the problems"), is dropped.
4. **One person**: "a man was killed", "killed a policeman" count 1 when the event is known
   (killed, injured, abducted, arrested); "a" alone is no number otherwise.

``subject`` is the kind of people counted, plural and lower case ("civilians", "soldiers"),
taken from the counted noun or from its modifier ("36 *civilian* casualties").

The grammar's parts: the word classes (``count_words``, one table for every reader), what a verb says befell
the counted (``count_verbs``), tolls, tallies, parts and additions (``count_wholes``), persons written without
a number (``count_persons``), the word-order reading where the parse fails (``count_reading``), idioms
(``count_idioms``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from counterclaim.claims.count_idioms import hospital_idiom, undergoer_idiom
from counterclaim.claims.count_persons import (
    PersonCount,
    is_address,
    is_age,
    is_family_size,
    merge_joined,
    pair_persons,
    single_persons,
)
from counterclaim.claims.count_reading import (
    names_count,
    participle_after,
    passive_after,
    state_word_after,
    verb_before,
)
from counterclaim.claims.count_verbs import verb_category
from counterclaim.claims.count_wholes import (
    comitative_category,
    gapped_category,
    taken_lives,
    toll_category,
    toll_of,
    whole_category,
)
from counterclaim.claims.count_words import (
    FATAL_ADJECTIVES,
    INTRANSITIVE_CATEGORY,
    MONTHS,
    NOT_COUNT_AFTER,
    NOT_COUNT_BEFORE,
    NOUN_CATEGORY,
    PERSON_EVENTS,
    PRONOUN_ONE_DETERMINERS,
    QUALIFIER_ROWS,
    STATE_WORDS,
    STRIKE_WORDS,
    TARGET_NOUNS,
    VERB_CATEGORY,
    WHOLE_PRONOUNS,
    people_counted,
)
from counterclaim.claims.numbers import VAGUE, WORD_VALUES, parse_number
from counterclaim.datafiles import SHARED, words
from counterclaim.models import Count
from counterclaim.nlp import doc_text, entity_around

__all__ = ["find_counts"]

# qualifier as written (lower case) → normalised qualifier and rule
QUALIFIERS: dict[str, tuple[str, str]] = {row[0].casefold(): (row[1], row[2]) for row in QUALIFIER_ROWS}
EXCLUDED_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


@dataclass(frozen=True, slots=True)
class _Number:
    start: int  # token index of the first word of the qualifier or number
    num_start: int
    end: int  # token index after the number
    low: int
    high: int
    vague: bool
    qualifier: str | None
    rule: str | None


def _half_of(token: Token) -> bool:
    """ "half a million": "half" before an article and a scale word."""
    doc = token.doc
    return (
        token.lower_ == "half"
        and token.i + 2 < len(doc)
        and doc[token.i + 1].lower_ in {"a", "an"}
        and doc[token.i + 2].lower_ in {"dozen", "hundred", "thousand", "million", "billion"}
    )


def _is_number_word(token: Token) -> bool:
    lower = token.lower_
    if _half_of(token):
        return True
    if lower in VAGUE or lower in WORD_VALUES:
        return lower not in {"a", "an", "single", "score", "dozen"} or (token.i > 0 and _article_number(token))
    return (token.like_num and any(c.isdigit() for c in token.text)) or lower in WORD_VALUES


def _article_number(token: Token) -> bool:
    """ "a dozen", "a hundred" (but not "a man")."""
    return token.lower_ in {"dozen", "score", "hundred", "thousand"}


def _pronoun_one(doc: Doc, i: int) -> bool:
    """ "no one", "the one who", "one another", "one day": "one" that counts nothing."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if doc[i].dep_ == "nummod":  # "one Afghan soldier was wounded": "one" modifies a noun
        return False
    return before in PRONOUN_ONE_DETERMINERS or after in {"another", "day", "side"}


def _joins_number_words(before: str, word: str, after: str) -> bool:
    """ "twenty - five", "two hundred and five", "tens of thousands"."""
    if word in {"-", "and"}:
        return before in WORD_VALUES and after in WORD_VALUES
    return word == "of" and before in {"tens", "hundreds"} and after in {"thousands", "millions"}


def _number_run(doc: Doc, i: int, limit: int) -> int:
    """The end of a number written over several tokens ("two hundred and five", "tens of thousands")."""
    j = i + 1
    digits = any(c.isdigit() for c in doc[i].text)
    while j < limit:
        lower = doc[j].lower_
        if digits and lower not in {"hundred", "thousand", "million", "billion"}:
            break  # "2015 Nine Villagers": a year before a number word, not 2,024
        if (lower in WORD_VALUES and lower not in {"a", "an", "single"}) or lower in {"hundreds", "thousands"}:
            j += 1
        elif j + 1 < limit and _joins_number_words(doc[j - 1].lower_, lower, doc[j + 1].lower_):
            j += 2
        else:
            break
    return j


def _qualifier_before(doc: Doc, start: int, floor: int) -> tuple[int, str | None, str | None]:
    for width in (3, 2, 1):
        first = start - width
        if first < floor:
            continue
        phrase = " ".join(doc[k].lower_ for k in range(first, start))
        if phrase in QUALIFIERS:
            name, rule = QUALIFIERS[phrase]
            return first, name, rule
    return start, None, None


def _apply_rule(rule: str | None, low: int, high: int, vague: bool) -> tuple[int | None, int | None]:
    if vague:
        return (low, None) if rule in {"min", "above"} else (low, high)
    n = low
    margin = max(1, math.ceil(n * 0.1))
    if rule == "min":
        return n, None
    if rule == "above":
        return n + 1, None
    if rule == "max":
        return None, n
    if rule == "below":
        return None, max(n - 1, 0)
    if rule == "range":
        return low, high
    if rule == "approx":
        return max(n - margin, 0), n + margin
    if rule == "nearly":
        return max(n - margin, 0), n
    return n, n


DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|day|week|month|year|"
    r"hour|minute|ago|today|yesterday|tomorrow|night|morning|evening|century|decade|[12]\d{3})|/",
    re.IGNORECASE,
)


WEEKDAYS = words(SHARED, "weekdays")


def _mistaken_date(token: Token) -> bool:
    """ "Between 1 and 4 soldiers" tagged DATE: no date word in the entity, so a count after all."""
    if token.ent_type_ != "DATE":
        return False
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and doc[token.i + 2].lower_ in WHOLE_PRONOUNS:
        return True  # "on Wednesday seven of them children": a part of the count before, not a date
    ent = entity_around(token.doc, token.i, token.i + 1, "DATE")
    return ent is not None and (not DATE_WORDS.search(ent.text) or _count_after_weekday(token, ent))


def _count_after_weekday(token: Token, ent: Span) -> bool:
    """ "on Friday 16 civilians were killed": where the comma after the day was stripped, the recogniser reads the
    weekday and the count as one date ("Friday 16"). A number that ends such a date right after a weekday, and is
    followed by words that say what it counts, is a count; "Friday 16 June" is still a date."""
    doc = token.doc
    after_weekday = token.i > 0 and doc[token.i - 1].lower_ in WEEKDAYS and ent.end == token.i + 1
    return after_weekday and any(names_count(t) for t in doc[token.i + 1 : token.i + 4])


def _excluded(doc: Doc, start: int, end: int) -> bool:
    """Dates, times, money, ages, units, calibres, model numbers and bare years are not counts."""
    first, last = doc[start], doc[end - 1]
    if (first.ent_type_ in EXCLUDED_ENTS or last.ent_type_ in EXCLUDED_ENTS) and not _mistaken_date(first):
        return True
    after = doc[end].lower_ if end < len(doc) else ""
    if after in NOT_COUNT_AFTER or after.startswith("-year") or after.startswith("year-"):
        return True
    if end + 1 < len(doc) and after == "-" and doc[end + 1].lower_ in NOT_COUNT_AFTER | {"year", "old"}:
        return True
    if is_age(doc, start, end) or is_address(doc, end) or is_family_size(doc, start):
        return True  # "Omar Saleh, 16,", "aged 25", "30 Porter Street", "a father of four"
    before = doc[start - 1] if start > 0 else None
    if before is not None:
        if before.lower_ in NOT_COUNT_BEFORE or before.text in {"-", "/", "#"}:
            return True
        named = before.text[:1].isupper() and before.pos_ == "PROPN" and before.ent_type_ not in {"NORP", "GPE"}
        counted = any(names_count(t) for t in doc[end : end + 3]) or verb_before(doc, start) is not None
        if named and (not counted or before.lower_.rstrip(".") in MONTHS):  # "Route 40", "Jul 18"; not
            return True  # "Daraa 16 civilians", "Airstrikes Kill 35"
    text = first.text
    if text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100 and start == end - 1:
        return True
    return ":" in text or text.count(".") > 1


def _between(doc: Doc, start: int, end: int, span: Span) -> _Number | None:
    """ "between 1 and 4", "from 2 to 4": a range written as two numbers."""
    if start == span.start or end + 1 >= span.end:
        return None
    opener, joiner = doc[start - 1].lower_, doc[end].lower_
    if (opener, joiner) not in {("between", "and"), ("from", "to")} or not _is_number_word(doc[end + 1]):
        return None
    second_end = _number_run(doc, end + 1, span.end)
    low, high = parse_number(doc[start:end].text), parse_number(doc[end + 1 : second_end].text)
    if low is None or high is None or _excluded(doc, end + 1, second_end) or low[0] > high[1]:
        return None
    return _Number(start - 1, start, second_end, low[0], high[1], False, "between", "range")


def _numbers(span: Span) -> list[_Number]:
    doc = span.doc
    out = []
    i = span.start
    while i < span.end:
        token = doc[i]
        if not _is_number_word(token) or (token.lower_ == "one" and _pronoun_one(doc, i)):
            i += 1
            continue
        start = i - 1 if i > span.start and doc[i - 1].lower_ in {"a", "an", "several"} and doc[i].lower_ in {
            "dozen", "hundred", "thousand", "score",
        } else i  # fmt: skip
        end = min(i + 3, span.end) if _half_of(token) else _number_run(doc, i, span.end)
        written = doc[start:end].text
        parsed = parse_number(written)
        if parsed is None or _excluded(doc, start, end):
            i = end
            continue
        between = _between(doc, start, end, span)
        if between is not None:  # "between 1 and 4 soldiers": one count, low 1, high 4
            out.append(between)
            i = between.end
            continue
        qstart, qualifier, rule = _qualifier_before(doc, start, span.start)
        vague = written.lower().replace("-", " ") in VAGUE
        out.append(_Number(qstart, start, end, parsed[0], parsed[1], vague, qualifier, rule))
        i = end
    return out


def _counted_noun(doc: Doc, number: _Number) -> Token | None:
    """The noun a number counts: "12 *people*", "36 civilian *casualties*", "dozens of *protesters*"."""
    last = doc[number.end - 1]
    if last.dep_ == "nummod" and last.head.pos_ in {"NOUN", "PROPN", "ADJ"} and last.head.i >= last.i:
        # "wounded more than 90 a rescue team said": a determiner between, so the noun is not counted
        if any(t.dep_ == "det" for t in doc[last.i + 1 : last.head.i]):
            return None
        return _past_acronym(last.head)
    nxt = doc[number.end] if number.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "of" and number.end + 1 < len(doc):
        for tok in doc[number.end + 1 : min(number.end + 5, len(doc))]:
            if (tok.pos_ == "NOUN" or (tok.pos_ == "PRON" and tok.dep_ == "pobj")) and tok.head.i <= tok.i + 3:
                return tok  # "one of their chiefs": the noun, not "their"
            if tok.dep_ == "pobj" and tok.lower_ in STATE_WORDS:
                return tok  # "15 of the wounded", "two of the dead"
    for tok in doc[number.end : min(number.end + 4, len(doc))]:
        if group_acronym(tok):
            continue  # "17 IS fighters": the tagger read the group's initials as a verb (or as the noun)
        if tok.pos_ == "NOUN" or tok.tag_ == "NNPS":  # a Title-Case headline's plural: "30 Terrorists Killed"
            return tok
        if tok.pos_ not in {"ADJ", "PROPN", "NOUN", "PUNCT"} or tok.text in {",", "."}:
            break
    return None


def _past_acronym(noun: Token) -> Token:
    """ "25 IS jihadists": where the parse makes the group's initials the counted noun and hangs the people noun
    after them as their head, the people noun is what is counted."""
    head = noun.head
    if group_acronym(noun) and noun.dep_ == "compound" and head.i > noun.i and head.pos_ in {"NOUN", "PROPN"}:
        return head
    return noun


def group_acronym(token: Token) -> bool:
    """An actor's initials used as a modifier ("17 IS fighters", "40 YPG militants"). Why: the tagger reads a
    capitalised acronym that is also an English word ("IS") as a verb, which cut the counted noun phrase
    short, so the count lost its noun (and with it, in a sentence like "captured 40 IS militants", itself).
    Only all-capital tokens the actor lexicon knows are read this way, never an ordinary word."""
    from counterclaim.actors import lexicon

    text = token.text
    return len(text) >= 2 and text.isupper() and text.isalpha() and lexicon().canonical(text) is not None


def _governing_verb_category(anchor: Token) -> str | None:
    """The event of the verb a counted phrase is object or passive subject of ("killing 12", "12 were killed")."""
    token = anchor
    for _ in range(4):
        dep, head = token.dep_, token.head
        if head.i == token.i:  # the root: spaCy makes a new Token on each access, so never compare with `is`
            return None
        if dep == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in NOUN_CATEGORY:
            return NOUN_CATEGORY[head.head.lemma_.lower()]  # "the bodies of 30 militants"
        if dep == "pobj" and head.lower_ == "of" and taken_lives(head.head):
            return "killed"  # "claimed the lives of 40 people"
        if dep == "pobj" and head.lower_ == "of" and _fatal_attack(head.head):
            return "killed"  # "the deadly shooting of a teenager"
        if dep == "pobj" and head.head.lemma_.lower() == "toll":
            return toll_of(head.head)  # "a toll of 40", "the death toll to 40"
        if dep in {"dobj", "nsubjpass", "obj", "attr", "oprd"}:
            category = verb_category(head) or hospital_idiom(head)
            return category if category is not None else toll_category(head)
        if dep == "nsubj" and (idiom := undergoer_idiom(head)) is not None:
            return idiom  # "six people lost their lives", "6 civilians suffered suffocation"
        if dep == "nsubj" and head.lemma_.lower() in INTRANSITIVE_CATEGORY:
            return INTRANSITIVE_CATEGORY[head.lemma_.lower()]
        if dep == "nsubj" and not any(c.dep_ in {"dobj", "obj"} for c in head.children):
            # headline style "12 killed", and "Two are dead": no object, so the subject is the victim
            return verb_category(head)
        if dep in {"appos", "conj", "prep", "pobj", "npadvmod", "nummod", "acomp"}:  # acomp: "may be as high as 40"
            token = head
            if token.pos_ in {"VERB", "AUX"}:
                return toll_category(token)
            continue
        return None
    return None




def _state_after(doc: Doc, number: _Number, noun: Token | None) -> str | None:
    """ "left 3 dead", "12 people dead", "5 wounded"."""
    index = (noun.i + 1) if noun is not None and noun.i >= number.end else number.end
    if index < len(doc) and doc[index].lower_ in STATE_WORDS:
        word = doc[index]
        # "gunmen killed 3 villagers": an active verb with an object is the doer's deed, not a state
        if any(child.dep_ in {"dobj", "obj"} for child in word.children):
            return None
        if word.tag_ == "VBD" and state_word_after(doc, index) is None:  # a deed unless nothing follows it
            return None
        return _joined_state(doc, index, STATE_WORDS[word.lower_])
    return None


def _joined_state(doc: Doc, index: int, category: str) -> str:
    """ "more than 60 killed and injured": a total of dead and wounded together is casualties, not killed."""
    if index + 2 < len(doc) and doc[index + 1].lower_ in {"and", "or"}:
        other = STATE_WORDS.get(doc[index + 2].lower_)
        if {category, other} == {"killed", "injured"}:
            return "casualties"
    return category


def _in_strike_context(span: Span, doc: Doc, index: int) -> bool:
    sentence = doc[index].sent
    tokens = list(sentence) if sentence.start <= index < sentence.end else list(span)
    return any(t.lemma_.lower() in STRIKE_WORDS or t.lower_.startswith("airstrike") for t in tokens)


def _singulars(noun: Token) -> list[str]:
    lower = noun.lower_
    forms = [noun.lemma_.lower(), lower]
    if lower.endswith("ies"):
        forms.append(lower[:-3] + "y")
    if lower.endswith("s"):
        forms.append(lower[:-1])
    return forms




def _verb_over_noun(noun: Token, category: str) -> str:
    """ "killed 12 evacuees": what the verb did to them wins over what the noun says they were."""
    verb = _governing_verb_category(noun) if noun.dep_ in {"dobj", "nsubjpass", "obj"} else None
    return verb if verb in PERSON_EVENTS and category in PERSON_EVENTS else category


def _fatal_attack(noun: Token) -> bool:
    """ "the deadly shooting of", "a fatal stabbing of": an attack noun that a fatal adjective makes a death."""
    return any(c.dep_ == "amod" and c.lower_ in FATAL_ADJECTIVES for c in noun.children)


def _died_since(number: _Number, noun: Token) -> bool:
    """ "Two of the wounded later died", "three of the injured succumbed": a part of an earlier whole whose own
    verb says they died. The whole names what befell them first; the verb of the part says what befell them
    since, and the dead are counted as dead (the part stays a part of no other toll)."""
    partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < number.end
    return partitive and _governing_verb_category(noun.head.head) == "killed"


def _category(span: Span, number: _Number, noun: Token | None, earlier: dict[int, str] | None = None) -> str:
    doc = span.doc
    if noun is not None and taken_lives(noun):
        return "killed"  # "cost 12 lives"
    if noun is not None:
        lemma = noun.lemma_.lower()
        for form in _singulars(noun):  # the lemmatizer reads "corpses" as "corps"
            if form in NOUN_CATEGORY:
                if _died_since(number, noun):
                    return "killed"
                return _verb_over_noun(noun, NOUN_CATEGORY[form])
        if lemma in TARGET_NOUNS and _in_strike_context(span, doc, noun.i):
            return "targets"
    state = _state_after(doc, number, noun)
    if state is not None:
        return state
    if noun is not None:  # "200 people arrested", "civilians killed in the raid"
        for child in noun.children:
            reduced_passive = not any(grand.dep_ in {"dobj", "obj"} for grand in child.children)
            passive_acl = child.dep_ == "acl" and child.tag_ == "VBN" and reduced_passive
            if passive_acl and child.lemma_.lower() in VERB_CATEGORY:
                return VERB_CATEGORY[child.lemma_.lower()]
    anchor = noun if noun is not None and noun.i >= number.num_start else doc[number.end - 1]
    for token in {anchor, doc[number.end - 1]}:
        whole = whole_category(token, earlier or {})
        if whole is not None:
            return whole
    if noun is None and (gapped := gapped_category(doc, number.start, number.end, earlier or {})) is not None:
        return gapped
    if (joined := comitative_category(doc, number.start, noun, earlier or {})) is not None:
        return joined
    after = noun.i + 1 if noun is not None and noun.i >= number.end else number.end
    # "apart from those killed more than 45 residents were wounded": an object followed by a passive is its subject (a
    # comma-less parse hung it on the verb before)
    passive = passive_after(doc, after) if anchor.dep_ in {"dobj", "obj"} else None
    verb_category = passive or _governing_verb_category(anchor)
    linear = verb_before(doc, number.start) or passive_after(doc, after) or participle_after(doc, after)
    return verb_category or linear or _conjunct_category(noun, earlier or {}) or "other"  # parse failed


def _conjunct_category(noun: Token | None, earlier: dict[int, str]) -> str | None:
    """People joined by "and" to people counted before share what befell them: "10 children and 13 rebels were
    among the dead", "including 11 women, nine children and one rescuer", "killing two men from one group and
    three from another". Why: the verb or whole is read off the first conjunct only (the parse hangs the others
    on it), so a later one found no verb of its own. Only people joined to people something befell count."""
    if noun is None or people_counted(noun) is None:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    category = earlier.get(first.i) if first.i != noun.i else None
    return category if category in PERSON_EVENTS else None


def _person_category(span: Span, head: Token) -> str:
    """The category of one person ("a man was killed", "Jaden Rahm, 16, was killed"), read like a number's:
    the phrase starts at its article when it has one."""
    article = next((c for c in head.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), head)
    number = _Number(article.i, article.i, article.i + 1, 1, 1, False, None, None)
    return _category(span, number, head)


def find_counts(span: Span) -> list[Count]:
    """Every count in ``span``; offsets are character offsets into the span's Doc text."""
    doc = span.doc
    counts: list[PersonCount] = []
    nouns: set[int] = set()
    earlier: dict[int, str] = {}
    for number in _numbers(span):
        noun = _counted_noun(doc, number)
        if noun is not None:
            nouns.add(noun.i)
        category = _category(span, number, noun, earlier)
        earlier[number.end - 1] = category
        if noun is not None:
            earlier[noun.i] = category
        if category == "other" and (noun is None or number.high == 1):
            continue  # a bare number, or "one of the problems": nothing checkable is counted
        low, high = _apply_rule(number.rule, number.low, number.high, number.vague)
        end_token = noun.i + 1 if noun is not None and number.end <= noun.i < number.end + 4 else number.end
        start_char = doc[number.start].idx
        end_char = doc[end_token - 1].idx + len(doc[end_token - 1].text)
        head = noun.i if noun is not None else number.end - 1
        counts.append(
            (
                head,
                Count(
                    category=category,
                    subject=people_counted(noun),
                    low=low,
                    high=high,
                    qualifier=number.qualifier or _vague_word(doc, number),
                    as_written=doc_text(doc)[start_char:end_char],
                    start=start_char,
                    end=end_char,
                ),
            )
        )
    singles = single_persons(span, nouns, lambda head: _person_category(span, head))
    singles += pair_persons(span, nouns, lambda head: _person_category(span, head))
    return sorted(merge_joined(doc, counts, singles), key=lambda c: c.start or 0)


def _vague_word(doc: Doc, number: _Number) -> str | None:
    """A vague number is its own qualifier: "dozens", "hundreds"."""
    return doc[number.num_start : number.end].text.lower() if number.vague else None
