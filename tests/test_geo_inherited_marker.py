"""A place a claim borrows from the claim before it is marked ``inherited``: it survives the store and the exports,
and the dispute stage does not read it as a place the claim names (issue 7)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from counterclaim.claims import find_contradictions
from counterclaim.export import flat_row
from counterclaim.export.acled_csv import claim_row
from counterclaim.export.geojson import feature_collection
from counterclaim.models import Acled, Claim, Claimant, Count, Document, Extraction, Location
from counterclaim.store import Store
from readings import sentence_claim

TEXT = "Rockets struck the market of Tell Rifaat on Friday. Two traders were killed, a local council said."
DOCUMENT = Document(id="doc", text=TEXT, published="2020-02-08")
NAMED = Location("Tell Rifaat", "Syria", "Aleppo", 36.47, 37.1, 1)
BORROWED = replace(NAMED, inherited=True)


def _toll(n: int, claimant: str, injured: int, place: Location) -> Claim:
    """A toll of the injured at ``place``: two such tolls that disagree and share a town are a count dispute."""
    figure = Count("injured", None, injured, injured, None, str(injured))
    return sentence_claim(
        n, claimant=Claimant(claimant, "group"), counts=[figure], locations=[place], trigger="wounded",
        acled=Acled("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    )


def test_a_claim_keeps_its_own_places_apart_from_the_borrowed_ones() -> None:
    country = Location("Syria", "Syria", precision=3)
    toll = sentence_claim(2, locations=[BORROWED, country])
    assert toll.own_locations == [country]
    assert Location("Homs").inherited is False  # a place built without saying so is one the claim names


def test_two_tolls_placed_only_by_borrowing_share_no_town_to_dispute() -> None:
    named = _toll(1, "activists", 120, NAMED)
    also_named = _toll(2, "Syrian army", 30, NAMED)
    borrowed = _toll(2, "Syrian army", 30, BORROWED)
    assert [x.attribute for x in find_contradictions([named, also_named], [])] == ["count"]
    assert find_contradictions([named, borrowed], []) == []


def test_the_inherited_mark_survives_a_store_round_trip(tmp_path: Path) -> None:
    strike = sentence_claim(1, locations=[NAMED], start=0, end=50)
    toll = sentence_claim(2, locations=[BORROWED], start=51, end=len(TEXT))
    with Store(tmp_path / "cc.db") as store:
        store.save(Extraction(document=DOCUMENT, claims=[strike, toll]))
        again = store.extraction("doc")
    assert again is not None
    assert [[loc.inherited for loc in c.locations] for c in again.claims] == [[False], [True]]
    view = sqlite3.connect(tmp_path / "cc.db").execute("select place_inherited from claims_view order by claim_id")
    assert [flag for (flag,) in view] == [0, 1]


def test_a_stored_place_from_before_the_mark_reads_back_as_named(tmp_path: Path) -> None:
    with Store(tmp_path / "cc.db") as store:
        store.save(Extraction(document=DOCUMENT, claims=[sentence_claim(1, locations=[NAMED], start=0, end=50)]))
    with sqlite3.connect(tmp_path / "cc.db") as db:  # a row written before the field existed
        db.execute("""update claims set locations = '[{"name": "Tell Rifaat", "country": "Syria", "precision": 1}]'""")
    with Store(tmp_path / "cc.db") as store:
        again = store.extraction("doc")
    assert again is not None and again.claims[0].locations == [Location("Tell Rifaat", "Syria", precision=1)]


def test_the_exports_say_whether_the_place_is_inherited() -> None:
    toll = sentence_claim(2, locations=[BORROWED], acled=Acled("Violence against civilians", "Attack"))
    assert flat_row(toll)["place_inherited"] is True
    row = claim_row(toll)
    assert row is not None and row["place_inherited"] is True
    (feature,) = feature_collection([toll]).collection["features"]
    assert feature["properties"]["place_inherited"] is True
    assert flat_row(sentence_claim(1, locations=[NAMED]))["place_inherited"] is False


def test_grouping_links_a_claim_only_on_the_places_it_names_itself() -> None:
    from counterclaim.incidents.profile import profile_of

    toll = sentence_claim(2, locations=[BORROWED, Location("Syria", "Syria", precision=3)])
    profile = profile_of(toll, day_slack=1, undated_lookback=7)
    assert profile.places == {} and profile.admin1s == set() and profile.countries == {"syria"}
