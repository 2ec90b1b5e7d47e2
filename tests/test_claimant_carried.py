"""Who gives a figure where the sentence does not say it plainly: a continuing sentence, a clause coordinated
with the reporting verb, a passive "were reported", a pronoun read as a date, an outlet's name before its
description, a sentence opener glued to the subject.

Own paraphrases of the constructions, never evaluation text.
"""

from __future__ import annotations

import pytest

from counterclaim.claims.claimant import adjectival
from counterclaim.models import Claim
from counterclaim.pipeline import extract

OBSERVATORY = "Syrian Observatory for Human Rights"


def _counted(text: str, category: str = "killed") -> list[Claim]:
    claims = extract(text, published="2016-05-02").claims
    return [c for c in claims if any(k.category == category for k in c.counts)]


def test_a_states_possessive_before_an_organ_two_words_on_is_its_adjective() -> None:
    assert adjectival("Turkey's health ministry") == "Turkish health ministry"
    assert adjectival("Syria's war") == "Syria's war"


@pytest.mark.slow
def test_a_sentence_adding_to_the_report_before_keeps_its_source() -> None:
    text = (
        "Shelling on the market in Idlib killed at least nine traders on Sunday, SOHR reported. "
        "Another 40 were wounded."
    )
    (claim,) = _counted(text, "injured")
    assert claim.claimant.name == OBSERVATORY


@pytest.mark.slow
def test_a_sentence_without_an_additive_opener_does_not_inherit_a_source() -> None:
    text = (
        "Shelling on the market in Idlib killed at least nine traders on Sunday, SOHR reported. "
        "Over 250000 people have been killed across the country since 2011."
    )
    background = [c for c in _counted(text) if c.start >= text.index("Over")]
    assert background and background[0].claimant.kind == "publication"


@pytest.mark.slow
def test_a_source_followed_by_a_coordinated_clause_still_gives_the_figure() -> None:
    text = (
        "Militants killed three shepherds near the village on Monday the Observatory said and gave the farmers "
        "a day to leave. SOHR is based in Britain."
    )
    claims = [c for c in _counted(text) if c.start < text.index(". SOHR")]
    assert claims and claims[0].claimant.name == OBSERVATORY


@pytest.mark.slow
def test_the_subject_of_a_passive_reported_is_no_source() -> None:
    text = "Later two more villagers were reported killed and 12 others were injured in a rocket attack on the town."
    (claim,) = _counted(text, "injured")
    assert claim.claimant.name != "two more villagers"


@pytest.mark.slow
def test_an_outlets_name_before_its_description_is_the_name() -> None:
    (claim,) = _counted("Government jets killed some 25 fighters near Homs, the Lebanese Al-Bayan TV channel reported.")
    assert claim.claimant.name == "Al-Bayan"


@pytest.mark.slow
def test_a_headline_tagged_reports_is_the_source_its_lead_names() -> None:
    text = (
        "Bomb Attack in Hama Kills 12 Reports\n\n"
        "A bomb attack in Hama on Monday killed 12 people, the Lebanese TV channel Al-Bayan reported."
    )
    headline = [c for c in _counted(text) if c.start < text.index("\n")]
    assert headline and headline[0].claimant.name == "Al-Bayan"


@pytest.mark.slow
def test_a_headline_tag_after_a_dash_is_no_subject() -> None:
    text = "Car bomb kills 12 in Hama - reports\n\nA car bomb killed 12 people in Hama on Monday."
    headline = [c for c in _counted(text) if c.start < text.index("\n")]
    assert headline and headline[0].claimant.name == "reports"


@pytest.mark.slow
def test_a_sentences_own_source_beats_a_speaker_of_the_sentence_before() -> None:
    text = (
        "A monitoring group said a child was among at least six people killed in shelling on Douma. "
        '"Four pupils were killed and 12 students were injured in a rocket attack on the school" '
        "state news agency SANA reported."
    )
    (claim,) = _counted(text, "injured")
    assert claim.claimant.name == "SANA"


@pytest.mark.slow
def test_the_sources_are_the_ones_the_report_introduced() -> None:
    text = (
        "The group has executed 30 of its own members in recent days, informed sources said. "
        '"The group has executed at least 30 of its members who tried to flee" the sources said.'
    )
    assert [c.claimant.name for c in _counted(text)] == ["informed sources", "informed sources"]


@pytest.mark.slow
def test_a_name_cut_at_an_arabic_particle_is_read_whole() -> None:
    text = "Jets struck Douma on Monday. Jaish al-Tahrir said 15 of its fighters were killed in the raids."
    assert [c.claimant.name for c in _counted(text) if c.start > text.index(".")] == ["Jaish al-Tahrir"]


@pytest.mark.slow
def test_a_description_of_the_speaker_named_before_keeps_the_named_speaker() -> None:
    text = (
        "Omar Haddad, who heads SOHR, told reporters the fighting was fierce. "
        "The Observatory director also said Kurdish fighters had killed 10 militants in the past day."
    )
    (claim,) = _counted(text)
    assert claim.claimant.name == "Omar Haddad"


@pytest.mark.slow
def test_a_monitor_described_by_its_country_is_the_monitor_the_report_names() -> None:
    text = (
        "12 dead as new rebel alliance attacks Syrias Homs Monitor\n\n"
        "12 dead as new rebel alliance attacks Syrias Homs Monitor AFP Friday 3 Jul 2015 At least 12 people were "
        "killed on Friday as a rebel alliance attacked parts of Homs city a monitor said. "
        "SOHR added that rebels fired rockets."
    )
    assert {c.claimant.name for c in _counted(text)} == {OBSERVATORY}
