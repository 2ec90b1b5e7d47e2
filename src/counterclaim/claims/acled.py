"""Stage 4: ACLED — the ACLED event type and sub-event type that a PLOVER event corresponds to.

Why a table (``data/plover_acled.tsv``) plus two rules: most of the mapping is a lookup on
PLOVER type and mode (aerial ASSAULT → Air/drone strike, arrest → Arrests), and whether an
ASSAULT is a battle or violence against civilians depends on who was hit, which the roles
step already knows. ACLED's protest distinctions need the neighbouring claims: a protest
that police break up is "Protest with intervention", one whose protesters attack is a
"Violent demonstration". The whole mapping is documented in docs/ontology.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from counterclaim.datafiles import packaged_text, table_rows, words
from counterclaim.models import Acled

__all__ = [
    "PROTEST_MOTIVES",
    "RIOT_CUES",
    "AcledRow",
    "Neighbour",
    "acled_for",
    "acled_rows",
    "refine_protest",
    "scene_words",
    "territory_change",
]

# Triggers that name two-sided fighting: without a civilian target they are battles.
_BATTLE_TRIGGERS = words("counterclaim.claims", "battle_triggers")
_TWO_SIDED_FIGHTS = words("counterclaim.claims", "armed_clash_triggers")
_REMOTE_TRIGGERS = words("counterclaim.claims", "remote_violence_triggers")
# Words by which a report shows protesters turning violent (ACLED: violent demonstration).
RIOT_CUES = words("counterclaim.claims", "riot_cues")
_FORCE_WORDS = words("counterclaim.claims", "security_force_words")
_PROTESTER_WORDS = words("counterclaim.claims", "protester_words")
# A crowd's violence with a grievance behind it is a violent demonstration, without one mob violence.
PROTEST_MOTIVES = words("counterclaim.claims", "protest_motives")
_TWO_SIDED = words("counterclaim.claims", "two_sided_fight_words")
_BACKGROUND_PREPS = words("counterclaim.claims", "protest_background_preps")
_AIM_WORDS = words("counterclaim.claims", "protest_aim_words")


_TERRITORY_TAKING = words("counterclaim.claims", "territory_taking_triggers")
_STATE_FORCE_WORDS = words("counterclaim.claims", "state_force_words")
_NON_STATE_WORDS = words("counterclaim.claims", "non_state_armed_words")


_STATELESS_PEOPLES = words("counterclaim.claims", "stateless_peoples")


def _taker_kind(actors: Sequence[str]) -> str | None:
    """ "state" or "non-state" for the actors of a taking of territory, from the actor lexicon, else their words. A
    people without a state of its own ("Kurdish-led forces": the Kurds) leads non-state forces, whatever the
    demonym table calls it."""
    from counterclaim.actors import lexicon

    kinds = set()
    for actor in actors:
        canonical = lexicon().canonical(actor) or actor
        known = lexicon().kind(canonical)
        stateless = canonical.casefold() in _STATELESS_PEOPLES
        found = {w.rstrip("s") for w in actor.casefold().split()} | set(actor.casefold().split())
        if found & _NON_STATE_WORDS or known == "armed_group" or stateless:
            kinds.add("non-state")
        elif found & _STATE_FORCE_WORDS or known == "state":
            kinds.add("state")
    return kinds.pop() if len(kinds) == 1 else None


def territory_change(trigger_lemma: str, actors: Sequence[str]) -> Acled | None:
    """ACLED's Battles sub-events for a place taken by force: by state forces "Government regains territory",
    by anyone else "Non-state actor overtakes territory"; None when the taker is unknown or mixed."""
    if trigger_lemma not in _TERRITORY_TAKING:
        return None
    kind = _taker_kind(actors)
    if kind == "state":
        return Acled("Battles", "Government regains territory")
    if kind == "non-state":
        return Acled("Battles", "Non-state actor overtakes territory")
    return None


@dataclass(frozen=True, slots=True)
class AcledRow:
    event_type: str
    mode: str
    target_kind: str
    acled_event_type: str
    acled_sub_event_type: str


@cache
def acled_rows() -> tuple[AcledRow, ...]:
    rows = []
    for cells in table_rows(packaged_text("counterclaim.claims", "plover_acled.tsv")):
        rows.append(AcledRow(*cells[:5]))
    return tuple(rows)


def _target_kind(target_kind: str | None, trigger_lemma: str) -> str:
    if target_kind is not None:
        return target_kind
    return "armed" if trigger_lemma in _BATTLE_TRIGGERS else "civilian"


def acled_for(
    event_type: str,
    mode: str | None,
    target_kind: str | None,
    trigger_lemma: str,
    hint: str | None = None,
    actor_kind: str | None = None,
    actors: Sequence[str] = (),
) -> Acled | None:
    """The ACLED category of one event, or None when ACLED does not code that kind of event.

    ``actor_kind`` "crowd" (residents, a mob) makes an unarmed assault mob violence; "protesters" a
    violent demonstration. An explosion with no known weapon is ACLED's shelling default. A place taken by
    force is a territory change, by the kind of ``actors`` (state forces or not).
    """
    if event_type == "ASSAULT" and mode in {None, "beat", "primitive", "destroy"}:
        if actor_kind == "crowd":
            return Acled("Riots", "Mob violence")
        if actor_kind == "protesters":
            return Acled("Riots", "Violent demonstration")
    taken = territory_change(trigger_lemma, actors) if event_type == "ASSAULT" else None
    if taken is not None:
        return taken
    if event_type == "ASSAULT" and target_kind == "protesters" and mode not in {"aerial", "drone", "heavy-weapons"}:
        return Acled("Protests", "Protest with intervention")  # refined to a violent demonstration by the caller
    if event_type == "ASSAULT" and trigger_lemma in _TWO_SIDED_FIGHTS and mode in {None, "heavy-weapons", "firearms"}:
        return Acled("Battles", "Armed clash")  # "fighting between two militias, with mortars used"
    if event_type == "ASSAULT" and mode is None and trigger_lemma in _REMOTE_TRIGGERS:
        return Acled("Explosions/Remote violence", "Shelling/artillery/missile attack")
    kind = _target_kind(target_kind, trigger_lemma) if event_type == "ASSAULT" else "*"
    for row in acled_rows():
        if row.event_type != event_type:
            continue
        if row.mode not in {"*", mode} or row.target_kind not in {"*", kind}:
            continue
        sub = hint if hint and row.acled_event_type == "Explosions/Remote violence" else row.acled_sub_event_type
        return Acled(row.acled_event_type, sub)
    return None


@dataclass(frozen=True, slots=True)
class Neighbour:
    """Another claim of the protest's paragraph: its type, mode, and the words naming who acted on whom."""

    event_type: str
    mode: str | None
    actor_words: frozenset[str]
    target_words: frozenset[str]
    trigger: str = ""


