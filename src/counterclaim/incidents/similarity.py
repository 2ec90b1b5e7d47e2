"""Document similarity for grouping: how likely two reports describe one real event (0..1).

Why not plain text similarity: reports of *different* events of the same kind read alike ("a man was
shot outside a bar on Saturday night, police said"), while two reports of one event may share few
words beyond the names. What tells events apart is what a reader checks: **who** (people and
organisations named), **where** (places, one inside the other), **when** (dates, within their
precision), **what** (event type) and **how many** (figures). So the score is a weighted overlap of
*names* and *distinctive words*, scaled by date and place compatibility:

- Terms: names (runs of capitalised words inside a sentence, claim actors/targets/places, speakers)
  and content words (not stop words, not reporting verbs). Each term is weighted by its inverse
  document frequency over the documents seen so far (``observe``; every document scored is seen),
  so that words every report of this kind uses ("police", "shooting", "Syria") count little and a
  victim's name or a street counts a lot. Names weigh ``NAME_WEIGHT`` times a plain word.
- ``text`` = cosine of the two weighted term vectors.
- Dates: the days a report's claims give (day-precise ones), else its publication day. A shared day
  lifts the score; days far apart lower it, but only partly: a follow-up a month later is the same
  event, and a report's "Tuesday" may be read a week off. Precision is respected: a month or a year
  is compatible with every day inside it.
- Places: resolved towns (precision 1-2) of the two reports. Places compatible (same name, one inside
  the other's admin1 when one of them is a region, or within ``NEAR_KM``) lift; only incompatible
  towns lower.
- Figures: the same killed or injured number in both (3 and more) lifts a little.

Everything is computed from an ``Extraction`` (its cleaned text and finished claims); features are
cached per document id.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from counterclaim.models import Claim, Extraction

NAME_WEIGHT = 2.0  # a name is worth this many plain words
NEAR_KM = 40.0  # two resolved towns this close may be one event's place ("a village near Aleppo")
SAME_DAY_BONUS = 0.25  # claims of both reports date the event to one day
FAR_DAYS = 45  # publication days further apart than this (and no shared day): the weakest date factor
DATE_FLOOR = 0.55  # the date factor never falls below this: a follow-up months later is still possible
PLACE_CONFLICT = 0.6  # both reports place the event in towns far apart
PLACE_BONUS = 0.1
FIGURE_BONUS = 0.05
CACHE_SIZE = 100_000  # documents whose features are kept

_SENTENCE_END = re.compile(r"[.!?]['\"”’)]?\s+|\n+")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_STOP: frozenset[str] | None = None


def _stops() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    return _STOP


@dataclass(frozen=True, slots=True)
class Features:
    """What the score compares, per document."""

    terms: Counter[str]  # term → count ("n:" prefix for names, "w:" for words)
    days: frozenset[tuple[date, date]]  # day ranges of the report's dated claims (start, end)
    published: date | None
    towns: tuple[tuple[str, str | None, float | None, float | None], ...]  # name, admin1, lat, lon
    figures: frozenset[tuple[str, int]]  # (category, number) for killed / injured counts
    persons: frozenset[str] = frozenset()  # people its claims give as actors or targets whom its lede names
    tf: dict[str, float] = field(init=False, repr=False, compare=False)  # see _tf

    def __post_init__(self) -> None:
        object.__setattr__(self, "tf", _tf(self.terms))


# ---------------------------------------------------------------- document frequencies


class _Frequencies:
    """How many observed documents hold each term: the basis of the inverse document frequency."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.df: Counter[str] = Counter()
        self._idf: dict[str, float] = {}  # valid until the next document is observed: scoring repeats terms
        self.generation = 0  # counts the changes: what is derived from the weights is valid for one generation

    def add(self, doc_id: str, terms: Iterable[str]) -> None:
        if doc_id not in self.seen:
            self.seen.add(doc_id)
            self.df.update(set(terms))
            self._idf.clear()
            self.generation += 1

    def clear(self) -> None:
        self.seen.clear()
        self.df.clear()
        self._idf.clear()
        self.generation += 1

    def idf(self, term: str) -> float:
        cached = self._idf.get(term)
        if cached is None:
            n = len(self.seen)
            cached = self._idf[term] = math.log((n + 1) / (self.df.get(term, 0) + 1)) + 1.0
        return cached


