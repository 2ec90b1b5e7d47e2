"""Stage 4: a bare organ of state as a claimant ("the army denied ...") named as the report names it.

Why: one source, one name across documents. "The army" of one report and "the Syrian army" of another
are one claimant, and a reader of a collection cannot tell whose army "the army" is. The report says
it: the nearest other mention of the same organ with a national adjective, a country's possessive or
a leader's name ("the Syrian army", "Syria's government", "the Assad regime"); else, as a reader
takes it, the organ is that of the country the report is about (``document_country``); a report that
says neither leaves the organ as it is written.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from counterclaim.actors import lexicon
from counterclaim.claims.document_country import document_country
from counterclaim.datafiles import words

__all__ = ["qualified_informant", "qualified_organ", "qualified_state_outlet"]

_ORGANS = words("counterclaim.claims", "bare_state_organs")
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_OWNER_ENTITIES = frozenset({"NORP", "GPE", "PERSON"})
_KEY = "counterclaim.claims.state_organs"
_INFORMANTS = words("counterclaim.claims", "anonymous_source_nouns")


def _demonym(country: str) -> str | None:
    """The adjective of a country ("Syria" → "Syrian"), from the lexicon's demonym table."""
    for adjective, state in lexicon().demonyms.items():
        if state == country and not adjective.endswith("s"):
            return " ".join(part.capitalize() for part in adjective.split())
    return None


def _owner(organ: Token) -> str | None:
    """Whose organ a mention says it is: "Syrian", "Syria's" → Syrian; "Assad's", "Assad" → Assad."""
    for child in organ.lefts:
        if child.dep_ not in _OWNER_DEPS or not child.text[:1].isupper():
            continue
        name = child.text.removesuffix("'s").removesuffix("’s")
        country = lexicon().country(name)
        if country and lexicon().kind(country) == "state":
            return _demonym(country) or name
        if child.ent_type_ in _OWNER_ENTITIES:
            return name
    return None


def _bare(head: Token) -> bool:
    """An organ with nothing that says whose it is: "the army", but not "the country's army", "the government
    of President X" or "the army in Homs"."""
    if head.lemma_.casefold() not in _ORGANS or any(c.dep_ in _OWNER_DEPS for c in head.lefts):
        return False
    return not any(c.dep_ in {"prep", "appos", "compound"} and not _leader(c) for c in head.rights)


def _leader(prep: Token) -> bool:
    """ "the government of President X": a leader's name says who leads it, not whose state it is."""
    return prep.lower_ == "of" and any(c.ent_type_ == "PERSON" for c in prep.children if c.dep_ == "pobj")


def qualified_organ(head: Token) -> str | None:
    """ "the army" → "Syrian army" where the report names the Syrian army (nearest before, else first after);
    None for a head that is no bare organ, or whose owner the report never gives."""
    if not _bare(head):
        return None
    return _with_owner(head, head.lower_)


def _with_owner(organ: Token, phrase: str) -> str | None:
    """``phrase`` led by whose ``organ`` is: the owner another mention of the organ gives, else the report's country."""
    lemma = organ.lemma_.casefold()
    mentions = [t for t in organ.doc if t.lemma_.casefold() == lemma and t.i != organ.i]
    before = [t for t in reversed(mentions) if t.i < organ.i]
    for mention in [*before, *(t for t in mentions if t.i > organ.i)]:
        owner = _owner(mention)
        if owner is not None:
            return f"{owner} {phrase}"
    home = _home_adjective(organ.doc)
    return f"{home} {phrase}" if home else None


def qualified_state_outlet(outlet: Token, phrase: str) -> str | None:
    """ "state media", "state TV" → "Syrian state media": a state's outlet is the one of the state another mention
    of it names ("Syrian state media said"), else of the country the report is about."""
    return _with_owner(outlet, phrase)


def _organ_modifier(head: Token) -> Token | None:
    return next((c for c in head.lefts if c.dep_ in {"amod", "compound"} and c.lemma_.casefold() in _ORGANS), None)


def qualified_informant(head: Token) -> str | None:
    """ "a military source" → "Syrian military source"; "the source" after it → the same: an informant of an organ of
    state is that state's, and a definite bare informant is the one the report introduced before."""
    if head.lemma_.casefold() not in _INFORMANTS or any(c.dep_ in {"poss", "prep"} for c in head.children):
        return None
    organ = _organ_modifier(head)
    if organ is None and not any(c.dep_ in {"amod", "compound"} for c in head.lefts):
        earlier = [t for t in head.doc[: head.i] if t.lemma_.casefold() == head.lemma_.casefold()]
        introduced = next((t for t in reversed(earlier) if _organ_modifier(t) is not None), None)
        organ = _organ_modifier(introduced) if introduced is not None else None
    if organ is None or any(c.dep_ in _OWNER_DEPS and c.text[:1].isupper() for c in organ.head.lefts):
        return None
    return _with_owner(organ, f"{organ.lower_} {head.lower_}")


def _home_adjective(doc: Doc) -> str | None:
    """The adjective of the country the report is about ("Syrian"), once per Doc."""
    if _KEY not in doc.user_data:
        country = document_country(doc)
        state = lexicon().canonical(country) if country else None
        doc.user_data[_KEY] = _demonym(state) if state and lexicon().kind(state) == "state" else None
    found: str | None = doc.user_data[_KEY]
    return found
