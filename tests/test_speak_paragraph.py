"""Speakers of "the <noun> said" by structure, on constructed war-reporting paraphrases: a noun the text
predicated of a named person ("X is a pharmacist"), else the person who was speaking in the same paragraph."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement
from readings import speaker_of

Extract = Callable[[str], list[Statement]]


@pytest.mark.slow
def test_the_noun_is_the_person_speaking_in_the_same_paragraph(statements_of: Extract) -> None:
    statements = statements_of(
        "Khalid Hamdan said the water station in Hodeidah had been hit twice in a week. "
        '"We have no fuel left for the pumps," the engineer said.'
    )
    assert speaker_of(statements, "We have no fuel") == "Khalid Hamdan"


@pytest.mark.slow
def test_a_person_who_did_not_speak_is_not_the_noun(statements_of: Extract) -> None:
    statements = statements_of(
        "Troops detained Yusuf Karim at a checkpoint near Mosul on Monday. "
        '"They came at night and took the tractor," the farmer said.'
    )
    assert speaker_of(statements, "They came at night") != "Yusuf Karim"


@pytest.mark.slow
def test_a_noun_a_copula_gave_a_named_person_points_back_to_them(statements_of: Extract) -> None:
    statements = statements_of(
        "Rana Khalil is a pharmacist in the besieged town of Douma.\n\n"
        "Government aircraft struck the market again on Tuesday, a monitoring group said.\n\n"
        '"The shelves have been empty since the winter," the pharmacist said.'
    )
    assert speaker_of(statements, "The shelves") == "Rana Khalil"


@pytest.mark.slow
def test_he_is_the_man_named_since_a_speaker_of_unknown_gender(statements_of: Extract) -> None:
    statements = statements_of(
        "Lise Grande said the port of Hodeidah must stay open to fuel shipments.\n\n"
        "Aid workers on Tuesday visited the clinic of Dr. Ahmed Saleh in the old city. "
        "His patients had waited for days for oxygen.\n\n"
        '"We ran out of oxygen at dawn and lost two children," he said.'
    )
    assert speaker_of(statements, "We ran out") == "Ahmed Saleh"


@pytest.mark.slow
def test_he_stays_with_the_speaker_when_the_man_named_since_is_of_unknown_gender(statements_of: Extract) -> None:
    statements = statements_of(
        "Colonel Turki al-Maliki said the coalition had intercepted two drones over Jizan. "
        "He said both were launched from Saada.\n\n"
        "Residents described the damage to the home of Nabil Haidar near the border.\n\n"
        '"The debris fell on an empty school," he said.'
    )
    assert speaker_of(statements, "The debris") == "Turki al-Maliki"


@pytest.mark.slow
def test_the_noun_an_unnamed_speaker_was_given_stays_theirs(statements_of: Extract) -> None:
    statements = statements_of(
        "Ahmed Hassan said the hospital in Idlib was hit at dawn. A doctor at the hospital said the generator "
        'failed. "We operated by torchlight," the doctor said.'
    )
    assert speaker_of(statements, "We operated") != "Ahmed Hassan"


@pytest.mark.slow
def test_the_source_is_not_the_named_speaker_before_it(statements_of: Extract) -> None:
    statements = statements_of(
        'Colonel Fadi Nasser said the convoy reached Palmyra. "We lost two trucks," the source said.'
    )
    assert speaker_of(statements, "We lost two trucks") != "Fadi Nasser"
