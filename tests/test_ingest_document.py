"""Stage 1 for one report: plain text or HTML → Document, metadata, language, and the errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.errors import EmptyDocumentError, IngestError, LanguageError
from counterclaim.ingest import document_from_text
from counterclaim.ingest.document import normalise_published
from counterclaim.ingest.html import looks_like_html
from counterclaim.models import document_id

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED_TEXT = (FIXTURES / "voa_blog_scrape.txt").read_text(encoding="utf-8")
BLOG_HTML = (FIXTURES / "blog_voa_russia_syria.html").read_text(encoding="utf-8")

GERMAN = (
    "Die Bundesregierung hat die russischen Luftangriffe in Syrien scharf verurteilt. Ein Sprecher des "
    "Auswärtigen Amtes sagte am Mittwoch in Berlin, die Angriffe hätten offenbar nicht nur Stellungen der "
    "Terrormiliz gegolten, sondern auch gemäßigten Rebellen."
)


@pytest.fixture(scope="module")
def from_text() -> object:
    return document_from_text(SEED_TEXT, source="seed.txt")


@pytest.fixture(scope="module")
def from_html() -> object:
    return document_from_text(BLOG_HTML, source="blog.html")


def test_plain_text_document(from_text) -> None:  # type: ignore[no-untyped-def]
    assert from_text.id == document_id(from_text.text)
    assert from_text.source == "seed.txt"
    assert from_text.language == "en"
    assert "Posted in" not in from_text.text
    assert "Comments are closed" not in from_text.text


def test_html_page_gives_the_same_article(from_text, from_html) -> None:  # type: ignore[no-untyped-def]
    assert from_html.text.split("\n\n") == from_text.text.split("\n\n")
    assert from_html.id == from_text.id


def test_html_page_metadata(from_html) -> None:  # type: ignore[no-untyped-def]
    assert from_html.title == "Russia Launches Airstrikes in Syria"
    assert from_html.published == "2015-09-30"
    assert from_html.author == "Henry Ridgwell"
    assert from_html.site == "World Desk Daily"
    assert from_html.url == "https://worlddesk.example.com/2015/09/30/russia-launches-airstrikes-in-syria/"
    assert from_html.source == "blog.html"


@pytest.mark.parametrize(
    "furniture",
    ["Recent Posts", "Sign up for our newsletter", "We use cookies", "Share this", "Posted in", "Theme:", "Home"],
)
def test_html_page_furniture_is_gone(from_html, furniture: str) -> None:  # type: ignore[no-untyped-def]
    assert furniture not in from_html.text


def test_explicit_metadata_wins_over_the_page() -> None:
    document = document_from_text(
        BLOG_HTML, url="https://www.voanews.com/a/russia-syria/2981563.html", title="Given", published="2015-10-01"
    )
    assert document.title == "Given"
    assert document.published == "2015-10-01"
    assert document.url == "https://www.voanews.com/a/russia-syria/2981563.html"
    assert document.source == document.url  # no source given: the url stands in
    assert document.author == "Henry Ridgwell"


def test_html_fragment_is_detected() -> None:
    fragment = "<div><p>Officials said two people were killed.</p><p>The army denied it.</p></div>"
    document = document_from_text(fragment)
    assert document.text == "Officials said two people were killed.\n\nThe army denied it."


@pytest.mark.parametrize(
    ("content", "is_html"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  <html lang='en'><p>x</p>", True),
        ("The <b>army</b> said.", False),
        ("Officials said 3 < 5 and 7 > 4 in the count.", False),
        (SEED_TEXT, False),
    ],
)
def test_html_detection(content: str, is_html: bool) -> None:
    assert looks_like_html(content) is is_html


def test_page_without_article_text() -> None:
    page = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(EmptyDocumentError, match="HTML page has no article text"):
        document_from_text(page)


def test_only_furniture_is_empty() -> None:
    with pytest.raises(EmptyDocumentError, match="no text left after removing page furniture"):
        document_from_text("Posted in Uncategorized\n\nComments are closed.")


def test_german_is_refused() -> None:
    with pytest.raises(LanguageError, match=r"^not English \(detected: de\)"):
        document_from_text(GERMAN)


def test_arabic_is_refused() -> None:
    arabic = (
        "قالت وزارة الدفاع الروسية إن طائراتها نفذت نحو عشرين طلعة جوية استهدفت مواقع تنظيم الدولة الإسلامية في سوريا."
    )
    with pytest.raises(LanguageError, match="not English"):
        document_from_text(arabic)


def test_short_cyrillic_is_refused() -> None:
    with pytest.raises(LanguageError, match=r"not English \(detected: ru\)"):
        document_from_text("Министерство обороны России заявило об ударах.")


@pytest.mark.parametrize(
    "english",
    [
        "Putin met Assad in Damascus.",
        "Kerry: no comment.",
        "Abu Mohammad al-Julani, Abu Bakr al-Baghdadi, Abu Muhammad al-Adnani, Hajji Bakr, Abu Ali al-Anbari.",
        "Jaish al-Islam, Ahrar al-Sham, Jabhat al-Nusra and Faylaq al-Rahman fighters clashed in Douma, "
        "Harasta, Zamalka, Ain Tarma and Jobar, SANA and SOHR said.",
        'Hezbollah\'s al-Manar TV quoted Sheikh Naim Qassem as saying: "Al-Muqawama mustamirra." '
        "The group denied involvement.",
        "Army gunboats sink smugglers' barge near Bakassi creek, nine dead.",
    ],
)
def test_short_or_name_heavy_english_is_kept(english: str) -> None:
    assert document_from_text(english).language == "en"


@pytest.mark.parametrize(
    "note",
    [
        # terse wire-style notes: long enough for the language model to judge, yet almost no function words
        "Army helicopters strafe suspected bandit camp near Gusau forest, Zamfara; twelve gunmen dead, "
        "two soldiers injured. Villagers return home Friday.",
        "Militia fighters ambush army patrol near Beni, North Kivu: seven soldiers killed, rifles looted, "
        "hundreds displaced. MONUSCO condemns ambush.",
        "Unknown gunmen torch police post in Ihiala, Anambra. Two officers missing, patrol vehicle burnt. "
        "State command vows manhunt.",
        "Kano: Hisbah operatives raid beer parlours, destroy crates, arrest nine traders. Residents protest "
        "outside Hisbah office, police intervene.",
    ],
)
def test_terse_english_notes_are_kept(note: str) -> None:
    assert document_from_text(note).language == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le ministère de la Défense a annoncé mardi que trois soldats avaient été tués lors d'une embuscade "
            "près de la frontière. Les assaillants ont pris la fuite vers le nord.",
            "fr",
        ),
        (
            "El gobierno regional informó el lunes que al menos cinco personas murieron en los enfrentamientos "
            "entre la policía y los manifestantes en la capital del país.",
            "es",
        ),
        (
            "Menurut juru bicara kepolisian, sekelompok orang bersenjata menyerang pos keamanan di desa itu pada "
            "malam hari dan melukai tiga petugas yang sedang berjaga.",
            "id",
        ),
        (
            "Kwa mujibu wa msemaji wa polisi, watu wenye silaha walivamia kijiji hicho usiku wa manane na kuwaua "
            "wakulima watatu kabla ya kutoroka msituni.",
            "sw",
        ),
        (
            "Police for Kaduna State don arrest three men wey dem suspect say na dem kidnap di pikin for Zaria "
            "last week. Di police spokesman talk say dem go charge dem go court.",
            "pcm",
        ),
    ],
)
def test_latin_script_prose_in_another_language_is_refused(text: str, language: str) -> None:
    # Indonesian is the case where the model splits its confidence (with Malay): the top language alone is
    # unsure, but English is plainly ruled out. Nigerian Pidgin shares English spelling and is still refused.
    with pytest.raises(LanguageError, match=rf"^not English \(detected: {language}\)"):
        document_from_text(text)


def test_ingest_errors_share_one_base() -> None:
    with pytest.raises(IngestError):
        document_from_text("   \n\n  ")


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2015-09-30", "2015-09-30"),
        ("2015-09-30T18:42:00+00:00", "2015-09-30T18:42:00+00:00"),
        ("Wed, 30 Sep 2015 18:42:00 GMT", "2015-09-30T18:42:00+00:00"),
        ("30 September 2015", "2015-09-30"),
        ("September 30, 2015", "2015-09-30"),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_published_becomes_iso(given: str | None, iso: str | None) -> None:
    assert normalise_published(given) == iso
