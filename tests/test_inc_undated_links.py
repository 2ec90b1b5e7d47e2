"""Undated reports in the document-level pass: linked by similarity only on a shared rare participant (a person
who is an actor or target of both reports' claims)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from counterclaim.incidents import build_incidents, similarity
from counterclaim.incidents.settings import DEFAULT_SETTINGS
from counterclaim.incidents.similarity import features_of, may_link, observe
from counterclaim.models import Claim, Claimant, DateRef, Document, Extraction, Location, document_id

IDLIB = Location("Idlib", "Syria", "Idlib", 35.93, 36.63, 1)
DARAA = Location("Daraa", "Syria", "Daraa", 32.62, 36.10, 1)


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _report(
    text: str,
    event_type: str = "ASSAULT",
    place: Location = IDLIB,
    published: str | None = None,
    persons: tuple[str, ...] = (),
) -> Extraction:
    doc = document_id(text)
    claim = Claim(
        id=f"{doc}-1", document_id=doc, event_type=event_type, mode=None, acled=None, actors=[],
        targets=list(persons), target_categories=[], locations=[place], date=DateRef(reported=published), counts=[],
        claimant=Claimant(None, "publication"), negated=False, hedged=False, start=0, end=10, persons=list(persons),
    )
    return Extraction(Document(doc, text, published=published), claims=[claim])


# Our own wording: one abduction told by two outlets that give no publication day, the victim named in both.
TAKEN = _report(
    "Gunmen seized the pharmacist Yusuf Haddad outside his shop in Idlib and drove him away in a white van, "
    "his brother said, adding that no group had asked for a ransom.",
    persons=("Yusuf Haddad",),
)
TAKEN_AGAIN = _report(
    "Relatives of Yusuf Haddad, a pharmacist taken from his shop in Idlib by armed men in a white van, "
    "appealed for his release; nobody has claimed the abduction.",
    event_type="COERCE",
    persons=("Yusuf Haddad",),
)
# Another abduction in the same words, of another man: only the wording and the town are shared.
OTHER_TAKEN = _report(
    "Gunmen seized the grocer Karim Nasser outside his shop in Idlib and drove him away in a white van, "
    "his cousin said, adding that no group had asked for a ransom.",
    persons=("Karim Nasser",),
)


def test_undated_reports_sharing_a_rare_full_name_may_link() -> None:
    observe([TAKEN, TAKEN_AGAIN, OTHER_TAKEN])
    assert may_link(features_of(TAKEN), features_of(TAKEN_AGAIN), undated_names=True)


def test_undated_reports_sharing_only_wording_and_town_do_not_link() -> None:
    observe([TAKEN, TAKEN_AGAIN, OTHER_TAKEN])
    assert not may_link(features_of(TAKEN), features_of(OTHER_TAKEN), undated_names=True)


def test_a_name_most_reports_carry_links_nothing() -> None:
    common = [
        _report(f"The Syrian Observatory reported clashes near Idlib, its {n}th report of the week.") for n in range(4)
    ]
    observe(common)
    assert not may_link(features_of(common[0]), features_of(common[1]), undated_names=True)


def test_a_shared_name_does_not_bridge_towns_far_apart() -> None:
    here = _report("Militiamen led by Abu Hamza Saleh shelled a school in Idlib.", persons=("Abu Hamza Saleh",))
    there = _report(
        "Militiamen led by Abu Hamza Saleh shelled a school in Daraa.", place=DARAA, persons=("Abu Hamza Saleh",)
    )
    observe([here, there])
    assert not may_link(features_of(here), features_of(there), undated_names=True)


def test_the_rule_is_on_by_default_and_can_be_turned_off() -> None:
    observe([TAKEN, TAKEN_AGAIN, OTHER_TAKEN])
    assert DEFAULT_SETTINGS.link_undated_on_names
    assert not may_link(features_of(TAKEN), features_of(TAKEN_AGAIN))  # may_link's own default: off


def test_a_participant_the_lede_does_not_name_links_nothing() -> None:
    # the same man taken part in both reports' claims, but both are about something else: their ledes do not name him
    opening = "The council of Idlib met on Monday to discuss water, bread prices and the state of the roads. " * 5
    first = _report(opening + "Separately, gunmen seized the trader Rami Haddad.", persons=("Rami Haddad",))
    second = _report(opening + "Relatives of Rami Haddad appealed for his release.", persons=("Rami Haddad",))
    observe([first, second, OTHER_TAKEN])
    assert not may_link(features_of(first), features_of(second), undated_names=True)


def test_the_document_pass_joins_two_undated_reports_of_one_abduction() -> None:
    # no related-report merge while reports come in: only the document pass can join them
    pass_only = replace(DEFAULT_SETTINGS, same_event_affinity=1.01, link_undated_on_names=True)
    incidents = build_incidents([TAKEN, TAKEN_AGAIN, OTHER_TAKEN], settings=pass_only)
    holding = [i for i in incidents if TAKEN.document.id in {d.id for d in i.documents}]
    assert len(holding) == 1
    assert TAKEN_AGAIN.document.id in {d.id for d in holding[0].documents}


def test_a_shared_name_that_is_no_participant_links_nothing() -> None:
    # the same organisation and the same quoted doctor in two reports of two shellings: no person takes part in both
    first = _report(
        "The Karama Relief Network said shells hit a bakery in Idlib; its director Salim Qadri counted the wounded.",
        persons=(),
    )
    second = _report(
        "The Karama Relief Network said rockets hit a clinic in Idlib; its director Salim Qadri counted the dead.",
        persons=(),
    )
    observe([first, second, OTHER_TAKEN])
    assert "n:karama relief network" in features_of(first).terms.keys() & features_of(second).terms.keys()
    assert not may_link(features_of(first), features_of(second), undated_names=True)


def test_a_person_who_takes_part_in_one_report_only_links_nothing() -> None:
    arrested = _report("Police detained the driver Nabil Aoun after the crash in Idlib.", persons=("Nabil Aoun",))
    mentioned = _report(
        "Another driver was detained in Idlib, weeks after Nabil Aoun's arrest, police said.", event_type="COERCE"
    )
    observe([arrested, mentioned, OTHER_TAKEN])
    assert not may_link(features_of(arrested), features_of(mentioned), undated_names=True)
