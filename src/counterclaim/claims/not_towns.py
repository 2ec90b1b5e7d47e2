"""Names that look like towns to the gazetteer but name a street.

Why a module of its own: ``place_names`` finds where a name is written and what says it is a
place; these rules say when a name that passed is still no town, by the class of the words
around it (a street's head noun, an address idiom): "Baker Street" is no Baker, Louisiana.
"""

from __future__ import annotations

from spacy.tokens import Doc

from counterclaim.datafiles import words

STREET_NOUNS = words("counterclaim.claims", "street_nouns")
NAMED_ROAD_NOUNS = words("counterclaim.claims", "named_road_nouns")
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
