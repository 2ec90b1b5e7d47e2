"""Idioms whose subject is the victim: "six people lost their lives", "6 civilians suffered suffocation".

Why apart from the verb table: in "lost their lives" and "suffered injuries" the verb alone says nothing
("lost the battle", "suffered a defeat"); the object says what happened to the subject. Two classes:

* verbs of losing or giving one's life (``life_losing_verbs``) with "life" as object → killed;
* verbs that put their object in hospital (``hospitalising_verbs``: "sent 14 people to hospital") → injured;
* verbs of suffering (``suffering_verbs``) with a harm noun as object, or as the object's modifier
  ("suffocation cases"), from ``harm_nouns`` → injured.
"""

from __future__ import annotations

from spacy.tokens import Token

from counterclaim.datafiles import words

__all__ = ["hospital_idiom", "undergoer_idiom"]

_CLAIMS = "counterclaim.claims"
LIFE_LOSING_VERBS = words(_CLAIMS, "life_losing_verbs")
SUFFERING_VERBS = words(_CLAIMS, "suffering_verbs")
HARM_NOUNS = words(_CLAIMS, "harm_nouns")
HOSPITALISING_VERBS = words(_CLAIMS, "hospitalising_verbs")
_INTO = frozenset({"to", "in", "into"})


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in {"dobj", "obj"}]


def undergoer_idiom(verb: Token) -> str | None:
    """The category an idiom gives its subject ("lost their lives" → killed), or None."""
    lemma = verb.lemma_.lower()
    for obj in _objects(verb):
        if lemma in LIFE_LOSING_VERBS and obj.lemma_.lower() in {"life", "lives"}:
            return "killed"
        if lemma in SUFFERING_VERBS:
            named = [obj, *(c for c in obj.children if c.dep_ in {"compound", "amod"})]
            if any(t.lemma_.lower() in HARM_NOUNS for t in named):
                return "injured"
    return None


def hospital_idiom(verb: Token) -> str | None:
    """ "sent 14 people to hospital", "30 were rushed to hospital": the object (or passive subject) is injured."""
    if verb.lemma_.lower() not in HOSPITALISING_VERBS:
        return None
    into = (g for c in verb.children if c.dep_ == "prep" and c.lower_ in _INTO for g in c.children)
    return "injured" if any(g.dep_ == "pobj" and g.lemma_.lower() == "hospital" for g in into) else None
