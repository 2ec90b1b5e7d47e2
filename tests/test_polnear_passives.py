"""Stage 3: positions told in the passive, verbs of seeming, and hoping or agreeing with an infinitive.

"X is believed to …" and "X was accused of …" keep their content and name no source (or the "by"
agent); "the attack was reported near …" reports an event and is no statement; "the truce seems to
hold" is a judgement with no holder; "the ministry hopes to reopen …" is a belief.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counterclaim.attribution.candidates import ATTRIBUTION
from counterclaim.datafiles import mapping, words
from counterclaim.models import Statement

Extract = Callable[[str], list[Statement]]

_FORMS = {"raising", "as", "agent", "charge"}


def _read(statements: list[Statement]) -> list[tuple[str, str | None, str]]:
    return [(s.cue or "", s.speaker.name or s.speaker.as_written, s.quote) for s in statements]


def test_every_passive_form_is_known() -> None:
    """Each lemma's forms come from the four the rule reads; a charge names its preposition."""
    for lemma, entry in mapping(ATTRIBUTION, "passive_cues").items():
        forms = entry.split("|")
        assert {f.split(":")[0] for f in forms} <= _FORMS, lemma
        assert all(f.count(":") == 1 for f in forms if f.startswith("charge")), lemma


def test_reporting_an_event_is_only_a_raising_form() -> None:
    """ "the attack was reported near the border" reports an event: "report" never takes the "as" form."""
    assert "as" not in mapping(ATTRIBUTION, "passive_cues")["report"]
    assert "suppose" not in mapping(ATTRIBUTION, "passive_cues")  # "was supposed to": an obligation


def test_verbs_of_seeming_are_few() -> None:
    assert words(ATTRIBUTION, "seeming_verbs") == {"seem", "appear"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The rebel commander is believed to have fled across the border last week.", "is believed",
         "The rebel commander is believed to have fled across the border last week"),
        ("The militia was accused of shelling the market in the old city.", "was accused",
         "The militia was accused of shelling the market in the old city"),
        ("The ceasefire was viewed as a fragile pause in the fighting.", "was viewed",
         "The ceasefire was viewed as a fragile pause in the fighting"),
    ],
)  # fmt: skip
def test_a_passive_position_has_no_named_source(statements_of: Extract, text: str, cue: str, content: str) -> None:
    assert (cue, "reports", content) in _read(statements_of(text))


@pytest.mark.slow
def test_the_agent_holds_a_passive_position(statements_of: Extract) -> None:
    found = statements_of("The new border plan has been endorsed by the regional council.")
    assert [(s.cue, s.speaker.as_written) for s in found] == [("has been endorsed", "regional council")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The attack was reported near the northern checkpoint on Sunday.",
        "The convoy was supposed to reach the town before dark.",
        "The governor has never been charged with any crime.",
        "The talks could be expected to resume next month.",
    ],
)
def test_events_obligations_and_denied_charges_are_no_statements(statements_of: Extract, text: str) -> None:
    assert statements_of(text) == []


@pytest.mark.slow
def test_seeming_is_a_belief_without_a_holder(statements_of: Extract) -> None:
    found = statements_of("The truce in the eastern districts seems to be holding for now.")
    assert [(s.kind, s.speaker.name, s.cue) for s in found] == [("belief", None, "seems")]


@pytest.mark.slow
def test_seeming_to_say_leaves_the_statement_to_the_speaker(statements_of: Extract) -> None:
    """ "appeared to suggest that …": the subject suggests; no second, unattributed statement."""
    found = statements_of("The minister appeared to suggest that the border crossing would reopen soon.")
    assert [s.cue for s in found] == ["suggest"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Officials hope to reopen the crossing before winter.", "hope", "to reopen the crossing before winter"),
        ("Both sides agreed to exchange prisoners next week.", "agreed", "to exchange prisoners next week"),
        ("Aid groups are worried about the closure of the crossing.", "worried", "the closure of the crossing"),
        ("The residents were angry that the aid convoy had turned back.", "angry",
         "the aid convoy had turned back"),
    ],
)  # fmt: skip
def test_hoping_agreeing_and_worrying_are_beliefs(statements_of: Extract, text: str, cue: str, content: str) -> None:
    assert ("belief", cue, content) in [(s.kind, s.cue, s.quote) for s in statements_of(text)]


@pytest.mark.slow
def test_an_expected_passive_is_not_its_subjects_belief(statements_of: Extract) -> None:
    """ "The vote is expected to take place" names no one who expects it: the subject is no holder."""
    found = statements_of("The vote on the new constitution is expected to take place in March.")
    assert [(s.cue, s.speaker.name) for s in found] == [("is expected", None)]


@pytest.mark.slow
def test_a_verb_keeps_the_e_the_lemmatizer_dropped() -> None:
    """ "hoped" is "hope" and "rated" is "rate" (a one-syllable verb that ends consonant-vowel-consonant
    doubles its last letter: "hopped" stays "hop"); other lemmas pass through."""
    from counterclaim import nlp
    from counterclaim.attribution.cues import verb_lemma

    doc = nlp.load()("The rebels hoped the claims were rated as false, and the goats hopped and visited.")
    lemmas = {t.lower_: verb_lemma(t) for t in doc if t.pos_ in {"VERB", "AUX"}}
    assert lemmas["hoped"] == "hope"
    assert lemmas["rated"] == "rate"
    assert lemmas.get("hopped", "hop") == "hop"
    assert lemmas.get("visited", "visit") == "visit"


@pytest.mark.slow
def test_a_passive_position_is_no_quote(statements_of: Extract) -> None:
    """ "is said to have fled" gives no one's words: a belief, which the quote bench leaves out."""
    found = statements_of("The former governor is said to have fled to the capital with his family.")
    assert [s.kind for s in found] == ["belief"]


@pytest.mark.slow
def test_a_second_speaker_joined_to_a_clause_is_cut_off(statements_of: Extract) -> None:
    """ "she said X, and when pressed, the mayor replied …": the parse joins "replied" to X; it is a new statement."""
    found = statements_of(
        "She said the shelters would stay closed for the winter, and when pressed on why, the mayor replied "
        "that the roads were too dangerous."
    )
    said = [s.quote for s in found if s.cue == "said"]
    assert said == ["the shelters would stay closed for the winter"]


@pytest.mark.slow
def test_a_reply_answers_an_act_of_asking(statements_of: Extract) -> None:
    """ "never responded to our questions" is attributed; "responded to the attack" is an act."""
    asked = statements_of("The provincial ministry never responded to our written questions about the convoy.")
    assert [(s.kind, s.quote) for s in asked] == [("mention", "our written questions about the convoy")]
    assert statements_of("The troops responded to the attack on the checkpoint with artillery.") == []
