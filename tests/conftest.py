"""Shared fixtures: the bundled seed report, one extraction of it per test session, and the loaded English model."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language

from counterclaim.attribution import find_statements
from counterclaim.ingest import document_from_text
from counterclaim.models import Extraction, Statement

Extract = Callable[[str], list[Statement]]

SEED = resources.files("counterclaim") / "examples" / "voa_russia_syria_strikes.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return Path(str(SEED))


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_extraction(seed_text: str) -> Extraction:
    from counterclaim import extract

    return extract(seed_text, published="2015-09-30")


@pytest.fixture(scope="session")
def language() -> Language:
    """The packaged English pipeline, loaded once for every test that parses text itself."""
    from counterclaim import nlp

    return nlp.load()


@pytest.fixture(scope="session")
def statements_of() -> Extract:
    """Statements of a text, through the real model: one loaded pipeline for every attribution test."""
    from counterclaim import nlp

    language = nlp.load()

    def run(text: str) -> list[Statement]:
        document = document_from_text(text)
        return find_statements(document, language(document.text))

    return run
