"""Stage 4: sides — which party a claimant speaks for, so that only opposing parties contradict each other.

Why parties and not names: one side appears under many names in one report ("the Russian Defence
Ministry", "Russian defence officials", a named spokesman), and a dispute between two of them is
a report's own repetition, not a contradiction. Who speaks for a state is read from the phrase: a
national adjective makes a phrase the state's voice only with an organ of state in it ("Syrian army",
"Russian defence officials"; not "Syrian opposition" or "Syrian Observatory"), and a bare organ ("the
army", "the regime") is the report's own country's. A claimant the report itself is (the publication,
"reports", its own correspondent) or one that only points back to a source named earlier ("the
monitoring group", "a source") is no side at all: who it is cannot be read from it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from counterclaim.actors import lexicon
from counterclaim.datafiles import packaged_text, table_rows, words
from counterclaim.models import Claim, Speaker

__all__ = ["Side", "SideReader", "parties"]

CLAIMS = "counterclaim.claims"
_WORD = re.compile(r"[\w'-]+")
_STATE_BODIES = words(CLAIMS, "state_body_words")
_ANAPHORIC_HEADS = words(CLAIMS, "anaphoric_claimant_heads")
_MEDIA_HEADS = words(CLAIMS, "media_nouns")
_NOT_SIDES = frozenset({"publication", "unattributed"})
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of"})
_DIPLOMATS = words(CLAIMS, "diplomat_nouns")
_REST_WORD = re.compile(r"[^\s-]+")
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")


@cache
def _home_states() -> dict[str, str]:
    """Organisation → the state it speaks for ("Pentagon" → United States), from data/claims_home_states.tsv."""
    pairs = table_rows(packaged_text(CLAIMS, "claims_home_states.tsv"))
    return {p[0]: p[1] for p in pairs if len(p) >= 2}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text.replace("-", " "))]


def parties(name: str | None, home: str | None = None) -> frozenset[str]:
    """Canonical actors (and their home states) a phrase stands for ("US officials" → United States).

    A national adjective or country name outside the lexicon's own names counts only beside an
    organ of state; ``home`` is the state a bare organ ("the army") belongs to. An envoy is the party
    that sends them (named first), not the body they are sent to ("Syria's UN ambassador"). A name's
    possessive without its apostrophe ("Syrias defence ministry") is found by the lexicon as the name.
    """
    if not name:
        return frozenset()
    mentions = lexicon().find(name)
    rest_text = name
    for mention in mentions:
        rest_text = rest_text[: mention.start] + " " * (mention.end - mention.start) + rest_text[mention.end :]
    rest = [(m.start(), m.group()) for m in _REST_WORD.finditer(rest_text)]
    said = {_POSSESSIVE_END.sub("", w) for w in _words(name)}
    organ = bool(said & _STATE_BODIES)
    envoy = _envoy_position(name)
    alone = not any(w.isalpha() and w.casefold() not in _FUNCTION_WORDS for _, w in rest)
    placed = [
        (m.start, m.canonical)
        for m in mentions
        if organ or alone or envoy is not None or lexicon().kind(m.canonical) != "state"
    ]
    if organ or envoy is not None:
        placed += [(at, c) for at, w in rest if (c := lexicon().canonical(w)) and lexicon().kind(c) == "state"]
    found = _sender(placed, envoy) if envoy is not None else {party for _, party in placed}
    if organ and not found and home and not any(w[:1].isupper() for _, w in rest if w.casefold() not in _STATE_BODIES):
        found.add(home)
    return frozenset(found | {_home_states()[f] for f in found if f in _home_states()})


def _envoy_position(name: str) -> int | None:
    """Where an envoy noun ("ambassador", "representative") stands in the phrase, if one does."""
    return next((m.start() for m in _WORD.finditer(name) if m.group().casefold() in _DIPLOMATS), None)


def _sender(placed: list[tuple[int, str]], envoy: int) -> set[str]:
    """The party that sends an envoy: the first named before the envoy noun ("Syria's UN envoy", "the UN's
    Syria envoy"); the one named after it ("to the UN", "to Syria") is where they are sent. With no party
    before the noun, every party named stays."""
    before = [(at, party) for at, party in placed if at < envoy]
    if not before:
        return {party for _, party in placed}
    first = min(at for at, _ in before)
    return {party for at, party in before if at == first}


@dataclass(frozen=True, slots=True)
class Side:
    """A claimant as a party: the parties it speaks for, or its own words when the lexicon knows none."""

    name: str
    parties: frozenset[str]
    words: frozenset[str]

    def same_as(self, other: Side) -> bool:
        """Shared party, or one name inside the other ("Observatory" and "Syrian Observatory ...")."""
        if self.parties & other.parties:
            return True
        mine, theirs = _stems(self.words), _stems(other.words)
        return bool(mine and theirs) and (mine <= theirs or theirs <= mine)

    @property
    def key(self) -> str:
        return "|".join(sorted(self.parties)) if self.parties else " ".join(sorted(self.words))


class SideReader:
    """Sides of one document's claimants; the report's main country stands behind a bare "the army"."""

    def __init__(self, claims: list[Claim], speakers: dict[str, Speaker]) -> None:
        self.speakers = speakers
        self.home = _main_country(claims)

    def parties(self, name: str | None) -> frozenset[str]:
        return parties(name, self.home)

    def of_claimant(self, claim: Claim) -> Side | None:
        """The claimant's side, or None for the report's own voice and for a source it only points back to."""
        claimant = claim.claimant
        if claimant.kind in _NOT_SIDES or not claimant.name:
            return None
        speaker = self.speakers.get(claimant.statement_id or "")
        found = self.parties(claimant.name)
        if speaker is not None and not found:
            found = self.parties(speaker.affiliation) or self.parties(speaker.name)
        own = frozenset(_words(claimant.name))
        if not found and (_anaphoric(claimant.name) or _reporter(claimant.name)):
            return None
        return Side(claimant.name, found, own)

    def of_actors(self, names: list[str]) -> frozenset[str]:
        """The parties a claim's actors or targets name."""
        found: set[str] = set()
        for name in names:
            found |= self.parties(name)
        return frozenset(found)


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Words without a final "s": "Human Rights Watchs executive director" (an aggregator's stripped
    apostrophe) still holds "Human Rights Watch"."""
    return frozenset(w.removesuffix("s") for w in words)


def _anaphoric(name: str) -> bool:
    """ "monitoring group", "the monitor", "source": a singular common-noun description names no one."""
    tokens = name.split()
    if any(t[:1].isupper() for t in tokens):
        return False
    head = tokens[-1].casefold() if tokens else ""
    return head in _ANAPHORIC_HEADS or not head.endswith("s")


def _reporter(name: str) -> bool:
    """ "an AFP correspondent", "a Reuters journalist": the report's own eyes, not a party to what it reports."""
    tokens = _words(name)
    return bool(tokens) and tokens[-1].removesuffix("s") in _MEDIA_HEADS


def _main_country(claims: list[Claim]) -> str | None:
    """The country most of the report's claims are placed in: whose "army" a bare "the army" is."""
    countries = Counter(loc.country for claim in claims for loc in claim.locations if loc.country)
    if not countries:
        return None
    country, _ = countries.most_common(1)[0]
    return lexicon().canonical(country) or country
