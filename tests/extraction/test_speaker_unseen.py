"""Speakers for shapes first seen on a batch of articles labelled before the rules saw them."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_two_word_surname_after_a_first_name_keeps_the_first_name() -> None:
    paragraphs = [
        "“Night work changes the body in ways we barely measure yet,” says Nadia Grant Ellery,"
        " a sleep researcher at a city hospital.",
        "Shift workers sleep less on their days off, the study found. “Most of them never catch"
        " up on what they lost during the week,” Grant Ellery says.",
    ]
    assert speakers_in_order(paragraphs) == ["Nadia Grant Ellery", "Nadia Grant Ellery"]


def test_a_title_before_a_full_name_is_not_taken_as_a_first_name() -> None:
    paragraphs = [
        "Harbour Master Maria Quinlan closed the pier at dawn.",
        "“Nobody goes out on the water until the wind drops,” Maria Quinlan said.",
    ]
    assert speakers_in_order(paragraphs) == ["Maria Quinlan"]
