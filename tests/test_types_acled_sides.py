"""ACLED sub-events by who stands on each side (ACLED codebook): a clash of unorganised crowds is mob violence, a
killing of armed people (police by rank or gender, gang members) a clash of armed groups, and seizing goods is
looting. Sentences written for this test."""

from __future__ import annotations

import pytest

from counterclaim.models import Claim
from counterclaim.pipeline import extract

pytestmark = pytest.mark.slow


def _by_trigger(text: str, trigger: str) -> Claim:
    return next(c for c in extract(text).claims if c.trigger == trigger)


def _sub_event(text: str, trigger: str) -> str | None:
    acled = _by_trigger(text, trigger).acled
    return acled.sub_event_type if acled else None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On 2 March 2022, a clash between two groups of farmers left six people hurt near the well.", "clash"),
        ("On 2 March 2022, clashes erupted between villagers and the police over a land dispute.", "clashes"),
    ],
)
def test_a_clash_with_a_crowd_on_one_side_is_mob_violence(text: str, trigger: str) -> None:
    assert _sub_event(text, trigger) == "Mob violence"


def test_both_sides_of_a_clash_are_its_actors() -> None:
    claim = _by_trigger("On 2 March 2022, heavy fighting between the army and the rebels killed nine.", "fighting")
    assert {"army", "rebels"} <= {a.split()[-1] for a in claim.actors}
    assert claim.acled is not None and claim.acled.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On 2 March 2022, masked gunmen shot dead a policewoman outside the district office.", "shot"),
        ("On 2 March 2022, a suspected gang member was shot dead by three armed men in the suburb.", "shot"),
        ("On 2 March 2022, a smuggler died in a gunfight with border guards near the crossing.", "gunfight"),
    ],
)
def test_violence_against_armed_people_is_an_armed_clash(text: str, trigger: str) -> None:
    assert _sub_event(text, trigger) == "Armed clash"


def test_seizing_goods_is_looting() -> None:
    text = "On 2 March 2022, customs officers seized four tons of cannabis hidden in a lorry at the port."
    assert _sub_event(text, "seized") == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2022, there was a clash between the army and members of the People's Defence Front in the hills.",
        "On 2 March 2022, a clash between the Northern Lions and the Eagles Brigade took place near the dam.",
    ],
)
def test_a_clash_of_organised_groups_stays_an_armed_clash(text: str) -> None:
    assert _sub_event(text, "clash") == "Armed clash"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "On 2 March 2022, families of detainees held a protest at the jail, following a riot there in May.",
            "protest",
        ),
        (
            "On 2 March 2022, farmers protested, demanding payment for crops damaged by the army.",
            "protested",
        ),
    ],
)
def test_violence_in_a_protest_grievance_leaves_it_peaceful(text: str, trigger: str) -> None:
    """What a protest is against, follows or demands is its background, not how it went."""
    assert _sub_event(text, trigger) == "Peaceful protest"


def test_violence_by_the_protesters_makes_a_violent_demonstration() -> None:
    text = "On 2 March 2022, demonstrators burned tyres and blocked the highway, demanding the governor resign."
    assert _sub_event(text, "blocked") == "Violent demonstration"