_FREQUENCIES = _Frequencies()
_FEATURES: OrderedDict[str, Features] = OrderedDict()


def observe(extractions: Iterable[Extraction]) -> None:
    """Count the documents' terms into the document frequencies before scoring pairs among them.

    Scoring a pair observes both documents, so this is optional; calling it first on a batch makes
    every pair of the batch scored with the same weights.
    """
    for extraction in extractions:
        features_of(extraction)


def reset() -> None:
    """Forget observed documents and cached features (tests; a fresh corpus)."""
    _FREQUENCIES.clear()
    _FEATURES.clear()


# ---------------------------------------------------------------- features


def features_of(extraction: Extraction) -> Features:
    """The document's features, computed once per document id and observed into the frequencies."""
    doc_id = extraction.document.id
    cached = _FEATURES.get(doc_id)
    if cached is not None:
        _FEATURES.move_to_end(doc_id)
        return cached
    features = _compute(extraction)
    _FREQUENCIES.add(doc_id, [*features.terms, *(_PARTICIPANT + name for name in features.persons)])
    _FEATURES[doc_id] = features
    if len(_FEATURES) > CACHE_SIZE:
        _FEATURES.popitem(last=False)
    return features


def _compute(extraction: Extraction) -> Features:
    document = extraction.document
    text = "\n".join(part for part in (document.title, document.text) if part)
    terms = Counter(_text_terms(text))
    for claim in extraction.claims:
        terms.update(_claim_names(claim))
    for statement in extraction.statements:
        if statement.speaker.name:
            terms[_name_term(statement.speaker.name)] += 1
    return Features(
        terms=terms,
        days=frozenset(day for claim in extraction.claims if (day := _claim_days(claim)) is not None),
        published=_day(document.published),
        towns=tuple(
            dict.fromkeys(  # each town once, however many claims name it
                (loc.name.casefold(), loc.admin1, loc.lat, loc.lon)
                for claim in extraction.claims
                for loc in claim.locations
                if loc.precision in (1, 2) and loc.lat is not None
            )
        ),
        figures=frozenset(
            (count.category, count.low)
            for claim in extraction.claims
            for count in claim.counts
            if count.category in ("killed", "injured") and count.low is not None and count.low >= 3
        ),
        persons=_participants(extraction),
    )


_PARTICIPANT = "p:"  # document-frequency key of a person as a claim's participant (not a term of the score)


LEAD_CHARS = 400  # the lede: the title and the opening of the text, where a report says who it is about


def _participants(extraction: Extraction) -> frozenset[str]:
    """Name terms of the people of two words or more whom the report's claims give as actors or targets
    (``Claim.persons``, spaCy's PERSON label) and whose surname its lede gives: who the report is about,
    not who spoke, nor someone an event of the background involves ("the latest arrest since Jackson's
    last year" in a report of another player's arrest)."""
    document = extraction.document
    lede = f"{document.title or ''}\n{document.text[:LEAD_CHARS]}".casefold()
    found = set()
    for claim in extraction.claims:
        for name in claim.persons:
            term = _name_term(name)
            if " " in term[2:] and re.search(rf"\b{re.escape(term.split()[-1])}\b", lede):
                found.add(term)
    return frozenset(found)


def _name_term(name: str) -> str:
    return "n:" + " ".join(name.casefold().split())


def _claim_names(claim: Claim) -> list[str]:
    names = [_name_term(n) for n in (*claim.actors, *claim.targets) if n and n[:1].isupper()]
    names += [_name_term(loc.name) for loc in claim.own_locations]  # a borrowed town is not named again
    return names


