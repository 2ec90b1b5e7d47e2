"""Syndication: the same story behind different page furniture is one source; look-alike reports are not copies."""

from __future__ import annotations

from pathlib import Path

from counterclaim.incidents.syndication import SyndicationIndex, containment, copies, shingles
from counterclaim.ingest import document_from_text
from counterclaim.models import Document, Extraction, document_id

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
EXAMPLE = Path(__file__).resolve().parent.parent / "src" / "counterclaim" / "examples" / "voa_russia_syria_strikes.txt"

STORY = (
    "Shelling hit the market square of a river town in the north on Thursday morning, local medics said. "
    "The town's hospital director told reporters that eleven people were killed and thirty were wounded, "
    "most of them traders and shoppers. A spokesman for the provincial governor blamed artillery units "
    "stationed on the hills west of the town. The army said in a statement that its units had not fired "
    "on the town and accused armed groups of staging the attack. Residents said the shells fell within "
    "minutes of each other as the market opened, and that ambulances took the wounded to two clinics."
)
FURNITURE_A = "Home | World | Politics | Sport\nTrending: fuel prices rise again\n"
FURNITURE_B = (
    "\nShare this article on social media.\nRelated stories: Floods close mountain road; "
    "Cabinet meets on budget; Local team wins cup final\nComments are closed.\n© 2016 Some News Site"
)
OTHER_STORY = (
    "An air strike hit a bakery in a village near the border on Sunday evening, a monitoring group said. "
    "It said five people were killed, including two children, and that the village had been shelled the "
    "week before. The defence ministry denied that its aircraft had flown over the area that day and said "
    "the reports were fabricated. Witnesses said a second strike followed as neighbours searched the rubble."
)


def _extraction(text: str, published: str | None = None) -> Extraction:
    return Extraction(document=Document(id=document_id(text), text=text, published=published))


def test_the_same_story_behind_other_page_furniture_is_a_copy_of_the_earliest() -> None:
    first = _extraction(FURNITURE_A + STORY, published="2016-03-04")
    repost = _extraction(STORY + FURNITURE_B, published="2016-03-05")
    found = copies([repost, first])  # seen in the other order: the earliest published is still the original
    assert found == {repost.document.id: first.document.id}


def test_a_different_report_of_the_same_kind_is_not_a_copy() -> None:
    assert copies([_extraction(STORY), _extraction(OTHER_STORY)]) == {}


def test_undated_copies_take_the_first_seen_as_original_and_dated_beats_undated() -> None:
    a, b = _extraction(FURNITURE_A + STORY), _extraction(STORY + FURNITURE_B)
    assert copies([a, b]) == {b.document.id: a.document.id}
    c = _extraction(STORY, published="2016-03-06")
    assert copies([a, b, c]) == {a.document.id: c.document.id, b.document.id: c.document.id}


def test_the_index_takes_documents_one_at_a_time() -> None:
    index = SyndicationIndex()
    first = _extraction(STORY, published="2016-03-05").document
    assert index.add(first) == []
    assert index.add(_extraction(OTHER_STORY).document) == []
    late_but_earlier = _extraction(FURNITURE_A + STORY, published="2016-03-04").document
    assert index.add(late_but_earlier) == [first.id]
    assert index.original_of(first.id) == late_but_earlier.id
    assert index.add(first) == []  # the same document again is not indexed twice


def test_a_report_quoting_one_sentence_of_another_is_not_a_copy() -> None:
    quoting = OTHER_STORY + " " + STORY.split(". ")[0] + "."
    assert containment(shingles(quoting), shingles(STORY)) < 0.8
    assert copies([_extraction(STORY), _extraction(quoting)]) == {}


def test_the_seed_and_copies_of_it_behind_other_page_furniture_count_as_one_source() -> None:
    """The cleaner already strips the blog page's furniture (same text, same id); what it leaves in plain-text
    re-posts (menus, related headlines, footers) must not hide the copy."""
    text = EXAMPLE.read_text(encoding="utf-8")
    seed = document_from_text(text, published="2015-09-30")
    blog = document_from_text((FIXTURES / "blog_voa_russia_syria.html").read_text(encoding="utf-8"))
    repost = document_from_text(FURNITURE_A + text + FURNITURE_B, published="2015-10-01")
    other = document_from_text(OTHER_STORY + "\n\n" + FURNITURE_B)
    found = copies([Extraction(document=d) for d in (repost, blog, seed, other)])
    assert found == {repost.id: seed.id} and blog.id == seed.id
