"""A shared city is weak evidence in grouping; a shared village, or a city with other evidence, still joins.

Hand-made reports (no model, no evaluation text): two deaths in one large city on the same days, told by
two outlets in their own words, are two events unless something else (the day in the text, a named
victim or actor, a toll) ties them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from counterclaim.claims.gazetteer import gazetteer
from counterclaim.incidents import GroupingSettings, build_incidents, similarity
from counterclaim.incidents.place_scale import is_broad
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, Location


def _resolved(name: str) -> Location:
    """The gazetteer's most populous place of that name, as the geocoder would resolve it."""
    place = max(gazetteer().city_candidates(name), key=lambda p: p.population)
    return Location(place.name, "Syria", None, place.lat, place.lon, 1, name, place.geonameid)


@pytest.fixture(autouse=True)
def _fresh_similarity() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _wording(doc: str) -> str:
    """Each report's own pseudo-words, so that the reports' texts do not read alike."""
    digest = "".join(hashlib.sha256(f"{doc}/{n}".encode()).hexdigest() for n in range(12))
    return " ".join("q" + "".join(chr(ord("a") + int(c, 16)) for c in digest[i:i + 6]) for i in range(0, 720, 6))


def _report(doc: str, place: Location, *, day: str | None = None, targets: tuple[str, ...] = ()) -> Extraction:
    claim = Claim(
        id=f"{doc}-c001", document_id=doc, event_type="ASSAULT", mode=None, acled=None, actors=[],
        targets=list(targets), target_categories=[], locations=[place],
        date=DateRef(day, day, day, "day" if day else None, "2024-03-04"), counts=[],
        claimant=Claimant(None, "publication"), negated=False, hedged=False, start=0, end=50,
    )
    document = Document(doc, f"text of {doc}: {_wording(doc)}", source=f"outlet-{doc}", published="2024-03-04")
    return Extraction(document, claims=[claim])


def test_a_large_city_is_broad_and_a_small_town_is_not() -> None:
    assert is_broad(_resolved("Aleppo"), 100_000)
    assert not is_broad(_resolved("Binnish"), 100_000)
    assert not is_broad(Location("Aleppo", "Syria", None, 36.2, 37.16, 1), 100_000)  # no gazetteer id: as before
    assert not is_broad(_resolved("Aleppo"), 0)  # the rule off


def test_two_reports_sharing_only_a_city_stay_apart() -> None:
    city = _resolved("Aleppo")
    incidents = build_incidents([_report("a", city), _report("b", city)])
    assert len(incidents) == 2


def test_the_rule_off_joins_them_as_before() -> None:
    city = _resolved("Aleppo")
    incidents = build_incidents([_report("a", city), _report("b", city)], settings=GroupingSettings(city_population=0))
    assert len(incidents) == 1


def test_a_shared_town_still_joins_on_its_own() -> None:
    town = _resolved("Binnish")
    assert len(build_incidents([_report("a", town), _report("b", town)])) == 1


def test_a_shared_city_with_the_same_day_and_victims_joins() -> None:
    city = _resolved("Aleppo")
    reports = [_report(d, city, day="2024-03-03", targets=("bakery",)) for d in ("a", "b")]
    assert len(build_incidents(reports)) == 1


def test_a_shared_city_and_shared_common_roles_stay_apart() -> None:
    """A woman killed in the same large city, in two reports with no day of their own: two deaths."""
    city = _resolved("Aleppo")
    reports = [_report(d, city, targets=("woman",)) for d in ("a", "b")]
    assert len(build_incidents(reports)) == 2
