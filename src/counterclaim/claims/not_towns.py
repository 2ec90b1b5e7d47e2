"""Names that look like towns to the gazetteer but name a street or a person in this report.

Why a module of its own: ``place_names`` finds where a name is written and what says it is a
place; these rules say when a name that passed is still no town, by the class of the words
around it (a street's head noun, an address idiom) or by the report's own use of the name for
a person. Each keeps a street or a surname from becoming a namesake town ("Baker Street" is
no Baker, Louisiana; "Rodney Collins ... at Collins' home" no Collinsville).
"""

from __future__ import annotations

from spacy.tokens import Doc

from counterclaim.datafiles import words
from counterclaim.nlp import entities

STREET_NOUNS = words("counterclaim.claims", "street_nouns")
NAMED_ROAD_NOUNS = words("counterclaim.claims", "named_road_nouns")
GENERIC_TOPONYM_WORDS = words("counterclaim.claims", "generic_toponym_words")
ARABIC_PARTICLES = words("counterclaim.claims", "arabic_particles")
LOCATIVE_CUES = words("counterclaim.claims", "locative_cues")
_SURNAMES_KEY = "counterclaim.person_surnames"
STREET = "STREET"  # the label of a street mention: kept as written, never looked up as a town


def _street_head(text: str, capitalised: bool) -> bool:
    word = text.lower()
    return word in STREET_NOUNS or (capitalised and word in NAMED_ROAD_NOUNS)


def is_street(doc: Doc, start: int, end: int) -> bool:
    """The run ``start:end`` names a street: a word after its first, or the word after it, is a street's head
    noun ("Baker Street", "Baker St.", "South Avenue B.", "Lowell Road" capitalised), or it follows "block
    of" (the US address idiom "the 2200 block of Elmway")."""
    heads = [doc[k] for k in range(start + 1, end + 1) if k < len(doc)]  # "South Avenue B.", "Baker Street"
    if any(_street_head(t.text, t.text[:1].isupper()) for t in heads):
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() == "block"


def street_end(doc: Doc, start: int, end: int) -> int:
    """The end of a street's name with its head noun, which the name run may have left out ("Baker" "Street")."""
    if end < len(doc) and _street_head(doc[end].text, doc[end].text[:1].isupper()):
        return end + 1
    return end


def person_surnames(doc: Doc) -> frozenset[str]:
    """Surnames the report writes with a first name ("Rodney Collins", "Ann Milton"), kept per Doc.

    The last word of a PERSON entity of two or more words, less leading function words and locative cues,
    whose first word is no Arabic particle or generic toponym word ("Abu Salim", "Kafr Nabl", "Near Palmyra"
    are places the model may tag persons).
    """
    found: frozenset[str] | None = doc.user_data.get(_SURNAMES_KEY)
    if found is None:
        names = set()
        for ent in entities(doc, "PERSON"):
            tokens = [t for t in ent if t.is_alpha]
            while tokens and (tokens[0].is_stop or tokens[0].lower_ in LOCATIVE_CUES):
                tokens = tokens[1:]  # "Near Palmyra" tagged a person at the start of a line: no first name
            if len(tokens) >= 2 and tokens[0].lower_ not in GENERIC_TOPONYM_WORDS | ARABIC_PARTICLES:
                names.add(tokens[-1].text)
        found = doc.user_data[_SURNAMES_KEY] = frozenset(names)
    return found


def is_surname(doc: Doc, start: int, end: int) -> bool:
    """A one-word run the report elsewhere writes as a person's surname ("Collins ran to police", "tended to
    Milton"): the report's own use of the name decides against a namesake town."""
    return end - start == 1 and doc[start].text in person_surnames(doc)
