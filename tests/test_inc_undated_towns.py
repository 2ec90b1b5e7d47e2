"""A shared town is concrete evidence for two reports without a publication day, as a shared participant is:
``similarity.shares_town`` (towns within ``LINK_KM``), used by ``undated_link_holds`` in both grouping passes
(``GroupingSettings.link_undated_on_towns``) from the ordinary story threshold."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from counterclaim.incidents import similarity
from counterclaim.incidents.settings import DEFAULT_SETTINGS
from counterclaim.incidents.similarity import (
    document_clusters,
    features_of,
    observe,
    shares_town,
    undated_link_holds,
)
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, Location, document_id

# Two made-up towns 5 km apart, and a third 60 km away.
RIVERTON = Location("Riverton", "Freedonia", "North", 10.00, 20.00, 1)
MILLBROOK = Location("Millbrook", "Freedonia", "North", 10.03, 20.03, 1)
FARPORT = Location("Farport", "Freedonia", "South", 10.55, 20.00, 1)
COUNTRY = Location("Freedonia", "Freedonia", None, None, None, 3)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _report(text: str, place: Location, published: str | None = None) -> Extraction:
    doc = document_id(text)
    claim = Claim(
        id=f"{doc}-1", document_id=doc, event_type="ASSAULT", mode=None, acled=None, actors=[], targets=[],
        target_categories=[], locations=[place], date=DateRef(reported=published), counts=[],
        claimant=Claimant(None, "publication"), negated=False, hedged=False, start=0, end=10,
    )
    return Extraction(Document(doc, text, published=published), claims=[claim])


# Our own wording: a warehouse fire told by two outlets, and an unrelated market report.
FIRE = _report("A fire destroyed a grain warehouse in Riverton overnight, firefighters said.", RIVERTON)
FIRE_AGAIN = _report("A fire destroyed a grain warehouse near Millbrook overnight, the firefighters said.", MILLBROOK)
FIRE_FAR = _report("A grain warehouse burned down in Farport, firefighters said.", FARPORT)
FIRE_NOWHERE = _report("A grain warehouse burned down overnight, firefighters said.", COUNTRY)
OTHER = _report("Farmers at the weekly market complained about the price of seed this spring.", COUNTRY)


def test_towns_within_the_link_distance_are_shared() -> None:
    observe([FIRE, FIRE_AGAIN, FIRE_FAR, FIRE_NOWHERE])
    assert shares_town(features_of(FIRE), features_of(FIRE_AGAIN))
    assert not shares_town(features_of(FIRE), features_of(FIRE_FAR))  # 60 km: another town
    assert not shares_town(features_of(FIRE), features_of(FIRE_NOWHERE))  # a country is no town


def test_an_undated_pair_holds_on_a_shared_town_unless_turned_off() -> None:
    observe([FIRE, FIRE_AGAIN, FIRE_FAR])
    a, b = features_of(FIRE), features_of(FIRE_AGAIN)
    assert undated_link_holds(a, b, 0.22, 0.3)
    assert not undated_link_holds(a, b, 0.16, 0.3)  # under the story threshold a town is not enough
    assert not undated_link_holds(a, b, 0.22, 0.3, towns=None)
    assert not undated_link_holds(a, features_of(FIRE_FAR), 0.22, 0.3)


def test_the_document_pass_links_undated_reports_of_one_town() -> None:
    batch = [FIRE, FIRE_AGAIN, OTHER]
    observe(batch)
    assert similarity.document_affinity(FIRE, FIRE_AGAIN) >= 0.2
    linked = document_clusters(batch, undated_names=True, undated_affinity=1.0)
    apart = document_clusters(batch, undated_names=True, undated_affinity=1.0, undated_towns=None)
    assert [FIRE.document.id, FIRE_AGAIN.document.id] in linked
    assert [FIRE.document.id] in apart


def test_default_is_on() -> None:
    assert DEFAULT_SETTINGS.link_undated_on_towns
