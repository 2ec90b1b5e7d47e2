"""Which of a claim's actors and targets are people, by the full name the report gives them.

Why: grouping links two reports that carry no publication day only on concrete evidence (issue 9,
``incidents.similarity.shares_participant``). A shared rare name is such evidence when it names a person who
takes part in both reports' events — the gunman, the victim, the arrested player — and not when it
names a team, a product, a title or an organisation, nor a person mentioned in passing. So each claim
carries ``persons``: its actors and targets that spaCy labels PERSON, by the fullest name the report
gives them (the actor "Jackson" of a report that names "Vincent Jackson" is "Vincent Jackson"). A
surname two people of the report share names neither.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc

from counterclaim import nlp
from counterclaim.models import Claim

__all__ = ["with_persons"]

_POSSESSIVE = ("'s", "’s", "'", "’")


def with_persons(claims: Sequence[Claim], doc: Doc) -> list[Claim]:
    """The claims, each with ``persons`` filled from the PERSON entities of ``doc`` (the text it was read from)."""
    people = _people(doc)
    if not people:
        return list(claims)
    return [_with_own_persons(claim, people) for claim in claims]


def _with_own_persons(claim: Claim, people: dict[str, str]) -> Claim:
    found: list[str] = []
    for role in (*claim.actors, *claim.targets):
        name = _full_name(role, people)
        if name is not None and name not in found:
            found.append(name)
    return dataclasses.replace(claim, persons=found) if found else claim


def _normal(text: str) -> str:
    words = text.split()
    if words:
        for ending in _POSSESSIVE:
            if words[-1].endswith(ending) and len(words[-1]) > len(ending):
                words[-1] = words[-1][: -len(ending)]
                break
    return " ".join(words)


def _people(doc: Doc) -> dict[str, str]:
    """Casefolded PERSON names of the report → the name as written (the first spelling met)."""
    people: dict[str, str] = {}
    for ent in nlp.entities(doc, "PERSON"):
        name = _normal(ent.text)
        if name and any(ch.isalpha() for ch in name):
            people.setdefault(name.casefold(), name)
    return people


def _full_name(role: str, people: dict[str, str]) -> str | None:
    """The report's fullest PERSON name for an actor or target: the name itself, else the one full name
    whose last word (the surname) ends the role ("Jackson", "receiver Vincent Jackson"); None when the
    role names no person or two people share its surname."""
    key = _normal(role).casefold()
    if not key:
        return None
    surname = key.split()[-1]
    fuller = {
        people[name]
        for name in people
        if len(name.split()) > 1 and name.split()[-1] == surname and _ends_with(key, name)
    }
    if len(fuller) == 1:
        return next(iter(fuller))
    if key in people and not fuller:
        return people[key]
    return None


def _ends_with(a: str, b: str) -> bool:
    """One name ends the other on a word boundary ("receiver vincent jackson" / "vincent jackson" / "jackson")."""
    return f" {a}".endswith(f" {b}") or f" {b}".endswith(f" {a}")
