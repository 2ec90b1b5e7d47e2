"""Undated pairs of reports tell one story only on stronger evidence: a related report with no publication day
(or related to one without) makes claims join as in one report only from ``undated_story_affinity`` or on a
shared participant; the document pass links such a pair from ``undated_cluster_affinity``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from counterclaim.incidents import similarity
from counterclaim.incidents.grouping import Grouper
from counterclaim.incidents.settings import DEFAULT_SETTINGS
from counterclaim.incidents.similarity import document_clusters, features_of, observe, undated_link_holds
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, Location, document_id

SYRIA = Location("Syria", "Syria", None, None, None, 4)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _report(text: str, published: str | None = None, persons: tuple[str, ...] = ()) -> Extraction:
    doc = document_id(text)
    claim = Claim(
        id=f"{doc}-1", document_id=doc, event_type="ASSAULT", mode=None, acled=None, actors=[],
        targets=list(persons), target_categories=[], locations=[SYRIA], date=DateRef(reported=published), counts=[],
        claimant=Claimant(None, "publication"), negated=False, hedged=False, start=0, end=10, persons=list(persons),
    )
    return Extraction(Document(doc, text, published=published), claims=[claim])


# Our own wording: a coach dismissed by a club, told twice, and another club's dismissal in other words.
FIRED = _report("The Harbour City Comets dismissed head coach Leon Varga after a losing run, the club said.")
FIRED_AGAIN = _report("Leon Varga was dismissed as head coach of the Harbour City Comets after a losing run.")
DATED = _report("The Harbour City Comets dismissed head coach Leon Varga after a losing run.", published="2024-03-02")
OTHER = _report("The Valley Rangers named a new goalkeeping coach for the spring season on Tuesday.")


def test_a_pair_with_both_days_holds_at_any_affinity() -> None:
    observe([FIRED, DATED, OTHER])
    dated_too = _report("A second report of the Comets' decision.", published="2024-03-03")
    assert undated_link_holds(features_of(DATED), features_of(dated_too), 0.0, 0.25)


def test_an_undated_pair_needs_the_limit_or_a_participant() -> None:
    observe([FIRED, FIRED_AGAIN, DATED, OTHER])
    assert not undated_link_holds(features_of(FIRED), features_of(DATED), 0.22, 0.25)
    assert undated_link_holds(features_of(FIRED), features_of(DATED), 0.25, 0.25)
    taken = _report("Gunmen seized the pharmacist Yusuf Haddad outside his shop.", persons=("Yusuf Haddad",))
    again = _report("Yusuf Haddad, seized outside his shop, is still missing.", persons=("Yusuf Haddad",))
    observe([taken, again])
    assert undated_link_holds(features_of(taken), features_of(again), 0.0, 0.25)


def _two_claims_join(loose: bool) -> bool:
    """An undated country-only claim of one report, then one of a related report: one incident or two?"""
    grouper = Grouper(DEFAULT_SETTINGS, affinity=lambda a, b: 0.0)
    grouper.add(FIRED.claims[0], ["syria"])
    grouper.relate({FIRED.document.id: 0.22}, loose={FIRED.document.id} if loose else ())
    grouper.add(FIRED_AGAIN.claims[0], ["syria"])
    return len(grouper.groups()) == 1


def test_a_loose_related_report_tells_no_story_of_its_own() -> None:
    assert _two_claims_join(loose=False)  # related at 0.22: the same story, as in one report
    assert not _two_claims_join(loose=True)  # loose: nothing but a country, no day, no similarity to carry it


def test_the_document_pass_links_an_undated_pair_only_from_its_own_threshold() -> None:
    batch = [FIRED, FIRED_AGAIN, OTHER]
    observe(batch)
    score = similarity.document_affinity(FIRED, FIRED_AGAIN)
    assert score >= 0.3
    apart = document_clusters(batch, undated_names=True)
    together = document_clusters(batch, undated_names=True, undated_affinity=0.3)
    assert [FIRED.document.id] in apart
    assert [FIRED.document.id, FIRED_AGAIN.document.id] in together
    too_high = document_clusters(batch, undated_names=True, undated_affinity=min(1.0, score + 0.01))
    assert [FIRED.document.id] in too_high


def test_defaults() -> None:
    assert DEFAULT_SETTINGS.undated_story_affinity == 0.25
    assert DEFAULT_SETTINGS.undated_cluster_affinity == 0.3
    assert replace(DEFAULT_SETTINGS, undated_cluster_affinity=None).undated_cluster_affinity is None
