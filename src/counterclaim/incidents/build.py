"""Claims → incidents: the grouping run over reports (and known incidents), then the records assembled."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from counterclaim.incidents.assemble import assemble
from counterclaim.incidents.grouping import Group, Grouper
from counterclaim.incidents.kinds import attaches, forms_incident
from counterclaim.incidents.profile import Profile, day_number, profile_of
from counterclaim.incidents.related import RelatedIndex
from counterclaim.incidents.settings import DEFAULT_SETTINGS, GroupingSettings
from counterclaim.incidents.similarity import document_affinity, document_links, features_of, undated_link_holds
from counterclaim.incidents.sources import SourceBook
from counterclaim.incidents.syndication import copies
from counterclaim.models import Claim, Document, Extraction, Incident, IncidentDocument, Statement

__all__ = ["build_incidents", "forms_incident"]

class _Affinity:
    """Document affinity, cached per pair: the one place grouping asks ``similarity.document_affinity``."""

    def __init__(self, extractions: dict[str, Extraction]) -> None:
        self.extractions = extractions
        self.cache: dict[tuple[str, str], float] = {}

    def __call__(self, a: str, b: str) -> float:
        key = (a, b) if a <= b else (b, a)
        found = self.cache.get(key)
        if found is None:
            x, y = self.extractions.get(a), self.extractions.get(b)
            found = document_affinity(x, y) if x is not None and y is not None else 0.0
            self.cache[key] = found
        return found


def _report_countries(extraction: Extraction) -> list[str]:
    """The countries a report's claims are placed in: where its unplaced claims are looked for."""
    return sorted({loc.country.casefold() for c in extraction.claims for loc in c.locations if loc.country})


def _profile_of_incident(incident: Incident, settings: GroupingSettings) -> Profile:
    """An incident's profile: from its claims when it carries them, else from its summary fields."""
    if incident.members:
        profile: Profile | None = None
        for claim in incident.members:
            own = profile_of(
                claim, day_slack=settings.day_slack, undated_lookback=settings.undated_lookback,
                city_population=settings.city_population,
            )
            if profile is None:
                profile = own
            else:
                profile.absorb(own)
        if profile is not None:
            return profile
    start, end = day_number(incident.date.start), day_number(incident.date.end or incident.date.start)
    place = incident.place
    return Profile(
        event_type=incident.event_type, lo=start, hi=end, text_dated=start is not None,
        admin1s={place.admin1.casefold()} if place.admin1 else set(),
        countries={place.country.casefold()} if place.country else set(),
        actors={a.casefold() for a in incident.actors},
        documents={d.id for d in incident.documents},
    )


def _seed_group(incident: Incident, settings: GroupingSettings) -> Group:
    with_claims = {claim.document_id for claim in incident.members}
    listed = [d.id for d in incident.documents if incident.members and d.id not in with_claims]
    return Group(
        id=incident.id, profile=_profile_of_incident(incident, settings), claims=list(incident.members),
        claim_ids=list(incident.claims), previous_ids=list(incident.previous_ids),
        first_document=incident.documents[0].id if incident.documents else "", existing=True, changed=False,
        listed_documents=listed,
    )


def _source_book(extractions: Sequence[Extraction], existing: Sequence[Incident]) -> SourceBook:
    """Every document's metadata and original (syndicated copies → their original)."""
    documents: dict[str, IncidentDocument] = {}
    originals: dict[str, str] = {}
    for incident in existing:
        for entry in incident.documents:
            documents[entry.id] = entry
            originals.update({copy: entry.id for copy in entry.copies})
    for extraction in extractions:
        d = extraction.document
        documents[d.id] = IncidentDocument(d.id, d.url, d.source, d.published)
    originals.update(copies(extractions))
    return SourceBook(documents, originals)


def _lookup(extractions: Sequence[Extraction], existing: Sequence[Incident]) -> dict[str, Extraction]:
    """Extractions by document id; documents known only through stored incidents get one rebuilt from their claims."""
    found = {e.document.id: e for e in extractions}
    rebuilt: dict[str, list[Claim]] = {}
    for incident in existing:
        for claim in incident.members:
            if claim.document_id not in found:
                rebuilt.setdefault(claim.document_id, []).append(claim)
    for document_id, claims in rebuilt.items():
        found[document_id] = Extraction(Document(document_id, ""), claims=claims)
    return found


def _nearest(claim: Claim, candidates: list[Claim]) -> Claim | None:
    return min(candidates, key=lambda c: abs(c.start - claim.start), default=None)


def _town_floor(settings: GroupingSettings) -> float | None:
    """The affinity from which a shared town makes an undated pair one story (``link_undated_on_towns``)."""
    return settings.same_event_affinity if settings.link_undated_on_towns else None


