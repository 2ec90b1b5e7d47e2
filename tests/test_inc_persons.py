"""Claim.persons: a claim's actors and targets that are people, by the fullest name the report gives them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from counterclaim.claims.persons import _full_name, with_persons
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, document_id

PEOPLE = {"vincent jackson": "Vincent Jackson", "mary ellis": "Mary Ellis", "jackson": "Jackson"}


def test_a_surname_takes_the_full_name_the_report_gives() -> None:
    assert _full_name("Jackson", PEOPLE) == "Vincent Jackson"
    assert _full_name("receiver Vincent Jackson", PEOPLE) == "Vincent Jackson"
    assert _full_name("Jackson's", PEOPLE) == "Vincent Jackson"


def test_a_surname_two_people_share_names_neither() -> None:
    people = {**PEOPLE, "jesse jackson": "Jesse Jackson"}
    assert _full_name("Jackson", people) is None
    assert _full_name("Jesse Jackson", people) == "Jesse Jackson"


def test_a_role_that_is_no_person_names_nobody() -> None:
    assert _full_name("California Highway Patrol", PEOPLE) is None
    assert _full_name("gunmen", PEOPLE) is None
    assert _full_name("Ellison", PEOPLE) is None  # a surname ending is no word boundary


def _claim(actors: list[str], targets: list[str]) -> Claim:
    return Claim(
        id="d-c001", document_id="d", event_type="COERCE", mode=None, acled=None, actors=actors, targets=targets,
        target_categories=[], locations=[], date=DateRef(), counts=[], claimant=Claimant(None, "publication"),
        negated=False, hedged=False, start=0, end=10,
    )


@pytest.mark.slow
def test_people_among_the_participants_are_found_through_the_model(language: Language) -> None:
    doc = language("State troopers arrested the striker Tomas Berglund on Friday. Berglund denied the charge.")
    [claim] = with_persons([_claim(["troopers"], ["Berglund"])], doc)
    assert claim.persons == ["Tomas Berglund"]


def test_persons_survive_the_store(tmp_path: Path) -> None:
    from counterclaim.store import Store

    document = Document(document_id("Troopers arrested Tomas Berglund."), "Troopers arrested Tomas Berglund.")
    claim = replace(_claim(["troopers"], ["Tomas Berglund"]), id=f"{document.id}-c001", document_id=document.id)
    claim = replace(claim, persons=["Tomas Berglund"])
    with Store(tmp_path / "p.db") as store:
        store.save(Extraction(document, claims=[claim]))
        [read] = store.claims(document_id=document.id)
    assert read.persons == ["Tomas Berglund"]