def _text_terms(text: str) -> list[str]:
    """Names (capitalised runs not opening a sentence, or of two words or more) and content words."""
    terms: list[str] = []
    stops = _stops()
    for sentence in _SENTENCE_END.split(text):
        tokens = _TOKEN.findall(sentence)
        run: list[str] = []
        run_opens = False
        for position, token in enumerate([*tokens, ""]):
            if token[:1].isupper() and token.casefold() not in stops:
                run_opens = run_opens or (not run and position == 0)
                run.append(token)
                continue
            if run and (len(run) > 1 or not run_opens):
                terms.append(_name_term(" ".join(run)))
            run, run_opens = [], False
            word = token.casefold()
            if len(word) > 2 and word not in stops and not word[0].isdigit():
                terms.append("w:" + word)
    return terms


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _claim_days(claim: Claim) -> tuple[date, date] | None:
    """The claim's own date as a day range (a month or year is every day in it), or None when undated."""
    start, end = _day(claim.date.start), _day(claim.date.end or claim.date.start)
    if start is None or end is None or end < start:
        return None
    return start, end


# ---------------------------------------------------------------- the score


def document_affinity(a: Extraction, b: Extraction) -> float:
    """0..1: how likely the two reports describe one real event (see the module docstring)."""
    if a.document.id == b.document.id:
        return 1.0
    fa, fb = features_of(a), features_of(b)
    text = _cosine(a.document.id, fa, b.document.id, fb)
    agree = _places_agree(fa, fb)
    place = 1.0 if agree or not fa.towns or not fb.towns else PLACE_CONFLICT
    score = text * _date_factor(fa, fb) * place
    if place == 1.0 and _share_day(fa.days, fb.days):  # the same day in towns far apart is a look-alike
        score += SAME_DAY_BONUS * text
    if fa.figures & fb.figures:
        score += FIGURE_BONUS
    if agree:
        score += PLACE_BONUS * text
    return max(0.0, min(1.0, score))


def _tf(terms: Counter[str]) -> dict[str, float]:
    """term → (1 + log count) × name factor: the part of a term's weight that does not change as documents are
    observed, computed once per document (the idf part changes with every document observed). One float a
    term, since grouping keeps every report's features."""
    return {t: (1 + math.log(c)) * (NAME_WEIGHT if t.startswith("n:") else 1.0) for t, c in terms.items()}


class _Norms:
    """Vector lengths under the weights of one moment: forgotten as soon as another document is observed
    (``_Frequencies.generation`` moves), since every idf and so every length changes with it."""

    def __init__(self) -> None:
        self.generation = -1
        self.by_document: dict[str, float] = {}

    def of(self, doc_id: str, tf: dict[str, float]) -> float:
        """Why cached: grouping scores a new report against a dozen others with the weights of one moment,
        so the new report's length would otherwise be summed again for each of them."""
        if self.generation != _FREQUENCIES.generation:
            self.generation, self.by_document = _FREQUENCIES.generation, {}
        norm = self.by_document.get(doc_id)
        if norm is None:
            idf = _FREQUENCIES.idf
            norm = self.by_document[doc_id] = math.sqrt(sum((scaled * idf(t)) ** 2 for t, scaled in tf.items()))
        return norm


_NORMS = _Norms()


def _cosine(a_id: str, a: Features, b_id: str, b: Features) -> float:
    """Cosine of the two documents' weighted term vectors (log-scaled counts × idf × name factor)."""
    shared = sorted(a.terms.keys() & b.terms.keys())  # a fixed summation order: the same score whatever the hash seed
    if not shared:
        return 0.0
    tf_a, tf_b, idf = a.tf, b.tf, _FREQUENCIES.idf
    dot = sum(tf_a[t] * tf_b[t] * idf(t) ** 2 for t in shared)
    norm_a, norm_b = _NORMS.of(a_id, tf_a), _NORMS.of(b_id, tf_b)
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _share_day(a: frozenset[tuple[date, date]], b: frozenset[tuple[date, date]]) -> bool:
    """A day range of one overlaps one of the other's, both at most a week long (a year overlaps everything)."""
    short_a = [r for r in a if (r[1] - r[0]).days <= 7]
    short_b = [r for r in b if (r[1] - r[0]).days <= 7]
    return any(x[0] <= y[1] and y[0] <= x[1] for x in short_a for y in short_b)


