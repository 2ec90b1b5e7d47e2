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

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from counterclaim.incidents.compatibility import evidence
from counterclaim.incidents.profile import Profile, profile_of
from counterclaim.incidents.settings import GroupingSettings
from counterclaim.models import Claim

__all__ = ["Group", "Grouper"]

BlockKey = tuple[str, str, str, int | None]


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
    listed_documents: list[str] = field(default_factory=list)  # related reports with no incident claim


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
        self._claims_of_document: dict[str, list[str]] = {}
        self._related: dict[str, float] = {}
        self._loose: frozenset[str] = frozenset()

    # ---- union-find over group indices -------------------------------------------------------

    def _find(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    # ---- blocks -----------------------------------------------------------------------------------

    def _keys(self, profile: Profile, fallback_countries: Iterable[str]) -> list[BlockKey]:
        """Blocks to file an incident under and to look a claim up in.

        Every profile is in its country's coarse block (``*``); one that names provinces is also in each
        province's block, one that names none in the ``-`` block. A claim naming a province is looked up in
        its provinces' blocks and the ``-`` block (incidents no province places elsewhere); one naming none
        in the coarse block (any incident of its country may be its event). Incidents that no country
        places (``?``) are looked up by every claim of their type and weeks.
        """
        countries = sorted(profile.countries) or sorted(set(fallback_countries)) or ["?"]
        if profile.lo is None or profile.hi is None or profile.hi - profile.lo > self.settings.max_span_days:
            weeks: list[int | None] = [None]
        else:
            weeks = list(range(profile.lo // 7, profile.hi // 7 + 1))
        provinces = sorted(profile.admin1s) or ["-"]
        return [
            (profile.event_type, country, province, week)
            for country in countries
            for province in [*provinces, "*"]
            for week in weeks
        ]

    @staticmethod
    def _lookup_keys(keys: list[BlockKey]) -> list[BlockKey]:
        """The blocks a claim is compared in (see ``_keys``), and those of incidents no country places."""
        if any(key[2] not in ("-", "*") for key in keys):
            own = [key for key in keys if key[2] != "*"]
        else:
            own = [key for key in keys if key[2] == "*"]
        nowhere = {(kind, "?", "*", week) for kind, country, _, week in keys if country != "?"}
        return own + sorted(nowhere, key=str)

    def _file(self, index: int, keys: Iterable[BlockKey]) -> None:
        for key in keys:
            block = self._blocks.setdefault(key, [])
            if not block or block[-1] != index:
                block.append(index)

    def relate(self, related: dict[str, float], loose: Iterable[str] = ()) -> None:
        """The reports related to the one whose claims come next (document id → affinity); ``loose`` ones are
        candidates but do not tell the same story (``GroupingSettings.undated_story_affinity``)."""
        self._related = related
        self._loose = frozenset(loose)

    def _candidates(self, keys: list[BlockKey], document_id: str) -> list[int]:
        """Incidents of the claim's own report and of related reports, and the latest ``max_candidates`` of
        each of its blocks."""
        found: dict[int, None] = {}
        for report in [document_id, *self._related]:
            for index in self._by_document.get(report, {}):
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
        for claim in group.claims:
            self._claims_of_document.setdefault(claim.document_id, []).append(claim.id)

    def _new(self, group: Group) -> int:
        self._groups.append(group)
        self._parent.append(len(self._parent))
        return len(self._groups) - 1

    def _same_story(self, group: Group) -> bool:
        """The group holds claims of a report related closely enough to tell the same story."""
        threshold = self.settings.same_event_affinity
        return any(
            score >= threshold and report not in self._loose and report in group.profile.documents
            for report, score in self._related.items()
        )

    def _score(self, profile: Profile, group: Group, document_id: str) -> float | None:
        same_report = document_id in group.profile.documents
        if same_report and not profile.text_dated:
            profile = dataclasses.replace(profile, lo=None, hi=None)  # its report's day says nothing in its report
        found = evidence(profile, group.profile, self.settings)
        if found is None:
            return None
        if same_report or self._same_story(group):
            return found + self.settings.join_score  # one report (or one story), nothing keeps them apart
        return found + self.settings.affinity_weight * self.affinity(document_id, group.first_document)

    def add(self, claim: Claim, report_countries: Iterable[str]) -> None:
        """Join the claim to the incident it fits best, start one, and merge incidents it fits strongly."""
        settings = self.settings
        profile = profile_of(
            claim, day_slack=settings.day_slack, undated_lookback=settings.undated_lookback,
            city_population=settings.city_population,
        )
        countries = list(report_countries)
        keys = self._keys(profile, countries)
        scored = []
        for index in self._candidates(self._lookup_keys(keys), claim.document_id):
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
        self._claims_of_document.setdefault(claim.document_id, []).append(claim.id)

    def _main_group(self, document_id: str) -> int | None:
        """The incident holding most of a report's incident claims (its main event), None when it has none."""
        tally = Counter(
            self._find(self._group_of_claim[c]) for c in self._claims_of_document.get(document_id, [])
            if c in self._group_of_claim
        )
        return min(tally, key=lambda index: (-tally[index], index)) if tally else None

    def merge_story(self, document_id: str) -> None:
        """One story, one main event: the main incident of a report and those of the reports it is closely
        related to merge when nothing keeps them apart (dates, places), whatever PLOVER type each report's
        wording gave its main event ("bombed" here, "attacked" or "shelled" there)."""
        threshold = self.settings.same_event_affinity
        for other, score in sorted(self._related.items(), key=lambda pair: (-pair[1], pair[0])):
            main, theirs = self._main_group(document_id), self._main_group(other)
            if score < threshold or main is None or other in self._loose:
                continue
            if theirs is not None and main != theirs:
                self._merge(main, theirs, any_type=True)
            elif theirs is None and other not in self._by_document:
                self._list(other, main)  # an earlier related report with no incident of its own

    def join_story(self, members: list[str]) -> None:
        """Reports clustered as one story (``similarity.document_clusters``) join its incident: the main incident
        most of them have (ties: the earliest made). A report whose main incident is another moves the claims it
        has there into the story's (the other reports of that incident stay where their claims put them); one
        with no incident claim is listed in the story's incident."""
        mains = {document_id: self._main_group(document_id) for document_id in members}
        tally = Counter(index for index in mains.values() if index is not None)
        if not tally:
            return
        story = min(tally, key=lambda index: (-tally[index], index))
        for document_id, index in mains.items():
            if index is None:
                self._relist(document_id, story)
            elif self._find(index) != self._find(story):
                self._move(document_id, self._find(index), self._find(story))

    def _alone(self, document_id: str, index: int | None) -> bool:
        """No other report has the report's main incident (``index``) as its own main incident, nor is listed
        there (None: the report has no incident claim, and it is alone when no incident lists it). Another
        report's side claim there (a second event it mentions) leaves it alone: that report's story is elsewhere."""
        if index is None:
            return not self._by_document.get(document_id)
        root = self._find(index)
        group = self._groups[root]
        if any(listed != document_id for listed in group.listed_documents):
            return False
        others = {claim.document_id for claim in group.claims} - {document_id}
        return not any(self._main_group(other) == root for other in sorted(others))

    def join_nearest(self, document_id: str, nearest: str) -> None:
        """A report that both passes left alone joins the main incident of its nearest report
        (``similarity.document_links``, from ``GroupingSettings.lone_report_affinity``).

        Why: a report alone tells no story of its own that joining could mix with another, so its strongest
        pair is evidence enough where average-link clustering (which weighs every member of a story) and the
        claim rules (type, place, day) found none: a rehab report typed as a meeting, a match report whose
        claims name no place. Only a report alone moves, never a story, so one wrong pair costs one report; and
        only when its main incident's days and places allow one event with the other's (``compatibility.evidence``
        with any type, as ``merge_story``): a report of an execution in a town does not join a strike there two
        weeks later because one outlet told both in the same words."""
        own = self._main_group(document_id)
        if not self._alone(document_id, own):
            return
        target = self._main_group(nearest)
        if target is None:
            target = next(iter(self._by_document.get(nearest, {})), None)
        if target is None or (own is not None and self._find(own) == self._find(target)):
            return
        if own is None:
            self._relist(document_id, target)
            return
        mine, theirs = self._groups[self._find(own)].profile, self._groups[self._find(target)].profile
        if evidence(mine, theirs, self.settings, any_type=True) is not None:  # days and places may be one event
            self._move(document_id, self._find(own), self._find(target))

    def _move(self, document_id: str, source: int, target: int) -> None:
        """Move a report's claims from one incident to another; an incident left empty is merged away."""
        old, new = self._groups[source], self._groups[target]
        moving = [claim for claim in old.claims if claim.document_id == document_id]
        moved = {claim.id for claim in moving}
        old.claims = [claim for claim in old.claims if claim.id not in moved]
        old.claim_ids = [claim_id for claim_id in old.claim_ids if claim_id not in moved]
        old.changed = new.changed = True
        slack, lookback, city = self.settings.day_slack, self.settings.undated_lookback, self.settings.city_population
        for claim in moving:
            new.claims.append(claim)
            new.claim_ids.append(claim.id)
            new.profile.absorb(profile_of(claim, day_slack=slack, undated_lookback=lookback, city_population=city))
            self._group_of_claim[claim.id] = target
        self._by_document.setdefault(document_id, {})[target] = None
        if not old.claim_ids:
            new.listed_documents.extend(old.listed_documents)
            new.profile.documents |= old.profile.documents
            if old.existing:
                new.previous_ids.extend([old.id, *old.previous_ids])
            self._parent[source] = target

    def _relist(self, document_id: str, index: int) -> None:
        """List a report with no incident claim in the given incident (and no longer where it was listed)."""
        target = self._find(index)
        for listed in list(self._by_document.get(document_id, {})):
            group = self._groups[self._find(listed)]
            if self._find(listed) != target and document_id in group.listed_documents:
                group.listed_documents = [d for d in group.listed_documents if d != document_id]
                group.changed = True
        if document_id not in self._groups[target].listed_documents:
            self._list(document_id, target)

    def _list(self, document_id: str, index: int) -> None:
        group = self._groups[self._find(index)]
        group.listed_documents.append(document_id)
        group.profile.documents.add(document_id)
        self._by_document.setdefault(document_id, {})[self._find(index)] = None
        group.changed = True

    def _merge(self, a: int, b: int, *, any_type: bool = False) -> int:
        """Merge two incidents if they can be one event; the survivor is the one known before (else the larger)."""
        a, b = self._find(a), self._find(b)
        profile_a, profile_b = self._groups[a].profile, self._groups[b].profile
        if a == b or evidence(profile_a, profile_b, self.settings, any_type=any_type) is None:
            return a
        keep, drop = (a, b) if _outranks(self._groups[a], self._groups[b]) else (b, a)
        kept, dropped = self._groups[keep], self._groups[drop]
        kept.profile.absorb(dropped.profile)
        kept.claims.extend(dropped.claims)
        kept.claim_ids.extend(dropped.claim_ids)
        kept.listed_documents.extend(dropped.listed_documents)
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

    def list_document(self, document_id: str) -> None:
        """List a report with no incident claim in the incident of its most related report, if any."""
        threshold = self.settings.same_event_affinity
        ranked = sorted(((score, other) for other, score in self._related.items() if score >= threshold), reverse=True)
        for _, other in ranked:
            indices = self._by_document.get(other)
            if indices:
                self._list(document_id, next(iter(indices)))
                return

    def groups(self) -> list[Group]:
        """Every incident, merged ones folded into their survivors, in order of creation."""
        return [group for index, group in enumerate(self._groups) if self._find(index) == index]


def _outranks(a: Group, b: Group) -> bool:
    if a.existing != b.existing:
        return a.existing
    return len(a.claim_ids) >= len(b.claim_ids)
