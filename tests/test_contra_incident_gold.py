"""Our incident-level dispute gold is consistent: every article of an incident is labelled for disputes,
and a dispute across articles names an incident and two of its articles."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.quality_contradictions import (  # noqa: E402
    GOLD_FILE,
    INCIDENT_DISPUTES,
    INCIDENT_GOLD,
    Dispute,
    load_gold,
    load_incident_gold,
)


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_incident_article_is_labelled_for_disputes() -> None:
    labelled = {g.doc for g in load_gold(GOLD_FILE)}
    articles = {doc for row in _rows(INCIDENT_GOLD) for doc in row["docs"]}
    assert articles <= labelled


def test_a_cross_article_dispute_joins_two_articles_of_its_incident() -> None:
    incidents = {row["incident"]: set(row["docs"]) for row in _rows(INCIDENT_GOLD)}
    for row in _rows(INCIDENT_DISPUTES):
        docs = incidents[row["incident"]]
        for dispute in row["disputes"]:
            assert len(dispute["sides"]) == 2
            assert len(set(dispute["docs"])) == 2 and set(dispute["docs"]) <= docs


def test_an_incident_pools_its_articles_disputes_and_those_across_them() -> None:
    per_document = {g.doc: g.disputes for g in load_gold(GOLD_FILE)}
    incident_of, disputes = load_incident_gold(per_document)
    for name, pooled in disputes.items():
        own = [d for doc, incident in incident_of.items() if incident == name for d in per_document[doc]]
        assert all(isinstance(d, Dispute) for d in pooled)
        assert len(pooled) >= len(own)