def _intervenes(n: Neighbour) -> bool:
    if n.event_type == "ASSAULT" and n.mode == "crowd-control":
        return True
    by_forces = bool(n.actor_words & _FORCE_WORDS) or bool(n.target_words & _PROTESTER_WORDS)
    return n.event_type in {"COERCE", "ASSAULT"} and by_forces


def _turns_violent(n: Neighbour) -> bool:
    if n.event_type != "ASSAULT" or n.mode == "crowd-control":
        return False
    protesters_fight = n.trigger in _TWO_SIDED and bool((n.actor_words | n.target_words) & _PROTESTER_WORDS)
    return bool(n.actor_words & _PROTESTER_WORDS) or protesters_fight


def _words_of(tokens: Sequence[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def scene_words(trigger: Token) -> tuple[set[str], set[str]]:
    """The words of the trigger's sentence (less dates: "On 2 March" is no march), and those that can tell how the
    protest went: less what it is against, about or after ("against the torture of inmates", "following a riot
    last month") and less what it demands or denounces ("demanding compensation for the damage")."""
    sentence = [t for t in trigger.sent if t.ent_type_ != "DATE"]
    background: set[int] = set()
    for token in sentence:
        if token.i in background or token.i == trigger.i:
            continue
        if token.lower_ in _BACKGROUND_PREPS and token.dep_ in {"prep", "advcl", "mark"}:  # "following" as a verb
            background.update(t.i for t in token.subtree)
        elif token.lemma_.lower() in _AIM_WORDS:
            background.update(t.i for t in token.subtree if t.i != token.i)
    if trigger.i in background:  # the protest itself is named in a background phrase: keep the whole sentence
        background = set()
    return _words_of(sentence), _words_of([t for t in sentence if t.i not in background])


def refine_protest(
    acled: Acled, neighbours: list[Neighbour], sentence_lemmas: set[str], scene: set[str] | None = None
) -> Acled:
    """Protest → "Violent demonstration" when it turns violent, "Protest with intervention" when force meets it.
    ``scene``: the sentence's words that can show how the protest went (``scene_words``; default the sentence)."""
    if acled == Acled("Riots", "Mob violence"):
        return Acled("Riots", "Violent demonstration") if sentence_lemmas & PROTEST_MOTIVES else acled
    if acled.event_type != "Protests":
        return acled
    if any(_turns_violent(n) for n in neighbours) or (sentence_lemmas if scene is None else scene) & RIOT_CUES:
        return Acled("Riots", "Violent demonstration")
    if any(_intervenes(n) for n in neighbours):
        return Acled("Protests", "Protest with intervention")
    return acled
