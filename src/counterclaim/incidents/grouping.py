"""Grouping: claims from many reports → groups of claims about one real event, near-linear in the claims.

Why blocking: comparing every claim with every other is quadratic (10^10 pairs for 100,000 claims). Each
candidate incident is filed under blocks (event type × country × week of its possible days); a claim is
scored only against the latest ``max_candidates`` incidents of its own blocks and the incidents its own
report already started. A claim with no country in its words uses its report's countries; one with no date
(neither its words nor its report give one) only meets incidents that are undated too.

Why greedy and incremental: a report joins the incidents already known or starts new ones, in the order
reports arrive, so ingest can group batch by batch. A claim that fits two incidents strongly merges them
(the survivor keeps the other's id in ``previous_ids``).

A claim of the same report joins an incident whenever nothing keeps them apart (no other place, type or
day): a report's claims about one event rarely repeat every detail. Across reports the evidence
(``compatibility.evidence``) plus the two documents' similarity (``similarity.document_affinity``, called
in ``_affinity`` only) must reach ``join_score``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from counterclaim.incidents.compatibility import evidence
from counterclaim.incidents.profile import Profile, profile_of
from counterclaim.incidents.settings import GroupingSettings
from counterclaim.models import Claim

__all__ = ["Group", "Grouper"]

BlockKey = tuple[str, str, int | None]


def new_incident_id(first_claim_id: str) -> str:
    """A stable id from the claim that started the incident (re-running on the same input gives the same ids)."""
    return "inc-" + hashlib.sha256(first_claim_id.encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class Group:
    """A candidate incident while grouping: its claims, profile, and ids (its own and merged ones)."""

    id: str
    profile: Profile
    claims: list[Claim] = field(default_factory=list)
    claim_ids: list[str] = field(default_factory=list)
    previous_ids: list[str] = field(default_factory=list)
    first_document: str = ""
    existing: bool = False
    changed: bool = True


class Grouper:
    """Groups claims one at a time; ``groups()`` gives the result once all are added."""

    def __init__(self, settings: GroupingSettings, affinity: Callable[[str, str], float]) -> None:
        self.settings = settings
        self.affinity = affinity
        self._groups: list[Group] = []
        self._parent: list[int] = []
        self._blocks: dict[BlockKey, list[int]] = {}
        self._by_document: dict[str, dict[int, None]] = {}
        self._group_of_claim: dict[str, int] = {}

    # ---- union-find over group indices -------------------------------------------------------

    def _find(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    # ---- blocks -----------------------------------------------------------------------------------

    def _keys(self, profile: Profile, fallback_countries: Iterable[str]) -> list[BlockKey]:
        countries = sorted(profile.countries) or sorted(set(fallback_countries)) or ["?"]
        if profile.lo is None or profile.hi is None or profile.hi - profile.lo > self.settings.max_span_days:
            weeks: list[int | None] = [None]
        else:
            weeks = list(range(profile.lo // 7, profile.hi // 7 + 1))
        return [(profile.event_type, country, week) for country in countries for week in weeks]

    def _file(self, index: int, keys: Iterable[BlockKey]) -> None:
        for key in keys:
            block = self._blocks.setdefault(key, [])
            if not block or block[-1] != index:
                block.append(index)

    def _candidates(self, keys: list[BlockKey], document_id: str) -> list[int]:
        found: dict[int, None] = {}
        for index in self._by_document.get(document_id, []):
            found[self._find(index)] = None
        limit = self.settings.max_candidates
        for key in keys:
            for index in self._blocks.get(key, [])[-limit:]:
                found[self._find(index)] = None
        return list(found)

    # ---- adding -----------------------------------------------------------------------------------

    def seed(self, group: Group, fallback_countries: Iterable[str] = ()) -> None:
        """An incident known before this run (from the store, or an earlier call)."""
        index = self._new(group)
        self._file(index, self._keys(group.profile, fallback_countries))
        for document_id in group.profile.documents:
            self._by_document.setdefault(document_id, {})[index] = None
        for claim_id in group.claim_ids:
            self._group_of_claim[claim_id] = index

    def _new(self, group: Group) -> int:
        self._groups.append(group)
        self._parent.append(len(self._parent))
        return len(self._groups) - 1

    def _score(self, profile: Profile, group: Group, document_id: str) -> float | None:
        found = evidence(profile, group.profile, self.settings)
        if found is None:
            return None
        if document_id in group.profile.documents:
            return found + self.settings.join_score  # one report, nothing keeps them apart
        return found + self.settings.affinity_weight * self.affinity(document_id, group.first_document)

    def add(self, claim: Claim, report_countries: Iterable[str]) -> None:
        """Join the claim to the incident it fits best, start one, and merge incidents it fits strongly."""
        settings = self.settings
        profile = profile_of(claim, day_slack=settings.day_slack, undated_lookback=settings.undated_lookback)
        countries = list(report_countries)
        keys = self._keys(profile, countries)
        scored = []
        for index in self._candidates(keys, claim.document_id):
            score = self._score(profile, self._groups[index], claim.document_id)
            if score is not None and score >= settings.join_score:
                scored.append((score, index))
        if not scored:
            group = Group(new_incident_id(claim.id), profile, first_document=claim.document_id)
            index = self._new(group)
        else:
            scored.sort(key=lambda pair: (-pair[0], pair[1]))
            index = scored[0][1]
            for score, other in scored[1:]:
                if score >= settings.merge_score:
                    index = self._merge(index, other)
            self._groups[index].profile.absorb(profile)
        group = self._groups[index]
        group.claims.append(claim)
        group.claim_ids.append(claim.id)
        group.changed = True
        self._file(index, keys)
        self._by_document.setdefault(claim.document_id, {})[index] = None
        self._group_of_claim[claim.id] = index

    def _merge(self, a: int, b: int) -> int:
        """Merge two incidents if they can be one event; the survivor is the one known before (else the larger)."""
        a, b = self._find(a), self._find(b)
        if a == b or evidence(self._groups[a].profile, self._groups[b].profile, self.settings) is None:
            return a
        keep, drop = (a, b) if _outranks(self._groups[a], self._groups[b]) else (b, a)
        kept, dropped = self._groups[keep], self._groups[drop]
        kept.profile.absorb(dropped.profile)
        kept.claims.extend(dropped.claims)
        kept.claim_ids.extend(dropped.claim_ids)
        if dropped.existing:
            kept.previous_ids.extend([dropped.id, *dropped.previous_ids])
        kept.changed = True
        self._parent[drop] = keep
        return keep

    def attach(self, claim: Claim, near: Claim) -> None:
        """Add a claim that is no incident of its own (a denial, a call) to the incident of ``near``."""
        index = self._group_of_claim.get(near.id)
        if index is None:
            return
        group = self._groups[self._find(index)]
        group.claims.append(claim)
        group.claim_ids.append(claim.id)
        group.changed = True
        self._group_of_claim[claim.id] = index

    def groups(self) -> list[Group]:
        """Every incident, merged ones folded into their survivors, in order of creation."""
        return [group for index, group in enumerate(self._groups) if self._find(index) == index]


def _outranks(a: Group, b: Group) -> bool:
    if a.existing != b.existing:
        return a.existing
    return len(a.claim_ids) >= len(b.claim_ids)
