"""The core records, in the order the pipeline makes them.

Every record that comes out of a document carries that document's id and
character offsets into ``Document.text`` (the *cleaned* text), the way a spaCy
``Span`` points back into its ``Doc``: a reader can always go from a record to
the words that support it.

    Document                 stage 1: ingest   (clean text + metadata)
      └─ DocumentCopy        stage 5: store    (the same text again, from another url/source/date)
      └─ Statement           stage 3: attribution (who said what)
      └─ Claim               stage 4: claims   (what is asserted to have happened, and by whom)
      └─ Contradiction       stage 4: claims   (two claimants disagree on one attribute)
    Provenance               a record's document metadata and evidence sentence
    DocumentSummary          a stored report in a listing: metadata and counts, no text
    Extraction               everything found in one document
    Failure                  a document that could not be processed, with its reason
    Incident                 one real event across many reports (counterclaim.incidents)

All records are frozen dataclasses; ``as_dict()`` gives the JSON shape that the
CLI prints and the store keeps.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SpeakerKind = Literal["person", "group", "organisation", "unattributed"]
ClaimantKind = Literal["person", "group", "organisation", "unattributed", "publication"]
StatementKind = Literal["direct", "reported", "finding", "belief", "mention"]


def document_id(clean_text: str) -> str:
    """Content hash of the cleaned text: the same report ingested twice gets the same id."""
    return hashlib.sha256(clean_text.encode("utf-8")).hexdigest()[:16]


class _Record:
    """Mixin: a JSON-ready dict of the record, nested records included."""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True, slots=True)
class Document(_Record):
    """A report after ingest: cleaned text plus whatever metadata the source gave.

    ``published`` is an ISO 8601 date or datetime string when known, None when not given or not
    readable as a date (never a guess). ``title`` is not part of ``text``: claims read from it are
    flagged ``in_headline`` and their offsets index the title. ``warnings`` says what ingest could
    not use ("published 'yesterday' is not a date: stored as unknown").
    """

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()  # a tuple: a Document stays hashable


@dataclass(frozen=True, slots=True)
class DocumentCopy(_Record):
    """A further copy of a stored document's exact text, with its own metadata (another outlet,
    URL or date): kept beside the document, whose text and records are stored once."""

    document_id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Provenance(_Record):
    """Where a record comes from, so that any row read on its own can be traced to its report.

    The document's id and metadata as ingested, ``outlet`` (who published it: the site, a source that is a
    plain name, or the URL's host; None when unknown — a file path is not an outlet), and ``evidence``: the
    sentence of ``Document.text`` that supports the record. Filled when records are read from the
    store or returned by ``extract``; None while the pipeline is still building them.
    """

    document_id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    evidence: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker(_Record):
    """Who made a statement, as written at the resolved mention and in canonical form.

    ``name`` is the canonical name (full personal name, or canonical group/organisation
    name); ``as_written`` is the mention nearest the statement ("He", "Mr Kerry").
    ``title`` is the role ("spokesman", "Foreign Minister"), ``rank`` a military or
    honorific rank ("Major General"), ``affiliation`` the body the speaker speaks for
    ("Russian Defence Ministry"), ``country`` a canonical country name.
    """

    name: str | None
    as_written: str
    kind: SpeakerKind
    title: str | None = None
    rank: str | None = None
    affiliation: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Statement(_Record):
    """One direct quote or one clause of reported speech, tied to its speaker.

    ``document_text[start:end]`` is the quote (without the quote marks for a direct quote).
    ``cue`` is the reporting word ("says", "warned"), or None for a bare quote paragraph.
    ``kind``: "direct" (a quote), "reported" (reported speech), "finding" (what an inquiry, report or
    poll found or shows: "an investigation found that …"), "belief" ("X believes …") — a source's
    position that nobody said in so many words — or "mention" ("X cited the toll": a matter the source
    brought up, with no words of theirs about it). A direct statement is always "direct".
    """

    id: str
    document_id: str
    speaker: Speaker
    quote: str
    direct: bool
    cue: str | None
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: StatementKind = "reported"
    provenance: Provenance | None = None

    def __post_init__(self) -> None:
        if self.direct and self.kind != "direct":
            object.__setattr__(self, "kind", "direct")


@dataclass(frozen=True, slots=True)
class Location(_Record):
    """A place as written, resolved against the offline gazetteer.

    ``precision`` follows ACLED's geo_precision: 1 town, 2 near a town or district,
    3 region or country. Unresolved places keep the name and leave the rest None.

    ``inherited`` is True when the claim's own words name no place and the place is borrowed from the
    claim before it ("An air strike hit Douma. Twelve people were killed.": the toll claim is placed at
    Douma, inherited). Why a marker: grouping may use a borrowed place, but the dispute stages compare
    only the places a claim names itself (``Claim.own_locations``), and a user filtering by place can
    tell an inferred place from a written one. False for places the claim names and for the report's
    country given as a fallback; older stored rows without the field read back as False.
    """

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    as_written: str | None = None
    geonameid: int | None = None
    inherited: bool = False


@dataclass(frozen=True, slots=True)
class DateRef(_Record):
    """When a claim says something happened; ``start``/``end`` are ISO dates, both None when unknown.

    ``precision`` is "day", "week", "month" or "year". ``start``/``end`` come from the claim's own
    words only. ``reported`` is the publication day of the report that carries the claim (None when
    the report has no date): the event happened by then, as far as this report goes. Every claim of
    a dated report has it, so a date filter can fall back to it instead of silently dropping the
    claim (``date_basis`` says which one a filter uses).
    """

    start: str | None = None
    end: str | None = None
    as_written: str | None = None
    precision: str | None = None
    reported: str | None = None

    @property
    def date_basis(self) -> str | None:
        """ "text" when the claim's own words date it, "reported" when only the report's day does, else None."""
        if self.start is not None:
            return "text"
        return "reported" if self.reported is not None else None


@dataclass(frozen=True, slots=True)
class Count(_Record):
    """A number a claim asserts: "at least 36 civilian casualties" → casualties, civilians, low 36, high None.

    ``category``: killed, injured, casualties, sorties, strikes, targets, arrested, displaced, ...
    ``low``/``high`` bound the figure; an exact figure has low == high; an open bound is None.
    """

    category: str
    subject: str | None
    low: int | None
    high: int | None
    qualifier: str | None
    as_written: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Claimant(_Record):
    """Who asserts a claim: a statement's speaker, a named group, "reports", or the publication itself.

    ``name`` is the one canonical name of the source across documents (the person, for a person);
    ``on_behalf_of`` the body or state a person or office speaks for ("Defence Ministry spokesman
    Igor X" → Igor X on behalf of the Russian Defence Ministry), None when they speak for themselves
    or it is not said.
    """

    name: str | None
    kind: ClaimantKind
    statement_id: str | None = None
    on_behalf_of: str | None = None


@dataclass(frozen=True, slots=True)
class Acled(_Record):
    event_type: str
    sub_event_type: str | None = None


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """An assertion that something happened, is happening or will happen, and who asserts it.

    ``event_type`` is one of PLOVER's 16 types; ``mode`` a PLOVER mode where one applies.
    ``negated``: the claimant says it did not happen; ``hedged``: "appears", "probably";
    ``modality``: "asserted", "future", "conditional", "requested" (what a request asks for), "threatened", "intended".
    ``in_headline``: read from the document's title; then ``start``/``end`` (and the counts' offsets) index
    ``Document.title``, not its text.
    ``persons``: the actors and targets spaCy labels PERSON, by the fullest name the report gives them
    ("Jackson" → "Vincent Jackson"); grouping links undated reports on them (``claims.persons``).
    ``locations`` may hold places borrowed from the claim before (``Location.inherited``); ``own_locations``
    leaves them out.
    """

    id: str
    document_id: str
    event_type: str
    mode: str | None
    acled: Acled | None
    actors: list[str]
    targets: list[str]
    target_categories: list[str]
    locations: list[Location]
    date: DateRef
    counts: list[Count]
    claimant: Claimant
    negated: bool
    hedged: bool
    start: int
    end: int
    trigger: str | None = None
    modality: str = "asserted"
    provenance: Provenance | None = None
    in_headline: bool = False
    persons: list[str] = field(default_factory=list)

    @property
    def own_locations(self) -> list[Location]:
        """The places the claim's own words name (or the report's country fallback), without the ones it
        inherited from the claim before: what the dispute stages compare, since two claims that only
        borrowed a town do not say they happened there."""
        return [location for location in self.locations if not location.inherited]


@dataclass(frozen=True, slots=True)
class Contradiction(_Record):
    """Two claims by different claimants that disagree on one attribute of the same event.

    ``document_id`` and ``provenance`` (the report both claims come from; no evidence sentence, the two
    claims carry theirs) are filled by ``extract`` and when read from the store.
    """

    attribute: str
    claims: list[str]
    summary: str
    claimants: list[str | None] = field(default_factory=list)
    document_id: str | None = None
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class DocumentSummary(_Record):
    """One stored report as a listing shows it: its metadata without the text, and how much was found in it."""

    id: str
    published: str | None
    source: str | None
    title: str | None
    url: str | None
    outlet: str | None
    statements: int = 0
    claims: int = 0
    contradictions: int = 0


@dataclass(frozen=True, slots=True)
class Extraction(_Record):
    """Everything counterclaim found in one document."""

    document: Document
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Failure(_Record):
    """A document that could not be ingested or processed; kept so that nothing is silently lost."""

    source: str
    reason: str
    stage: str = "ingest"


# ---------------------------------------------------------------- incidents (counterclaim.incidents)


@dataclass(frozen=True, slots=True)
class IncidentDate(_Record):
    """When an incident happened, as narrowly as its claims allow; all None when no claim dates it."""

    start: str | None = None
    end: str | None = None
    precision: str | None = None


@dataclass(frozen=True, slots=True)
class IncidentPlace(_Record):
    """Where an incident happened: the most precise place its claims agree on (ACLED geo precision)."""

    name: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None


@dataclass(frozen=True, slots=True)
class IncidentDocument(_Record):
    """A report on an incident; ``copies`` are the ids of syndicated copies of it (counted as one source)."""

    id: str
    url: str | None = None
    source: str | None = None
    published: str | None = None
    copies: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Corroboration(_Record):
    """Independent sources agreeing on one attribute (``occurred``, ``actor``, ``place``, a count category)."""

    attribute: str
    claims: list[str]
    claimants: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CasualtyRange(_Record):
    """A low / best / high figure for one category, each bound linked to the claim (and claimant) that gave it.

    All None when no source gives a figure of the category.
    """

    low: int | None = None
    best: int | None = None
    high: int | None = None
    low_claim: str | None = None
    best_claim: str | None = None
    high_claim: str | None = None
    low_claimant: str | None = None
    best_claimant: str | None = None
    high_claimant: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimantVersion(_Record):
    """What one claimant says about an incident, attribute by attribute: a column of ``counterclaim incident``."""

    claimant: str
    claims: list[str]
    perpetrators: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    figures: dict[str, str] = field(default_factory=dict)
    denies: bool = False
    documents: list[str] = field(default_factory=list)


IncidentGrade = Literal["confirmed", "fair", "weak", "contested", "discounted"]


@dataclass(frozen=True, slots=True)
class Incident(_Record):
    """One real event across many reports: who says what about it, casualty ranges, and a graded confidence.

    ``claims`` are the ids of every claim about the event (each claim belongs to one incident);
    ``previous_ids`` the ids of incidents merged into this one, which stay resolvable.
    ``members`` carries the claims themselves while the incident is being built or regrouped; it is not
    part of the record's JSON (``as_dict``) and not compared.
    """

    id: str
    event_type: str
    first_reported: str | None
    date: IncidentDate
    place: IncidentPlace
    documents: list[IncidentDocument]
    claimants: list[str]
    claims: list[str]
    corroborations: list[Corroboration]
    contradictions: list[Contradiction]
    casualties: dict[str, CasualtyRange]
    grade: IncidentGrade
    grade_reason: str
    previous_ids: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    versions: list[ClaimantVersion] = field(default_factory=list)
    members: tuple[Claim, ...] = field(default=(), compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The JSON contract of ``counterclaim incidents --format json`` (``members`` left out)."""
        found = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "members"}
        return {name: _plain(value) for name, value in found.items()}


def _plain(value: Any) -> Any:
    """Records, lists and dicts as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