def _date_factor(a: Features, b: Features) -> float:
    """1 for reports published close together; down to DATE_FLOOR for reports FAR_DAYS or more apart."""
    if a.published is None or b.published is None or _share_day(a.days, b.days):
        return 1.0
    gap = abs((a.published - b.published).days)
    if gap <= 3:
        return 1.0
    return max(DATE_FLOOR, 1.0 - (1.0 - DATE_FLOOR) * (gap - 3) / (FAR_DAYS - 3))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _towns_compatible(
    x: tuple[str, str | None, float | None, float | None],
    y: tuple[str, str | None, float | None, float | None],
    near_km: float = NEAR_KM,
) -> bool:
    if x[0] == y[0]:
        return True
    if x[2] is None or x[3] is None or y[2] is None or y[3] is None:
        return False
    if abs(x[2] - y[2]) * 111.0 > near_km:  # a degree of latitude is 111 km: too far without the trigonometry
        return False
    return _km(x[2], x[3], y[2], y[3]) <= near_km


def _places_agree(a: Features, b: Features, near_km: float = NEAR_KM) -> bool:
    return any(_towns_compatible(x, y, near_km) for x in a.towns for y in b.towns)


# ---------------------------------------------------------------- candidate pairs without comparing all


TOP_TERMS = 12  # a document is indexed under its most distinctive terms
MAX_POSTINGS = (
    50  # a term more documents share than this blocks nothing (not distinctive; keeps candidates near-linear)
)


def _top_terms(features: Features, limit: int = TOP_TERMS) -> list[str]:
    tf, idf = features.tf, _FREQUENCIES.idf
    weighted = sorted(tf, key=lambda t: (-tf[t] * idf(t), t))
    return weighted[:limit]


def related_documents(
    extractions: Iterable[Extraction], threshold: float, allowed: Callable[[Features, Features], bool] | None = None
) -> list[tuple[str, str, float]]:
    """Pairs of documents (ids, in input order) whose affinity reaches ``threshold``, best first.

    Sub-quadratic: each document is filed under its ``TOP_TERMS`` most distinctive terms and scored only
    against documents filed under one of them; a term shared by more than ``MAX_POSTINGS`` documents is
    skipped. Two reports of one event share a name or a rare word among their most distinctive ones.
    ``allowed`` (cheap: dates and towns) is asked before a pair is scored; a pair it refuses is left out.
    """
    batch = list(extractions)
    observe(batch)
    postings: dict[str, list[int]] = {}
    for n, extraction in enumerate(batch):
        for term in _top_terms(features_of(extraction)):
            postings.setdefault(term, []).append(n)
    candidates: set[tuple[int, int]] = set()
    for members in postings.values():
        if len(members) <= MAX_POSTINGS:
            candidates.update((i, j) for k, i in enumerate(members) for j in members[k + 1 :])
    pairs = []
    for i, j in candidates:
        if batch[i].document.id == batch[j].document.id:
            continue
        if allowed is not None and not allowed(features_of(batch[i]), features_of(batch[j])):
            continue
        score = document_affinity(batch[i], batch[j])
        if score >= threshold:
            pairs.append((batch[i].document.id, batch[j].document.id, score))
    return sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))


CLUSTER_THRESHOLD = 0.15  # average affinity at which two groups of reports are one event (GVC and ECB+ tune halves)
LINK_GAP_DAYS = 7  # reports published further apart link only through the earlier one's news days (see close_in_time)


