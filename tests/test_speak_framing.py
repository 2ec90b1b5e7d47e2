"""A quote the reporter's own clause introduces with a colon, with no speech verb ("X is more blunt:"),
is the quote of whom that clause is about; constructed war-reporting sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement
from readings import speaker_of

Extract = Callable[[str], list[Statement]]


@pytest.mark.slow
def test_quote_after_a_colon_goes_to_the_framing_clause_subject(statements_of: Extract) -> None:
    statements = statements_of(
        "Colonel Omar Haddad said the army had retaken the hill above the town.\n\n"
        'Samir Aziz, a grocer in the old market, is more blunt: "Nobody has come to help us and nobody will come."'
    )
    assert speaker_of(statements, "Nobody has come") == "Samir Aziz"


@pytest.mark.slow
def test_quote_after_a_colon_goes_to_the_owner_of_a_noun_of_saying(statements_of: Extract) -> None:
    statements = statements_of(
        "Colonel Omar Haddad said the army had retaken the hill. Mona Saleh lost her home in the shelling.\n\n"
        'Her message to the army is simple: "Stop firing on the houses where our children sleep."'
    )
    assert speaker_of(statements, "Stop firing") == "Mona Saleh"


@pytest.mark.slow
def test_the_owner_of_people_is_not_their_voice(statements_of: Extract) -> None:
    statements = statements_of(
        "Colonel Omar Haddad said the army had retaken the hill.\n\n"
        "At his press conference, Defence Minister Karim Nasser's first questioners were hostile: "
        '"Why did the army wait three weeks before it moved on the town?"'
    )
    assert speaker_of(statements, "Why did the army") != "Karim Nasser"


@pytest.mark.slow
def test_quote_paragraph_after_a_silent_paragraph_is_its_subjects(statements_of: Extract) -> None:
    statements = statements_of(
        "Colonel Omar Haddad said the army had retaken the hill. Mona Saleh lost her home in the shelling.\n\n"
        "Her message to the army is plain: stop the shelling.\n\n"
        '"You do not know who lives in the houses you fire on. Children live there."'
    )
    assert speaker_of(statements, "You do not know") == "Mona Saleh"


@pytest.mark.slow
def test_quote_paragraph_after_a_paragraph_with_a_speaker_stays_that_speakers(statements_of: Extract) -> None:
    statements = statements_of(
        "Mona Saleh lost her home in the shelling.\n\n"
        "Colonel Omar Haddad said the army had retaken the hill.\n\n"
        '"We will hold every street we have taken, whatever it costs us."'
    )
    assert speaker_of(statements, "We will hold") == "Omar Haddad"
