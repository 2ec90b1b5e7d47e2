"""Stage 3: findings and beliefs — a source's position that nobody said in so many words.

"An investigation found that …", "a poll shows …", "a UN inquiry concluded …" are findings; "X believes …",
"officials fear …" are beliefs. Both have a source and a content like reported speech, and readers
(and PolNeAR) attribute them, but they are not quotes: a statement of its own kind lets a reader,
and the GGT quote bench, keep them apart. The verbs are the shared lexicon's epistemic class
(``lexicon/data/reporting_verbs_epistemic.txt``) with the verbs of finding and believing
(``data/epistemic_kinds.tsv``); the verb decides the kind, whoever its subject.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Token

from counterclaim.attribution.candidates import ATTRIBUTION, Candidate
from counterclaim.attribution.cues import characterizes, is_cue_verb, verb_lemma
from counterclaim.datafiles import SHARED, mapping, words
from counterclaim.models import StatementKind

__all__ = ["is_epistemic_verb", "is_source", "noun_kind", "outside_speech", "statement_kind"]

_VERBAL_POS = frozenset({"VERB", "AUX"})
_KINDS = mapping(ATTRIBUTION, "epistemic_kinds")
_ATTITUDE_KINDS = mapping(ATTRIBUTION, "attitude_verbs")


def _kind_of_lemma(lemma: str) -> StatementKind | None:
    kind = _KINDS.get(lemma.casefold())
    if kind is None and lemma.casefold() in words(SHARED, "reporting_verbs_epistemic"):
        kind = "finding"
    return cast(StatementKind, kind) if kind in {"finding", "belief"} else None


def is_epistemic_verb(token: Token) -> bool:
    """A verb of finding or believing (by lemma), used as a verb.

    A verb of regarding ("see", "view") is one only in its characterizing form ("residents see the
    truce as a pause"): "the photographer saw men digging" is an eyewitness, "the siege saw dozens
    die" an event."""
    if token.pos_ not in _VERBAL_POS or _kind_of_lemma(verb_lemma(token)) is None:
        return False
    return verb_lemma(token) not in words(ATTRIBUTION, "characterizing_verbs") or characterizes(token)


def statement_kind(verb: Token) -> StatementKind | None:
    """ "finding" or "belief" for a statement cued by ``verb``; None for plain speech.

    The verb decides, not the subject: "the report says …" is what the report's authors say (reported
    speech, as "the ministry's statement said"); "the report found …" is a finding.
    """
    kind = _kind_of_lemma(verb_lemma(verb))
    if kind is None and not is_cue_verb(verb):  # "praised the truce": a stance, not the words said
        kind = cast(StatementKind | None, _ATTITUDE_KINDS.get(verb_lemma(verb)))
    return kind if kind in {"finding", "belief"} else None


def noun_kind(noun: Token) -> StatementKind | None:
    """ "finding" for "a UN finding that …", "belief" for "the ministry's fear that …", None for a noun of saying."""
    kind = mapping(ATTRIBUTION, "speech_nouns").get(noun.lemma_.casefold())
    return cast(StatementKind, kind) if kind in {"finding", "belief"} else None


def is_source(subject: Token) -> bool:
    """ "it shows …", "this indicates …": an inanimate pronoun is evidence pointed at, not a source; "a picture
    shows …" is a photo caption (``data/depiction_nouns.txt``), page furniture rather than a finding."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in words(ATTRIBUTION, "inanimate_pronouns")
    return subject.lemma_.casefold() not in words(ATTRIBUTION, "depiction_nouns")


def outside_speech(candidates: list[Candidate]) -> list[Candidate]:
    """Findings, beliefs and characterizations that are not already part of what someone says ("Kerry
    said he believes …", "the director replied that the site cites those claims as false" are the
    speaker's statements, with the belief or characterization in them): a nested one would count the
    same content twice."""
    spoken = [c for c in candidates if c.kind is None]
    return [
        c
        for c in candidates
        if c.cue is None or not _is_position(c, c.cue) or not any(o.start <= c.cue.idx < o.end for o in spoken)
    ]


def _is_position(candidate: Candidate, cue: Token) -> bool:
    """A finding, belief or characterization: a position that may sit inside someone's speech."""
    return candidate.kind is not None or characterizes(cue)
