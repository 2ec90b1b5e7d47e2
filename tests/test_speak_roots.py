"""Climbing a parse stops at the sentence root. spaCy makes a new Token object on every access, so
`token.head is token` never holds: the root is the token whose head has its own index."""

from __future__ import annotations

from spacy.language import Language

from counterclaim.attribution.cues import subject_of
from counterclaim.attribution.resolver import _issuer_of


def test_the_root_is_found_by_index_not_identity(language: Language) -> None:
    doc = language("The ministry said in a statement that two schools were hit.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.head is not root  # why identity cannot be used
    assert root.head.i == root.i


def test_a_document_noun_under_a_speech_verb_has_the_verb_subject_as_issuer(language: Language) -> None:
    doc = language("The ministry said in a statement that two schools were hit.")
    statement = next(t for t in doc if t.lower_ == "statement")
    issuer = _issuer_of(statement)
    assert issuer is not None and issuer.lower_ == "ministry"


def test_a_document_noun_in_a_verbless_heading_has_no_issuer(language: Language) -> None:
    doc = language("Statement on the shelling of the eastern districts")
    statement = next(t for t in doc if t.lower_ == "statement")
    assert _issuer_of(statement) is None


def test_a_root_cue_without_subject_names_no_speaker(language: Language) -> None:
    doc = language("Say what you saw at the checkpoint.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert subject_of(root) is None
