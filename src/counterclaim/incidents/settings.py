"""The tunable thresholds of grouping, in one place (documented in docs/incidents.md)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_SETTINGS", "GroupingSettings"]


@dataclass(frozen=True, slots=True)
class GroupingSettings:
    """How claims are grouped into incidents.

    Dates: a day a text gives is widened by ``day_slack`` (a night raid reported on either side of
    midnight, a time zone apart); a claim its words do not date may lie up to ``undated_lookback`` days
    before its report's publication day. Spans wider than ``max_span_days`` ("in 2015") block on nothing.
    Places: two precise places (towns, districts) are one when within ``near_km``; farther apart, two events.
    A place of ``city_population`` people or more (or a district) is broad (``place_scale.is_broad``): sharing
    only such places (or lying near each other) counts ``city_place_weight``, too little to join on its own,
    and shared actors or targets then count nothing (``compatibility.evidence``); ``city_population`` 0: off.
    Evidence: a claim joins an incident of another report when the evidence adds up to ``join_score``;
    the weights say what each kind of agreement is worth. A claim that strongly fits two incidents
    (``merge_score`` with each) merges them when they are compatible with each other.
    Blocking: at most ``max_candidates`` latest incidents are scored per block (type × country × province × week).
    Related reports (``related.RelatedIndex``): a report is scored against the ``max_related`` earlier reports
    sharing most of its names (names more than ``max_postings`` of the latest ``postings_window`` reports carry
    are skipped); one whose
    ``document_affinity`` reaches ``same_event_affinity`` tells the same story: its incidents are candidates,
    a claim joins them when nothing keeps them apart (as in one report), and a report with no incident claim
    of its own is listed in the incident of its most related report.
    Document clusters (``similarity.document_clusters``), once every report is in: reports whose average
    affinity reaches ``cluster_affinity`` tell one story, and their main incidents merge when nothing keeps
    them apart; reports published more than ``link_gap_days`` apart link only when the later one dates an
    event to a day that was news in the earlier one. ``cluster_affinity`` 0 turns the pass off.
    ``link_undated_on_names``: a report with no publication day may link in that pass when the two share a
    rare participant (``similarity.shares_participant``: a person, by spaCy's PERSON label, whom both reports'
    claims give as actor or target and both ledes name); on by default.
    Undated pairs (either report has no publication day, so nothing checks the time) need stronger wording
    (``similarity.undated_link_holds``) or a shared participant: a related report tells the same story (claims
    join its incidents as in one report, main incidents merge) only from ``undated_story_affinity``, and the
    document pass links such a pair from ``undated_cluster_affinity`` (None: only on a shared participant).
    ``link_undated_on_towns``: a shared town (``similarity.shares_town``: both reports place events in towns
    within 15 km of each other) with an affinity of ``same_event_affinity`` is such evidence too, in both
    passes; on by default.
    ``lone_report_affinity``: a report that both passes leave alone (no other report in its main incident, or,
    with no incident claim, listed nowhere) joins the main incident of its nearest report in the document
    pass when their affinity reaches this (the places, days and time checks of that pass still apply; dated
    or not); None: off.
    """

    day_slack: int = 1
    undated_lookback: int = 7
    max_span_days: int = 62
    near_km: float = 15.0
    city_population: int = 1_000_000
    join_score: float = 2.0
    merge_score: float = 3.0
    same_place_weight: float = 2.0
    near_place_weight: float = 1.5
    city_place_weight: float = 1.0
    same_admin1_weight: float = 0.5
    same_day_weight: float = 1.0
    actor_weight: float = 1.0
    target_weight: float = 1.0
    figure_weight: float = 0.5
    affinity_weight: float = 2.0
    max_candidates: int = 32
    same_event_affinity: float = 0.2
    max_related: int = 10
    max_postings: int = 200
    postings_window: int = 10_000
    cluster_affinity: float = 0.15
    link_gap_days: int = 7
    link_undated_on_names: bool = True
    undated_story_affinity: float = 0.25
    undated_cluster_affinity: float | None = 0.3
    link_undated_on_towns: bool = True
    lone_report_affinity: float | None = 0.3


DEFAULT_SETTINGS = GroupingSettings()
