"""Sides for disputes: the party behind an official named by person, not by body.

Why: a dispute needs two parties, and a minister or president is quoted by name ("Foreign Minister
Walid Muallem repeated the denial", "Syrian President Bashar al-Assad denied it"). ``sides.py`` reads a
party from the claimant's own words, so a bare personal name stood for no party: the denial of the
accused state went unanswered, and a state's spokesman by name was set against his own ministry.
A noun of evidence as the claimant ("Evidence suggests ...") is no party at all.
Here a person with no party of their own takes the body or state the claimant stage says they speak for
(``Claimant.on_behalf_of``), else, when their title is an office of state ("Foreign Minister",
"ambassador", ``state_body_words.txt``), the state of their nationality or the report's own country —
the gold's guideline that an official speaks for their body or country.
"""

from __future__ import annotations

import re

from counterclaim.actors import lexicon
from counterclaim.claims.sides import Side, SideReader
from counterclaim.datafiles import words
from counterclaim.models import Claim, Speaker

__all__ = ["DisputeSideReader"]

_STATE_BODIES = words("counterclaim.claims", "state_body_words")
_EVIDENCE_NOUNS = words("counterclaim.claims", "evidence_nouns")
_EVIDENCE_MODIFIERS = words("counterclaim.claims", "evidence_modifiers")
_WORD = re.compile(r"[\w'-]+")


class DisputeSideReader(SideReader):
    """A ``SideReader`` that places a named official on the side of the body or state they speak for."""

    _titled: dict[str, Speaker] | None = None

    def of_claimant(self, claim: Claim) -> Side | None:
        if _evidence_only(claim.claimant.name):
            return None
        side = super().of_claimant(claim)
        if side is None or side.parties or claim.claimant.kind != "person":
            return side
        behind = self._behind(claim)
        if behind:
            return Side(side.name, behind, side.words)
        return _with_unknown_body(side, claim.claimant.on_behalf_of)

    def _behind(self, claim: Claim) -> frozenset[str]:
        """The party of the body the claimant speaks for, else the state an official of state serves."""
        found = self.parties(claim.claimant.on_behalf_of)
        if found:
            return found
        speaker = self.speakers.get(claim.claimant.statement_id or "") or self._speaker_named(claim.claimant.name)
        return self._state_served(speaker) if speaker is not None else frozenset()

    def _speaker_named(self, name: str | None) -> Speaker | None:
        """A denier read from the denial's subject has no statement: the report's speaker of that name (indexed
        once per report, so that a long report's many claims do not each scan every speaker)."""
        if self._titled is None:
            self._titled = {}
            for speaker in self.speakers.values():
                if speaker.name and speaker.title:
                    self._titled.setdefault(speaker.name, speaker)
        return self._titled.get(name or "")

    def _state_served(self, speaker: Speaker) -> frozenset[str]:
        """ "Foreign Minister" of Syria: the speaker's country, else the report's own (a bare "the army")."""
        if not _holds_office_of_state(speaker.title):
            return frozenset()
        country = speaker.country or self.home
        canonical = lexicon().canonical(country) if country else None
        return frozenset({canonical}) if canonical and lexicon().kind(canonical) == "state" else frozenset()


def _with_unknown_body(side: Side, body: str | None) -> Side:
    """ "Karim Haddad, the Observatory's director": a person who speaks for a body the lexicon does not know
    is still one side with that body, so the body's own words join the person's ("the Observatory" quoted
    elsewhere in the report is not his opponent). The names of persons and bodies match as words do
    (``Side.same_as``, which also reads "Observatorys" with its apostrophe stripped)."""
    body_words = frozenset(w.casefold() for w in _WORD.findall(body or "") if w[:1].isupper())
    return Side(side.name, side.parties, side.words | body_words) if body_words else side


def _holds_office_of_state(title: str | None) -> bool:
    return bool(title) and any(w.casefold() in _STATE_BODIES for w in _WORD.findall(title or ""))


def _evidence_only(name: str | None) -> bool:
    """ "Evidence strongly suggests ...": a noun of evidence as the subject names no party (who gave the evidence
    does; the claimant stage may find them), whatever its capital at the start of a sentence."""
    found = [w.casefold() for w in _WORD.findall(name or "")]
    content = [w for w in found if w not in _EVIDENCE_MODIFIERS]
    return bool(content) and all(w.removesuffix("s") in _EVIDENCE_NOUNS for w in content)
