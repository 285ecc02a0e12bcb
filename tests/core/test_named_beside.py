"""Key quotes prefer speakers named right beside the quote over those found further off."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.extraction.keyquotes import key_quotes
from bot.extraction.named_beside import beside, has_word, name_words
from bot.models import Article, Quote


def pieces_of(flat: str, *texts: str) -> list[tuple[str, int]]:
    return [(text, flat.index(text)) for text in texts]


def test_a_name_in_the_quotes_own_tag_is_beside_it() -> None:
    flat = "“The ferry will run all winter,” said Mia Holt, the harbour master."
    assert beside(flat, [0], pieces_of(flat, "The ferry will run all winter,"), "Mia Holt")
    flat = "Holt told reporters: “The ferry will run all winter.”"
    assert beside(flat, [0], pieces_of(flat, "The ferry will run all winter."), "Mia Holt")


def test_a_name_only_in_the_paragraph_before_is_not() -> None:
    first = "Mia Holt has run the harbour for a decade and knows every boat in it."
    second = "“The ferry will run all winter,” she said."
    flat = f"{first} {second}"
    starts = [0, len(first) + 1]
    assert not beside(flat, starts, pieces_of(flat, "The ferry will run all winter,"), "Mia Holt")
    assert not beside(flat, starts, pieces_of(flat, "The ferry will run all winter,"), None)


def test_a_name_far_off_in_a_long_paragraph_is_not() -> None:
    flat = (
        "Mia Holt opened the meeting, thanked the volunteers who painted the sheds and listed"
        " the repairs still to come before spring. Later she added,"
        " “The ferry will run all winter.”"
    )
    assert not beside(flat, [0], pieces_of(flat, "The ferry will run all winter."), "Mia Holt")


def test_a_name_between_the_halves_of_a_split_quote_counts() -> None:
    flat = "“The ferry will run,” Holt said on Friday, “and the fares will not go up at all.”"
    found = pieces_of(flat, "The ferry will run,", "and the fares will not go up at all.")
    assert beside(flat, [0], found, "Mia Holt")


def test_particles_and_short_words_do_not_name_anyone() -> None:
    assert name_words("Ana de la Cruz") == ["Ana", "Cruz"]
    assert name_words("Port of Riverton Authority") == ["Port", "Riverton", "Authority"]


def test_key_quotes_put_a_speaker_named_beside_the_quote_first() -> None:
    paragraphs = (
        "Mia Holt, the harbour master, walked the new quay with the press on Friday morning.",
        "“Every boat in this town will have a berth by the end of the year,” she said.",
        "“The ferry will run all winter,” Holt said.",
        "“My grandchildren will cycle over the bridge to school,” said Ada Crane.",
        "“Our shop had its busiest morning since the summer fair,” said Ray Osei.",
    )
    quotes = (
        Quote("Every boat in this town will have a berth by the end of the year,", "Mia Holt"),
        Quote("The ferry will run all winter,", "Mia Holt"),
        Quote("My grandchildren will cycle over the bridge to school,", "Ada Crane"),
        Quote("Our shop had its busiest morning since the summer fair,", "Ray Osei"),
    )
    article = Article(
        identity="test",
        category="Local",
        headline="Riverton opens its new quay",
        paragraphs=paragraphs,
        summary="Riverton opened a quay on Friday. Crowds came to watch.",
        quotes=quotes,
    )
    shown = key_quotes(article)
    assert [q.text for q in shown] == [
        "The ferry will run all winter,",
        "My grandchildren will cycle over the bridge to school,",
        "Our shop had its busiest morning since the summer fair,",
    ]
    assert [q.speaker for q in key_quotes(article, limit=4)][-1] == "Mia Holt"


_PIECES = st.sampled_from(["Holt", "holt", "Holts", "_", "é", "2", " ", "-", "’", "Mia", "x"])


@given(st.lists(_PIECES, max_size=12).map("".join), st.sampled_from(["Holt", "Mia", "é"]))
def test_a_name_is_found_as_a_whole_word_exactly_as_a_pattern_would(text: str, word: str) -> None:
    expected = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
    assert has_word(text, word) == expected
