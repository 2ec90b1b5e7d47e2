"""The word classes of the casualty-count grammar, loaded once for ``counts``, ``count_persons``, ``count_reading``
and ``count_wholes``, with the two word tests they share: is this a word for people, and its plural.

Why one module: the three readers of a count (the parse, the word order, the persons written without a number)
must agree on what a person word, a casualty verb or a state word is; each loading its own copy of the tables
let them drift apart. The lists themselves are data (``claims/data/<name>``), one class a file.
"""

from __future__ import annotations

from spacy.tokens import Token

from counterclaim.datafiles import SHARED, mapping, packaged_text, phrases, table_lines, table_rows, words

__all__ = ["is_person_word", "people_counted", "pluralise"]

_CLAIMS = "counterclaim.claims"

# what happened to the counted, by the word that says it
VERB_CATEGORY = mapping(_CLAIMS, "count_verb_categories")  # "killing 12", "12 were wounded"
INTRANSITIVE_CATEGORY = mapping(_CLAIMS, "undergoer_verb_categories")  # "12 people died", "300 families fled"
STATE_WORDS = mapping(_CLAIMS, "state_word_categories")  # "3 dead", "5 wounded"
NOUN_CATEGORY = mapping(_CLAIMS, "counted_noun_categories")  # "36 casualties", "the bodies of 30"
TOLL_WORDS = mapping(_CLAIMS, "toll_noun_categories")  # "the death toll", "the casualty toll"
SEVERITY = tuple(table_lines(packaged_text(_CLAIMS, "count_category_severity.txt")))  # gravest first
PERSON_EVENTS = frozenset({"killed", "injured", "abducted", "arrested", "displaced"})
FATAL_ADVERBS = words(_CLAIMS, "fatal_adverbs")  # "fatally shot", "mortally wounded"
FATAL_ADJECTIVES = words(_CLAIMS, "fatal_adjectives")  # "the deadly shooting of a teenager"
LIFE_TAKING_VERBS = words(_CLAIMS, "life_taking_verbs")  # "claimed the lives of 40", "cost 12 lives"
TALLY_NOUNS = words(_CLAIMS, "tally_nouns")  # "the number of civilians killed rose to 20"
AUXILIARIES = words(_CLAIMS, "passive_auxiliaries")
# the words of the count qualifiers ("at least", "more than", "an estimated"), which may stand between verb and number
QUALIFIER_ROWS = table_rows(packaged_text(_CLAIMS, "count_qualifiers.tsv"))

# who is counted
PERSON_NOUNS = words(_CLAIMS, "person_nouns")
IRREGULAR_PLURALS = mapping(_CLAIMS, "irregular_plurals")
TARGET_NOUNS = words(_CLAIMS, "target_nouns")
STRIKE_WORDS = words(_CLAIMS, "strike_words")

# parts and wholes: "including 11 children", "seven of them", "among the victims", "along with six teachers"
PART_PREPOSITIONS = words(_CLAIMS, "part_prepositions")
WHOLE_PRONOUNS = words(_CLAIMS, "whole_pronouns")
VICTIM_NOUNS = words(_CLAIMS, "victim_nouns")
COMITATIVE = phrases(_CLAIMS, "comitative_phrases")

# numbers that count nothing: ages, addresses, family sizes, dates, units, labels
AGE_MARKERS = words(_CLAIMS, "age_markers")
AGE_UNITS = words(_CLAIMS, "age_units")
STREET_WORDS = words(_CLAIMS, "street_words")
KINSHIP_NOUNS = words(_CLAIMS, "kinship_nouns")
MONTHS = words(SHARED, "months") | words(SHARED, "month_abbreviations")
NOT_COUNT_AFTER = MONTHS | words(_CLAIMS, "non_count_units")
NOT_COUNT_BEFORE = words(_CLAIMS, "non_count_labels")
PRONOUN_ONE_DETERMINERS = words(_CLAIMS, "pronoun_one_determiners")


def is_person_word(token: Token) -> bool:
    """A word for people, by lemma, as written, or stripped of a plural "s" (the lemmatizer does not lemmatise a
    word it reads as a proper noun: "Militants", "Civilians")."""
    lower = token.lower_
    return (
        token.lemma_.casefold() in PERSON_NOUNS
        or lower in PERSON_NOUNS
        or (lower.endswith("s") and lower[:-1] in PERSON_NOUNS)
    )


def pluralise(lemma: str) -> str:
    """The plural a count's ``subject`` is given: "civilian" → civilians, "child" → children, "people" stays."""
    if lemma in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lemma]
    if lemma.endswith(("men", "people", "ren")):
        return lemma
    return lemma + "s"


def people_counted(noun: Token | None) -> str | None:
    """The kind of people a counted noun names, plural and lower case: "12 *civilians*", "36 *civilian*
    casualties", "200 Taliban *fighters*", "deaths of 3 *soldiers*"; None for things and for no noun."""
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS:
        return pluralise(lemma)
    for child in noun.children:  # a person word among the modifiers
        if child.dep_ in {"amod", "compound"} and child.lemma_.lower() in PERSON_NOUNS:
            return pluralise(child.lemma_.lower())
    for child in noun.children:  # "deaths of 3 soldiers"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.lemma_.lower() in PERSON_NOUNS:
                    return pluralise(pobj.lemma_.lower())
    return None