def close_in_time(a: Features, b: Features, gap_days: int = LINK_GAP_DAYS) -> bool:
    """Whether two reports may be linked by their similarity alone, as far as their dates go.

    Why: similarity cannot tell one event from the next one of its kind in the same place, told by the
    same outlet in the same words (a state agency's "terrorist shells on Aleppo" in August and in
    November; coalition strikes on one town three weeks apart), and the date factor of
    ``document_affinity`` only softens it. So reports published at most ``gap_days`` apart may link;
    farther apart, only a follow-up does: the later report's claims date an event to a day
    that the earlier one's claims give too and that was news when the earlier one came out (its
    publication day or the ``gap_days`` before it). A day both recall as background ("since it seized
    Mosul on 10 June") is older than that and links nothing. A report with no publication day is never
    close in time: without dates, two reports of look-alike events years apart read as alike as two
    reports of one event (``may_link`` lets it link only on a shared participant, ``shares_participant``).
    """
    day_a, day_b = a.published, b.published
    if day_a is None or day_b is None:
        return False
    if abs((day_a - day_b).days) <= gap_days:
        return True
    early, late, first = (a, b, day_a) if day_a <= day_b else (b, a, day_b)
    news_start = date.fromordinal(first.toordinal() - gap_days)
    recalled = [r for r in late.days if (r[1] - r[0]).days <= 7 and r[0] <= first and news_start <= r[1]]
    return _share_day(frozenset(recalled), early.days)


LINK_KM = 15.0  # similarity alone links reports whose towns are this close (a suburb), not two towns of a province
DAY_APART = 2  # exact event days further apart than this are two events, whatever the words share


def days_apart(a: Features, b: Features, apart: int = DAY_APART) -> bool:
    """Whether both reports date their events to exact days and no day of one is within ``apart`` days of
    a day of the other. Why: the same town shelled on two Sundays a week apart reads alike; only the
    event days tell the two apart (a report that gives no exact day is never kept apart by this)."""
    days_a = [r[0] for r in a.days if r[0] == r[1]]
    days_b = [r[0] for r in b.days if r[0] == r[1]]
    if not days_a or not days_b:
        return False
    return min(abs((x - y).days) for x in days_a for y in days_b) > apart


def may_link(a: Features, b: Features, gap_days: int = LINK_GAP_DAYS, *, undated_names: bool = False) -> bool:
    """Whether similarity alone may put two reports in one story: they do not place their events in towns
    more than ``LINK_KM`` apart (the same day in the next town is a look-alike), do not date them to days
    ``days_apart`` (the same town another week is a look-alike too), and are ``close_in_time`` — or, when
    either has no publication day and ``undated_names`` is on, ``shares_participant`` (concrete evidence,
    not wording alone)."""
    towns_conflict = bool(a.towns and b.towns) and not _places_agree(a, b, LINK_KM)
    if towns_conflict or days_apart(a, b):
        return False
    if a.published is None or b.published is None:
        return undated_names and shares_participant(a, b)
    return close_in_time(a, b, gap_days)


RARE_NAME_SHARE = 0.05  # a name more than this share of the reports carry (or MAX_POSTINGS) tells no event


def shares_participant(a: Features, b: Features) -> bool:
    """Whether the two reports share a rare person who takes part in both reports' claims: a full name
    (two words or more) that spaCy labels PERSON and that is an actor or target of a claim in each
    (``Claim.persons``: the gunman, the victim, the arrested player) — and that few reports carry.

    Why a person and a participant: reports of one event share the names of who took part, while a team,
    a product, a title or an organisation, a speaker quoted on many stories, or a person mentioned in
    passing ("the latest arrest since Jackson's") is shared by reports of other events too (ECB+ tune
    half, docs/incident-quality.md). Why rare: a head of state named in a tenth of the reports names no
    event; the share is of the reports observed so far (``observe``) as text or as a participant, capped
    at ``MAX_POSTINGS`` reports.
    """
    shared = a.persons & b.persons
    if not shared:
        return False
    limit = max(2.0, min(float(MAX_POSTINGS), RARE_NAME_SHARE * len(_FREQUENCIES.seen)))
    df = _FREQUENCIES.df
    return any(max(df.get(term, 0), df.get(_PARTICIPANT + term, 0)) <= limit for term in sorted(shared))


