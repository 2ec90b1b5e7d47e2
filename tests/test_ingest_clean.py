"""Stage 1 cleaning: page furniture, whitespace and quotes, on the seed and on small made-up texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterclaim.ingest.clean import clean_text, furniture_rules, normalise_quotes, split_paragraphs

SEED = Path(__file__).parent / "fixtures" / "ingest" / "voa_blog_scrape.txt"


@pytest.fixture(scope="module")
def seed_raw() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_clean(seed_raw: str) -> str:
    return clean_text(seed_raw)


def test_seed_loses_blog_furniture(seed_clean: str) -> None:
    assert "Posted in" not in seed_clean
    assert "Comments are closed" not in seed_clean


def test_seed_keeps_every_report_paragraph(seed_raw: str, seed_clean: str) -> None:
    raw_paragraphs = [normalise_quotes(p.strip()) for p in seed_raw.split("\n\n") if p.strip()]
    report = raw_paragraphs[:-2]  # the last two are "Posted in …" and "Comments are closed."
    assert seed_clean.split("\n\n") == report
    assert seed_clean.startswith("There have been reports of at least 36 civilian casualties.")
    assert seed_clean.endswith('because we agree on the urgency of that de-confliction."')


def test_seed_quotes_are_straight(seed_clean: str) -> None:
    assert not set("“”‘’") & set(seed_clean)
    assert "\"Today, Russia's air force carried out targeted strikes" in seed_clean


def test_paragraphs_are_separated_by_exactly_one_blank_line(seed_clean: str) -> None:
    assert "\n\n\n" not in seed_clean
    assert all(paragraph and "\n" not in paragraph for paragraph in seed_clean.split("\n\n"))


def test_whitespace_is_normalised() -> None:
    text = "  First\u00a0paragraph,\tsaid   the   officer.  \r\n\r\n\r\n\u2003Second\u200b one.  \n"
    assert clean_text(text) == "First paragraph, said the officer.\n\nSecond one."


def test_text_is_nfc() -> None:
    assert clean_text("Ale\u0301ppo was shelled again on Monday.") == "Al\u00e9ppo was shelled again on Monday."


@pytest.mark.parametrize(
    ("styled", "plain"),
    [
        ("“Yes,” he said.", '"Yes," he said.'),
        ("„Ja“ and «oui» and ″x″", '"Ja" and "oui" and "x"'),
        ("‘Soon,’ the army’s ‚man′ said.", "'Soon,' the army's 'man' said."),
    ],
)
def test_quote_styles_become_straight(styled: str, plain: str) -> None:
    assert normalise_quotes(styled) == plain


def test_dashes_are_kept() -> None:
    assert clean_text("Targets only — and not rebels – were hit.") == "Targets only — and not rebels – were hit."


def test_hard_wrapped_paragraph_is_joined() -> None:
    wrapped = (
        "The ministry said its aircraft had struck eight targets overnight,\n"
        "including a command post and an ammunition depot near the town of\n"
        "Talbiseh, and that a direct line for military-to-\n"
        "military talks was open."
    )
    assert split_paragraphs(wrapped) == [
        "The ministry said its aircraft had struck eight targets overnight, including a command post "
        "and an ammunition depot near the town of Talbiseh, and that a direct line for military-to-military "
        "talks was open."
    ]


def test_one_paragraph_per_line_stays_apart() -> None:
    text = "First paragraph of the report.\nSecond paragraph of the report.\nThird."
    assert split_paragraphs(text) == ["First paragraph of the report.", "Second paragraph of the report.", "Third."]


def test_furniture_at_start_and_end_goes() -> None:
    text = "\n\n".join(
        [
            "Home » World » Middle East",
            "By Henry Ridgwell",
            "Posted on September 30, 2015",
            "The strike hit the market at noon, officials said.",
            "Witnesses said at least ten people died.",
            "Share this:",
            "Facebook",
            "Twitter",
            "Filed under: Syria, Russia",
            "Tags: airstrikes, Syria",
            "Copyright © 2015 World Desk Daily. All rights reserved.",
        ]
    )
    assert clean_text(text) == (
        "The strike hit the market at noon, officials said.\n\nWitnesses said at least ten people died."
    )


def test_standalone_furniture_in_the_body_goes() -> None:
    text = "First paragraph, officials said.\n\nAdvertisement\n\nRead more: Syria's war explained\n\nLast paragraph."
    assert clean_text(text) == "First paragraph, officials said.\n\nLast paragraph."


def test_related_posts_and_comments_sections_are_cut() -> None:
    text = (
        "One.\n\nTwo.\n\nThree, the army said.\n\nRelated posts:\nRefugees reach Lesbos\nUN talks open\n\n"
        "Leave a Reply\n\nYour email address will not be published."
    )
    assert clean_text(text) == "One.\n\nTwo.\n\nThree, the army said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents said the posts were filed under a false name, and comments are closed to the public.",
        "The ministry posted in Arabic on Telegram that the share of civilian deaths had risen.",
        "Subscribers to the channel were told to read more carefully before sharing footage.",
        "Copyright lawyers for the broadcaster said all rights reserved to it had been infringed by the army.",
        "More on that later, the minister told reporters.",
        "Responses",
    ],
)
def test_body_sentences_with_furniture_words_are_kept(sentence: str) -> None:
    text = f"The report opens here.\n\n{sentence}\n\nThe report closes here."
    assert sentence in clean_text(text)


def test_last_sentence_with_furniture_words_is_kept() -> None:
    text = "The report opens here.\n\nResidents said the posts were filed under a false name."
    assert clean_text(text).endswith("filed under a false name.")


def test_only_furniture_leaves_nothing() -> None:
    assert clean_text("Posted in Uncategorized\n\nComments are closed.\n\n   ") == ""


def test_furniture_rules_load_with_every_scope() -> None:
    scopes = {rule.scope for rule in furniture_rules()}
    assert scopes == {"edge", "end", "any", "tail", "inline", "caption", "span"}


def test_end_of_report_lead_ins_and_contact_lines_go() -> None:
    text = (
        "The strike hit the market at noon, officials said.\n\n"
        "Here is what the ministry said:\n\n"
        "Nobody was hurt, a spokesman said.\n\n"
        "Also on World Desk:\n\n"
        "Contact Jane Roe at (302) 555-0100 or jroe@worlddesk.example.com.\n\n"
        "twitter.com/janeroe"
    )
    assert clean_text(text) == (
        "The strike hit the market at noon, officials said.\n\n"
        "Here is what the ministry said:\n\n"
        "Nobody was hurt, a spokesman said."
    )


def test_lead_in_at_the_start_is_kept() -> None:
    text = "Here is what we know so far:\n\nThe strike hit the market at noon, officials said."
    assert clean_text(text).startswith("Here is what we know so far:")


def test_wordpress_feed_footer_goes() -> None:
    text = "Officials said two people died.\n\nThe post Strike hits market appeared first on World Desk."
    assert clean_text(text) == "Officials said two people died."
