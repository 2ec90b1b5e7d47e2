"""Speakers resolved the way a reader resolves them, on constructed war-reporting paraphrases: acronyms,
organisation and document descriptions, ages, pronouns after an introduction, a colon before quoted
paragraphs, and genders read from the majority of pronouns."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.resolver import acronyms_in
from counterclaim.models import Statement
from readings import speaker_of

Extract = Callable[[str], list[Statement]]


def test_bracketed_acronyms_spell_the_words_before_them() -> None:
    found = acronyms_in(
        "the Council for the Defence of Detainees (CDD) met; Hayat Tahrir al-Sham (HTS) "
        "and the Syrian Democratic Forces (SDF) fought; the 2nd Division (2D) moved"
    )
    assert found["CDD"] == "Council for the Defence of Detainees"
    assert found["HTS"] == "Hayat Tahrir al-Sham"
    assert found["SDF"] == "Syrian Democratic Forces"
    assert "2D" not in found


@pytest.mark.slow
def test_acronym_speaker_takes_its_expansion(statements_of: Extract) -> None:
    statements = statements_of(
        "The Yemen Data Monitoring Group (YDMG) counted the dead after the raid on the market.\n\n"
        '"Eleven people were killed and dozens more were wounded," YDMG said.'
    )
    assert speaker_of(statements, "Eleven people") == "Yemen Data Monitoring Group"


@pytest.mark.slow
def test_organisation_noun_points_back_to_the_body_with_that_noun(statements_of: Extract) -> None:
    statements = statements_of(
        "Iraq's Interior Ministry said on Sunday that police had arrested five suspects in Mosul.\n\n"
        "Witnesses said the men were taken from a house near the river.\n\n"
        '"The cell was planning attacks on markets in the city," the ministry said.'
    )
    assert "Interior Ministry" in (speaker_of(statements, "The cell") or "")


@pytest.mark.slow
def test_organisation_noun_stays_unresolved_when_two_bodies_spoke(statements_of: Extract) -> None:
    statements = statements_of(
        "The Red Crescent said its teams had reached the village.\n\n"
        "The Health Directorate said the clinic had run out of fuel.\n\n"
        '"Every road into the area is blocked by rubble," the monitor said.'
    )
    assert speaker_of(statements, "Every road") not in {"Red Crescent", "Health Directorate"}


@pytest.mark.slow
def test_document_as_subject_speaks_for_its_issuer(statements_of: Extract) -> None:
    statements = statements_of(
        "The Houthi movement said in a statement that its forces had shot down a drone over Saada.\n\n"
        "The statement said the aircraft had been flying over residential areas."
    )
    assert speaker_of(statements, "the aircraft") == speaker_of(statements, "its forces")


@pytest.mark.slow
def test_age_description_is_the_person_just_named(statements_of: Extract) -> None:
    statements = statements_of(
        "Ahmed Khalil, a 26-year-old nurse at the hospital in Douma, said the wards were full.\n\n"
        '"We have no more beds and no more medicine," the 26-year-old said.'
    )
    assert speaker_of(statements, "We have no more") == "Ahmed Khalil"


@pytest.mark.slow
def test_pronoun_after_a_sentence_introducing_one_person(statements_of: Extract) -> None:
    statements = statements_of(
        "Colonel Omar Haddad said the army had retaken the hill. The shelling also destroyed the shop of "
        'grocer Samir Aziz, 50. "I have lost everything I built," he says.'
    )
    assert speaker_of(statements, "I have lost") == "Samir Aziz"


@pytest.mark.slow
def test_colon_before_quoted_paragraphs_carries_thespeaker_of(statements_of: Extract) -> None:
    statements = statements_of(
        "Brigadier General Yahya Rasool, spokesman for the Joint Operations Command, said in a statement:\n\n"
        '"Our forces have cleared the last districts of the old city.\n\n'
        '"The remaining fighters are surrounded and will be dealt with in the coming hours."'
    )
    assert speaker_of(statements, "Our forces") == "Yahya Rasool"
    assert speaker_of(statements, "The remaining fighters") == "Yahya Rasool"


@pytest.mark.slow
def test_gender_is_the_majority_of_pronouns(statements_of: Extract) -> None:
    statements = statements_of(
        "Karim Nasser is considering a run for governor.\n\n"
        "Layla Hamdan said Nasser would be a strong candidate, and she said the two had met in Basra.\n\n"
        "Nasser said he had not decided. Nasser said he wanted to rebuild the province.\n\n"
        "Later, Nasser met Hamdan again in Basra.\n\n"
        '"We will rebuild every school," he said.'
    )
    assert speaker_of(statements, "We will rebuild") == "Karim Nasser"


@pytest.mark.slow
def test_person_noun_with_the_is_the_person_just_named(statements_of: Extract) -> None:
    statements = statements_of(
        "Umm Khaled, whose son was killed in the raid on the market, said the strike hit at noon.\n\n"
        '"They came without warning," the mother said.'
    )
    assert speaker_of(statements, "They came") == "Umm Khaled"


@pytest.mark.slow
def test_legal_document_speaks_for_whoever_filed_it(statements_of: Extract) -> None:
    statements = statements_of(
        "Human Rights Watch filed a complaint with the court in Sanaa on Monday.\n\n"
        "The complaint says the detainees were held for three months without charge."
    )
    assert speaker_of(statements, "the detainees") == "Human Rights Watch"


@pytest.mark.slow
def test_participle_cue_takes_the_speaker_of_its_clause(statements_of: Extract) -> None:
    statements = statements_of(
        "Former governor Sami Rashid announced on Monday that he would step down.\n\n"
        'Karim Nasser said he was a "long way from making a decision," noting that he had served for decades.'
    )
    holding = [s for s in statements if "long way" in s.quote]
    assert holding and all(s.speaker.name == "Karim Nasser" for s in holding)