def shares_town(a: Features, b: Features) -> bool:
    """Whether both reports place their events in towns and some town of one lies within ``LINK_KM`` of one of
    the other's: a place, like a participant, is concrete evidence where wording alone relates two reports."""
    return bool(a.towns and b.towns) and _places_agree(a, b, LINK_KM)


def undated_link_holds(a: Features, b: Features, score: float, limit: float, *, towns: float | None = 0.2) -> bool:
    """Whether a pair's similarity ``score`` may make two reports one story as far as dates go: always when both
    have a publication day; else only at ``limit`` or more, or on a ``shares_participant``, or from ``towns``
    (the ordinary story threshold; None: off) on a ``shares_town``.

    Why: without a publication day nothing checks the time, and reports of a look-alike event years apart (one
    team's two coaches fired, one player's two arrests) read as alike as two reports of one event at the
    ordinary thresholds (0.15-0.2); wording alone must then be stronger (docs/incident-quality.md)."""
    if a.published is not None and b.published is not None:
        return True
    town = towns is not None and score >= towns and shares_town(a, b)
    return score >= limit or shares_participant(a, b) or town


def _places_and_days_allow(a: Features, b: Features) -> bool:
    """``may_link`` without its time check: no towns more than ``LINK_KM`` apart, no exact days ``days_apart``."""
    towns_conflict = bool(a.towns and b.towns) and not _places_agree(a, b, LINK_KM)
    return not towns_conflict and not days_apart(a, b)


def _scored_pairs(
    batch: list[Extraction], threshold: float, gap_days: int | None, undated_names: bool,
    undated_affinity: float | None,
) -> list[tuple[str, str, float]]:
    """The pairs the document pass scores (half ``threshold`` and up, best first): every pair when ``gap_days``
    is None, else those ``may_link`` allows, and undated pairs whose places and days allow (``undated_link_holds``
    decides later whether they link)."""

    if gap_days is None:
        return related_documents(batch, threshold / 2)  # every pair may link: nothing to ask per pair

    def allowed(a: Features, b: Features) -> bool:
        undated = a.published is None or b.published is None
        if undated and undated_affinity is not None and _places_and_days_allow(a, b):
            return True  # scored, then kept only by undated_link_holds
        return may_link(a, b, gap_days, undated_names=undated_names)

    return related_documents(batch, threshold / 2, allowed)


def _linked_pairs(
    batch: list[Extraction], pairs: list[tuple[str, str, float]], undated_affinity: float | None,
    undated_towns: float | None = 0.2,
) -> list[tuple[str, str, float]]:
    """The scored pairs ``document_clusters`` links (see there)."""
    if undated_affinity is None:
        return pairs
    by_id = {e.document.id: e for e in batch}
    return [
        (a, b, score) for a, b, score in pairs
        if undated_link_holds(
            features_of(by_id[a]), features_of(by_id[b]), score, undated_affinity, towns=undated_towns
        )
    ]


def _nearest(pairs: list[tuple[str, str, float]], floor: float) -> dict[str, str]:
    """Each document's best-scoring partner among ``pairs`` (best first), from ``floor`` up."""
    nearest: dict[str, str] = {}
    for a, b, score in pairs:
        if score < floor:
            break
        nearest.setdefault(a, b)
        nearest.setdefault(b, a)
    return nearest


@dataclass(frozen=True, slots=True)
class DocumentLinks:
    """What the document pass finds: ``clusters`` of reports telling one story (ids in input order), and for
    each report its ``nearest`` report (the best-scoring pair the pass's place, day and time checks allow, from
    the floor asked for; see ``document_links``)."""

    clusters: list[list[str]]
    nearest: dict[str, str]