def _loose(
    extraction: Extraction, related: dict[str, float], lookup: dict[str, Extraction], settings: GroupingSettings
) -> set[str]:
    """Related reports too loosely related to tell the same story: one of the pair has no publication day and
    the affinity is under ``undated_story_affinity`` with no shared participant or town
    (``similarity.undated_link_holds``)."""
    mine, limit, towns = features_of(extraction), settings.undated_story_affinity, _town_floor(settings)
    return {
        other for other, score in related.items()
        if other in lookup and not undated_link_holds(mine, features_of(lookup[other]), score, limit, towns=towns)
    }


def _group_extraction(
    grouper: Grouper, extraction: Extraction, seen: set[str], related: RelatedIndex, lookup: dict[str, Extraction]
) -> None:
    found = related.add(extraction)
    grouper.relate(found, loose=_loose(extraction, found, lookup, grouper.settings))
    countries = _report_countries(extraction)
    forming = [c for c in extraction.claims if forms_incident(c) and c.id not in seen]
    for claim in forming:
        grouper.add(claim, countries)
    grouper.merge_story(extraction.document.id)
    if not any(forms_incident(c) for c in extraction.claims):
        grouper.list_document(extraction.document.id)
    for claim in extraction.claims:
        if claim.id not in seen and attaches(claim):
            near = _nearest(claim, forming)
            if near is not None:
                grouper.attach(claim, near)


def _merge_document_clusters(
    grouper: Grouper, extractions: list[Extraction], new: set[str], settings: GroupingSettings
) -> None:
    """The document-level pass (``similarity.document_links``): the reports of each cluster that holds a new
    one join the incident most of them have (``Grouper.join_story``); then a new report left alone joins its
    nearest report's incident (``Grouper.join_nearest``, ``lone_report_affinity``). Clusters of known reports
    only were settled when those reports came in."""
    links = document_links(
        extractions, settings.cluster_affinity, gap_days=settings.link_gap_days,
        undated_names=settings.link_undated_on_names, undated_affinity=settings.undated_cluster_affinity,
        undated_towns=_town_floor(settings), nearest_floor=settings.lone_report_affinity,
    )
    for members in links.clusters:
        if len(members) > 1 and any(document_id in new for document_id in members):
            grouper.join_story(members)
    for document_id, nearest in links.nearest.items():
        if document_id in new:
            grouper.join_nearest(document_id, nearest)


def build_incidents(
    extractions: Sequence[Extraction],
    *,
    existing: Sequence[Incident] = (),
    settings: GroupingSettings = DEFAULT_SETTINGS,
) -> list[Incident]:
    """Group the claims of ``extractions`` into incidents, joining or merging ``existing`` ones.

    Returns every incident, the existing ones included (unchanged ones as given); a merged incident's id
    is in its survivor's ``previous_ids``. Each incident carries its claims in ``members`` so that a later
    call can take it as ``existing``.
    """
    with _no_cyclic_gc():
        return _build(extractions, existing, settings)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Grouping allocates many small records that live to the end: the cyclic collector's passes over them
    cost a fifth of the run and free nothing, so it is paused (reference counting still frees memory)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(
    extractions: Sequence[Extraction], existing: Sequence[Incident], settings: GroupingSettings
) -> list[Incident]:
    book = _source_book(extractions, existing)
    lookup = _lookup(extractions, existing)
    affinity: Callable[[str, str], float] = _Affinity(lookup)
    grouper = Grouper(settings, affinity)
    related = RelatedIndex(affinity, threshold=settings.same_event_affinity, max_postings=settings.max_postings,
                           window=settings.postings_window,
                           max_related=settings.max_related)
    new = {e.document.id for e in extractions}
    for document_id, extraction in lookup.items():
        if document_id not in new:
            related.file(extraction)
    by_id = {incident.id: incident for incident in existing}
    seen = {claim_id for incident in existing for claim_id in incident.claims}
    for incident in existing:
        grouper.seed(_seed_group(incident, settings))
    for extraction in extractions:
        _group_extraction(grouper, extraction, seen, related, lookup)
    if settings.cluster_affinity > 0:
        _merge_document_clusters(grouper, list(lookup.values()), new, settings)
    statements: dict[str, list[Statement]] = {e.document.id: e.statements for e in extractions}
    found = []
    for group in grouper.groups():
        if group.existing and not group.changed:
            found.append(by_id[group.id])
            continue
        own_statements = [s for d in dict.fromkeys(c.document_id for c in group.claims) for s in statements.get(d, [])]
        found.append(assemble(group.id, group.claims, group.claim_ids, group.previous_ids, book, own_statements,
                              group.listed_documents))
    return found
