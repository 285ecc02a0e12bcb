"""The Burmese honorific "Daw" before a woman's name is no part of it and says she is a woman."""

from __future__ import annotations

from bot.extraction.title_genders import title_gender
from tests.extraction.speaking import speakers_in_order


def test_daw_is_dropped_from_the_name() -> None:
    paragraphs = [
        "“We were never told the dam would be opened,” said Aung Kyaw Moe, a farmer near Mandalay.",
        "“The water came in the middle of the night,” said Daw Tin Tin Aye, a teacher.",
    ]
    assert speakers_in_order(paragraphs) == ["Aung Kyaw Moe", "Tin Tin Aye"]


def test_daw_makes_the_name_after_it_a_woman() -> None:
    text = "Daw Khin Mya"
    assert title_gender(text, "Khin Mya", [text.index("Khin Mya")]) == "f"
    paragraphs = [
        "Daw Khin Mya, 70, and Aung Kyaw Moe lost their rice fields in the flood.",
        "“The water came in the middle of the night,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Khin Mya"]