def document_links(
    extractions: Iterable[Extraction],
    threshold: float = CLUSTER_THRESHOLD,
    *,
    gap_days: int | None = LINK_GAP_DAYS,
    undated_names: bool = False,
    undated_affinity: float | None = None,
    undated_towns: float | None = 0.2,
    nearest_floor: float | None = None,
) -> DocumentLinks:
    """``document_clusters`` (see there), and from the same scored pairs (no pair scored twice) each report's
    nearest report at ``nearest_floor`` or more (None: none asked). Why the nearest from the pairs before the
    undated filter: a report the clusters leave alone has no story of its own to be mixed into another; its
    best pair at a strong score is where a reader would file it (``Grouper.join_nearest``)."""
    batch = list({e.document.id: e for e in extractions}.values())  # a text twice is one document
    scored = _scored_pairs(batch, threshold, gap_days, undated_names, undated_affinity)
    linked = scored if gap_days is None else _linked_pairs(batch, scored, undated_affinity, undated_towns)
    clusters = _average_link([e.document.id for e in batch], linked, threshold)
    return DocumentLinks(clusters, {} if nearest_floor is None else _nearest(scored, nearest_floor))


def document_clusters(
    extractions: Iterable[Extraction],
    threshold: float = CLUSTER_THRESHOLD,
    *,
    gap_days: int | None = LINK_GAP_DAYS,
    undated_names: bool = False,
    undated_affinity: float | None = None,
    undated_towns: float | None = 0.2,
) -> list[list[str]]:
    """Documents grouped by average-link clustering over ``related_documents`` pairs (ids in input order).

    Average link rather than single link: one report that mentions two events must not chain them.
    Two groups join when the mean affinity over all their cross pairs (pairs never scored count 0)
    reaches ``threshold``; the best-linked groups join first. Pairs that ``may_link`` refuses (``gap_days``;
    None: every pair is linked) count 0. ``undated_affinity``: a pair where a report has no publication day
    also links when its places and days allow and its affinity reaches this, or it shares a participant, or a
    town from ``undated_towns`` (None: off; ``undated_link_holds``). Every
    document appears once.
    """
    return document_links(
        extractions, threshold, gap_days=gap_days, undated_names=undated_names,
        undated_affinity=undated_affinity, undated_towns=undated_towns,
    ).clusters


def _average_link(ids: list[str], pairs: list[tuple[str, str, float]], threshold: float) -> list[list[str]]:
    """Average-link clustering of ``ids`` over the scored ``pairs`` (see ``document_clusters``)."""
    parent = {doc: doc for doc in ids}
    size = dict.fromkeys(ids, 1)
    links: dict[str, dict[str, float]] = {doc: {} for doc in ids}  # group root → other root → summed affinity
    for a, b, score in pairs:
        links[a][b] = links[a].get(b, 0.0) + score
        links[b][a] = links[b].get(a, 0.0) + score

    def root(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    def mean(a: str, b: str) -> float:
        return links[a].get(b, 0.0) / (size[a] * size[b])

    heap = [(-mean(a, b), a, b) for a in links for b in links[a] if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if -negative < threshold:
            break
        if a not in links or b not in links or b not in links[a]:
            continue  # one of them has joined another group since
        current = mean(a, b)
        if current != -negative:  # stale: the groups grew; file again under the current mean
            heapq.heappush(heap, (-current, a, b))
            continue
        parent[a] = b
        size[b] += size.pop(a)
        for other, total in links.pop(a).items():
            links[other].pop(a, None)
            if other != b:
                links[b][other] = links[b].get(other, 0.0) + total
                links[other][b] = links[other].get(b, 0.0) + total
                heapq.heappush(heap, (-mean(b, other), min(b, other), max(b, other)))
    groups: dict[str, list[str]] = {}
    for doc in ids:
        groups.setdefault(root(doc), []).append(doc)
    return list(groups.values())
