"""Stage 4: clause structure shared by trigger matching, modes and roles — lemmas, subjects, clause heads.

Why a module of its own: the trigger conditions, the ASSAULT modes and the event filters all ask
the same questions of the parse (is this token verbal, who is the subject of this verb, which
verb's clause asserts this noun), and each must answer them the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["clause_head", "is_nominal", "is_verbal", "lemma", "phrase_lemmas", "subjects"]


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def is_verbal(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or (token.pos_ == "ADJ" and token.tag_ == "VBN")


def is_nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"}


def subjects(verb: Token) -> list[Token]:
    """Grammatical subjects of a verb, climbing through conjoined and open-complement verbs."""
    seen: set[int] = set()
    while verb.i not in seen:
        seen.add(verb.i)
        found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
        if found:
            return found
        if verb.dep_ in {"conj", "xcomp", "acomp"} and verb.head != verb:  # "he is prepared to lift the ban"
            verb = verb.head
            continue
        break
    return []


def phrase_lemmas(token: Token) -> set[str]:
    return {lemma(t) for t in token.subtree} | {t.lower_ for t in token.subtree}


def clause_head(token: Token) -> Token:
    """The verb whose clause asserts the event: the trigger itself, or the verb that carries a nominal trigger."""
    current = token
    if is_verbal(current) and current.dep_ not in {"acl", "amod"}:
        return current
    for _ in range(6):
        head = current.head
        if head == current:
            return current
        if is_verbal(head) and current.dep_ not in {"compound"}:
            if head.dep_ in {"acl", "amod"} and head.head != head:  # "missions targeting X" → carried
                current = head
                continue
            return head
        current = head
    return current
