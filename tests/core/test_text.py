"""The text toolkit every renderer uses: sentences, trimming, URLs, hashtags, plurals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import text

INSLEE = (
    "Gov. Jay Inslee said the U.S. budget grew 2.5 percent. Critics disagreed. J. K. Rowling wrote."
)


def test_sentences_keep_abbreviations_initials_and_decimals() -> None:
    assert text.sentences(INSLEE) == [
        "Gov. Jay Inslee said the U.S. budget grew 2.5 percent.",
        "Critics disagreed.",
        "J. K. Rowling wrote.",
    ]


def test_first_sentence_is_never_cut_at_an_abbreviation() -> None:
    assert text.first_sentence(INSLEE) == "Gov. Jay Inslee said the U.S. budget grew 2.5 percent."
    assert text.first_sentence("Only a line\nand another. Yes.") == "Only a line"
    assert text.first_sentence("") == ""


def test_trim_keeps_whole_sentences() -> None:
    value = "First sentence here. Second one is longer! Third? Fourth."
    assert text.trim(value, 100) == value
    assert text.trim(value, 45) == "First sentence here. Second one is longer!"
    assert text.trim(value, 25) == "First sentence here."
    assert text.trim("“Quoted.” Then more text follows.", 12) == "“Quoted.”"
    assert text.trim(INSLEE, 70) == "Gov. Jay Inslee said the U.S. budget grew 2.5 percent."


def test_trim_falls_back_to_words_then_characters() -> None:
    assert text.trim("One very long sentence without a break", 20) == "One very long…"
    assert text.trim("Supercalifragilistic", 10) == "Supercali…"
    assert text.trim("alpha beta gamma delta", 12) == "alpha beta…"
    assert text.trim("One. Two three four.", 10) == "One."
    assert text.trim("abc", 0) == ""
    assert text.trim("abcdef", 1) == "…"
    assert text.trim("  padded  ", 10) == "padded"


def test_emoji_count_twice_in_utf16_units() -> None:
    value = "📰 News in brief. The world today 🌍."
    assert text.utf16_units("📰a") == 3 and text.chars("📰a") == 2
    assert text.trim(value, 17, text.utf16_units) == "📰 News in brief."
    assert text.trim(value, 16, text.chars) == "📰 News in brief."
    assert text.trim(value, 16, text.utf16_units) == "📰 News in…"
    assert text.cut_words("📰📰📰📰📰", 5, text.utf16_units) == "📰📰…"


@given(st.text(max_size=300), st.integers(min_value=0, max_value=120))
def test_trim_never_exceeds_the_budget(value: str, limit: int) -> None:
    for measure in (text.chars, text.utf16_units):
        assert measure(text.trim(value, limit, measure)) <= limit


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://news.example/a?b=1", True),
        ("HTTPS://NEWS.EXAMPLE/", True),
        ("http://x.example", True),
        ("javascript:alert(1)", False),
        ("ftp://x.example", False),
        ('https://x.example/"><b>', False),
        ("https://x.example/<script>", False),
        ("https://x.example/it's", False),
        ("https://x.example/a b", False),
        ("https://x.example/\x07", False),
        ("https://", False),
        ("https://x.example/" + "a" * 3000, False),
        ("", False),
        (None, False),
    ],
)
def test_one_safe_url_rule(url: str | None, safe: bool) -> None:
    assert (text.safe_url(url) is not None) is safe


@pytest.mark.parametrize(
    ("category", "tag"),
    [
        ("Politics", "#Politics"),
        ("world news", "#WorldNews"),
        ("World News & Politics", "#WorldNewsPolitics"),
        ("U.S. politics", "#USPolitics"),
        ("2024", "#News2024"),
        ("!!!", "#News"),
        ("Политика и общество", "#ПолитикаИОбщество"),
        ("snake_case name", "#SnakecaseName"),
    ],
)
def test_hashtags(category: str, tag: str) -> None:
    assert text.hashtag(category) == tag


def test_plurals_and_digest_lines() -> None:
    assert text.plural(1, "article") == "1 article"
    assert text.plural(0, "article") == "0 articles"
    assert text.plural(2, "reply", "replies") == "2 replies"
    assert text.missed_line(12) == "While paused you missed 12 articles:"
    assert text.and_more(3) == "… and 3 more"


def test_a_long_first_sentence_is_found_whole() -> None:
    first = "Gov. Jay Inslee said the U.S. budget grew " + "very " * 120 + "fast."
    assert text.first_sentence(f"{first} Then more. And more.") == first
    assert text.first_sentence(first) == first
    assert text.trim(f"{first} Then more.", len(first) + 3) == first
