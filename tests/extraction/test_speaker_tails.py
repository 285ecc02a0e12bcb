"""Speakers named at the end of the sentence in less usual shapes, on invented sentences."""

from __future__ import annotations

import pytest

from bot.extraction import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    """Speakers of the quotes in reading order."""
    text = " ".join(paragraphs)
    quotes = extract_quotes(tuple(paragraphs), "")
    return [q.speaker for q in sorted(quotes, key=lambda q: text.find(q.text[:20]))]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will appeal the ruling at once,” said Reyes's lawyer, Maya Singh.", "Maya Singh"),
        ("“We will appeal the ruling at once,” said Reyes’s lawyer, Maya Singh.", "Maya Singh"),
        (
            "“It leaves out every cost,” said Lina Ortiz's spokesman, Paul Dunne, on Friday.",
            "Paul Dunne",
        ),
        (
            "“The shelter needs more volunteers,” said the group's director, Ana Ruiz, on Monday.",
            "Ana Ruiz",
        ),
        (
            "“My client has done nothing wrong,” said her attorney, Tom Hale, in a statement.",
            "Tom Hale",
        ),
    ],
)
def test_a_description_then_the_name_after_a_comma(sentence: str, speaker: str) -> None:
    assert _speakers([sentence]) == [speaker]
