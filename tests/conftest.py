"""Shared fixtures: the bundled seed report, and one extraction of it per test session."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from counterclaim.models import Extraction

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
