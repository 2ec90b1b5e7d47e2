"""The loose gazetteer index is shipped prebuilt: it must be what the build tool makes of the shipped tables."""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from counterclaim.claims.gazetteer import LOOSE_INDEX_FILE, LooseIndex, fold, gazetteer, read_gazetteer

TOOL = Path(__file__).resolve().parent.parent / "tools" / "build_gazetteer.py"


def _build_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_lookup_finds_a_key_and_not_its_prefixes_or_extensions() -> None:
    index = LooseIndex("# header\nbgdd\t7\nbgddx\t1,2\nbgh\t3\n")
    assert index.get("bgddx") == (1, 2)
    assert index.get("bgdd") == (7,)
    assert index.get("bgd") == ()
    assert index.get("zzz") == ()
    assert len(index) == 3


def test_a_spelling_variant_finds_its_place_through_the_shipped_index() -> None:
    names = {fold(place.name) for place in gazetteer().loose_city_candidates("Qalqiliyah")}
    assert "qalqilyah" in names


@pytest.mark.slow
def test_the_shipped_loose_index_is_what_the_tool_builds_from_the_shipped_tables() -> None:
    data = TOOL.parent.parent / "src" / "counterclaim" / "claims" / "data"
    built = _build_tool().loose_index_text(read_gazetteer(data, with_loose_index=False))  # type: ignore[attr-defined]
    shipped = gzip.decompress((data / LOOSE_INDEX_FILE).read_bytes()).decode("utf-8")
    assert built == shipped
