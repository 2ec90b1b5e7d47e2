"""A quote the reporter gives before naming its speaker: the bare quote that opens its paragraph's speech is
the speaker named later in that paragraph, not the speaker of the paragraph before (constructed paraphrases)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.models import Statement
from readings import speaker_of

Extract = Callable[[str], list[Statement]]


@pytest.mark.slow
def test_a_bare_quote_takes_the_speaker_named_after_it_in_its_paragraph(statements_of: Extract) -> None:
    statements = statements_of(
        "Ahmed Karimi, a council official, said the talks over the crossing had failed again on Sunday.\n\n"
        '"There is no bread left in the market and the bakeries have closed." Lina Haddad, a teacher '
        "in the town, said the schools had been shut since the shelling began."
    )
    assert speaker_of(statements, "There is no bread left") == "Lina Haddad"


@pytest.mark.slow
def test_a_pronoun_after_the_quote_does_not_take_it_from_the_paragraph_before(statements_of: Extract) -> None:
    statements = statements_of(
        "Ahmed Karimi, a council official, said the talks over the crossing had failed again on Sunday.\n\n"
        '"We will go back to the table when the guns fall silent for good." He said the next round '
        "would be held in Geneva."
    )
    assert speaker_of(statements, "We will go back") == "Ahmed Karimi"
