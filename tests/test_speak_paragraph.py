"""Speakers of "the <noun> said" by structure, on constructed war-reporting paraphrases: a noun the text
predicated of a named person ("X is a pharmacist"), else the person who was speaking in the same paragraph."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]


def _speaker(statements: list[Statement], quote_start: str) -> str | None:
    found = [s for s in statements if s.quote.startswith(quote_start)]
    assert found, f"no statement starts with {quote_start!r}"
    return found[0].speaker.name


@pytest.mark.slow
def test_the_noun_is_the_person_speaking_in_the_same_paragraph(statements_of: Extract) -> None:
    statements = statements_of(
        "Khalid Hamdan said the water station in Hodeidah had been hit twice in a week. "
        '"We have no fuel left for the pumps," the engineer said.'
    )
    assert _speaker(statements, "We have no fuel") == "Khalid Hamdan"


@pytest.mark.slow
def test_a_person_who_did_not_speak_is_not_the_noun(statements_of: Extract) -> None:
    statements = statements_of(
        "Troops detained Yusuf Karim at a checkpoint near Mosul on Monday. "
        '"They came at night and took the tractor," the farmer said.'
    )
    assert _speaker(statements, "They came at night") != "Yusuf Karim"


@pytest.mark.slow
def test_a_noun_a_copula_gave_a_named_person_points_back_to_them(statements_of: Extract) -> None:
    statements = statements_of(
        "Rana Khalil is a pharmacist in the besieged town of Douma.\n\n"
        "Government aircraft struck the market again on Tuesday, a monitoring group said.\n\n"
        '"The shelves have been empty since the winter," the pharmacist said.'
    )
    assert _speaker(statements, "The shelves") == "Rana Khalil"
