"""Document affinity: reports of one event score above look-alikes of the same kind (another day, another town)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from counterclaim.incidents import similarity
from counterclaim.incidents.similarity import document_affinity
from counterclaim.models import Claim, Claimant, Count, DateRef, Document, Extraction, Location, document_id


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    similarity.reset()
    yield
    similarity.reset()


def _claim(doc: str, place: Location | None, day: str | None, killed: int | None) -> Claim:
    counts = [Count("killed", None, killed, killed, None, str(killed))] if killed else []
    return Claim(
        id=f"{doc}-c",
        document_id=doc,
        event_type="ASSAULT",
        mode=None,
        acled=None,
        actors=[],
        targets=[],
        target_categories=[],
        locations=[place] if place else [],
        date=DateRef(day, day, precision="day"),
        counts=counts,
        claimant=Claimant(None, "publication"),
        negated=False,
        hedged=False,
        start=0,
        end=1,
    )


def _report(
    text: str, published: str, place: Location | None = None, day: str | None = None, killed: int | None = None
) -> Extraction:
    doc = document_id(text)
    return Extraction(
        document=Document(id=doc, text=text, published=published), claims=[_claim(doc, place, day, killed)]
    )


SPRINGFIELD = Location("Springfield", "United States", "Illinois", 39.80, -89.64, 1)
PEORIA = Location("Peoria", "United States", "Illinois", 40.69, -89.59, 1)

ONE = _report(
    "Police in Springfield said Marcus Delaney, 24, was shot dead outside the Blue Heron Lounge on Elm Street "
    "early Saturday. Officers found three other men wounded. Chief Laura Pratt said no arrest had been made.",
    "2015-06-13",
    SPRINGFIELD,
    "2015-06-13",
    1,
)
ONE_AGAIN = _report(
    "A vigil was held for Marcus Delaney, who was killed in the shooting at the Blue Heron Lounge in Springfield. "
    "Police Chief Laura Pratt asked witnesses of the Elm Street shooting to come forward.",
    "2015-06-15",
    SPRINGFIELD,
    None,
    None,
)
MONTH_LATER = _report(
    "A 19-year-old man was charged on Monday with the murder of Marcus Delaney, shot outside the Blue Heron Lounge "
    "in Springfield last month, prosecutors said.",
    "2015-07-20",
    SPRINGFIELD,
    None,
    None,
)
OTHER_DAY_SAME_CITY = _report(
    "Police in Springfield said a woman, Tanya Brooks, 31, was shot in the leg in a parking lot on Oak Avenue on "
    "Tuesday night. Officers said the gunman fled in a grey car. No arrest had been made.",
    "2015-09-02",
    SPRINGFIELD,
    "2015-09-01",
    None,
)
SAME_DAY_OTHER_CITY = _report(
    "Police in Peoria said a man was shot dead outside a nightclub early Saturday and three other men were "
    "wounded. Officers said no arrest had been made and asked witnesses to call.",
    "2015-06-13",
    PEORIA,
    "2015-06-13",
    1,
)
UNRELATED = _report(
    "The city council approved a new budget for road repairs on Thursday after a long debate about taxes.",
    "2015-06-13",
)
ALL = [ONE, ONE_AGAIN, MONTH_LATER, OTHER_DAY_SAME_CITY, SAME_DAY_OTHER_CITY, UNRELATED]


def test_reports_of_one_event_score_above_look_alikes_of_the_same_kind() -> None:
    similarity.observe(ALL)
    same = [document_affinity(ONE, ONE_AGAIN), document_affinity(ONE, MONTH_LATER)]
    look_alikes = [
        document_affinity(ONE, OTHER_DAY_SAME_CITY),
        document_affinity(ONE, SAME_DAY_OTHER_CITY),
        document_affinity(ONE, UNRELATED),
    ]
    assert min(same) > max(look_alikes)


def test_affinity_is_symmetric_bounded_and_one_for_the_same_document() -> None:
    similarity.observe(ALL)
    for a in ALL:
        assert document_affinity(a, a) == 1.0
        for b in ALL:
            assert 0.0 <= document_affinity(a, b) <= 1.0
            assert document_affinity(a, b) == pytest.approx(document_affinity(b, a))


def test_words_every_report_uses_count_less_than_names() -> None:
    similarity.observe(ALL)
    shared_routine = document_affinity(ONE, SAME_DAY_OTHER_CITY)  # "shot dead", "no arrest", "witnesses"
    shared_names = document_affinity(ONE, ONE_AGAIN)  # the victim, the bar, the chief
    assert shared_names > 2 * shared_routine


def test_a_document_without_text_or_claims_is_unlike_anything() -> None:
    empty = Extraction(document=Document(id="empty", text=""))
    assert document_affinity(empty, ONE) == 0.0


def test_related_documents_finds_the_same_event_and_clusters_keep_look_alikes_apart() -> None:
    pairs = {(a, b) for a, b, _ in similarity.related_documents(ALL, 0.1)} | {
        (b, a) for a, b, _ in similarity.related_documents(ALL, 0.1)
    }
    assert (ONE.document.id, ONE_AGAIN.document.id) in pairs
    similarity.reset()
    clusters = [set(c) for c in similarity.document_clusters(ALL, 0.15)]
    one = next(c for c in clusters if ONE.document.id in c)
    assert ONE_AGAIN.document.id in one
    assert not one & {OTHER_DAY_SAME_CITY.document.id, SAME_DAY_OTHER_CITY.document.id, UNRELATED.document.id}
    assert sorted(d for c in clusters for d in c) == sorted(e.document.id for e in ALL)


def test_a_text_given_twice_is_one_document_in_the_clusters() -> None:
    clusters = similarity.document_clusters([ONE, ONE, UNRELATED])
    assert sorted(len(c) for c in clusters) == [1, 1]
