"""Streets and the report's own people are no towns (issue 7; GVC killed misses from namesake towns)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from counterclaim.claims.places import document_country, find_locations
from counterclaim.models import Location


def located(language: Language, text: str) -> list[Location]:
    doc = language(text)
    return [loc for sent in doc.sents for loc in find_locations(sent, document_country(doc))]


def written(found: list[Location]) -> set[str | None]:
    return {loc.as_written for loc in found}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A teenager was shot dead on Baker Street in Hartford on Friday night.",
        "Deputies said the gunfire broke out on Lowell Road in Nashua.",
        "Officers found the victim in the 1800 block of Clayton Street in Dayton.",
        "The car was found at 12 Marion Drive, not far from the freeway, in Austin.",
    ],
)
def test_a_street_named_after_a_name_is_no_namesake_town(language: Language, text: str) -> None:
    found = located(language, text)
    assert not {"Baker", "Lowell", "Clayton", "Marion"} & ({loc.name for loc in found} | written(found))
    assert any(loc.lat is not None and loc.precision == 1 for loc in found)  # the town itself still resolves
    streets = [loc for loc in found if loc.as_written and loc.as_written.split()[-1] in {"Street", "Road", "Drive"}]
    assert all(loc.precision != 1 for loc in streets)  # kept whole, at most placed near its town


@pytest.mark.slow
def test_a_street_in_a_town_is_placed_near_the_town(language: Language) -> None:
    found = located(language, "Gunmen clashed on Airport Road (Tripoli) in Libya on Saturday.")
    street = [loc for loc in found if loc.as_written == "Airport Road"]
    assert street and street[0].country == "Libya" and street[0].precision == 2


@pytest.mark.slow
def test_a_lower_case_road_still_names_its_town(language: Language) -> None:
    # "the X highway" in war reporting is the road to or through town X, which names the town
    found = located(language, "Protesters blocked the Tyre highway with burning tyres on Tuesday.")
    assert "Tyre" in written(found)


@pytest.mark.slow
def test_the_town_of_a_mayor_is_a_place(language: Language) -> None:
    found = located(language, "Gunmen fired at the house of the mayor of Tyre on Monday night.")
    assert any(loc.as_written == "Tyre" and loc.country == "Lebanon" for loc in found)
