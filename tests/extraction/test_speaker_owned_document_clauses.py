"""A named person's document as the subject of a verb before the quote, the verb present or
past ("Mokoena’s review had described a menu that was “…”", "Benali-Kerr’s memo ends on a
line …: “…”", "Her review described …"), is that person's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“technically dazzling and almost entirely joyless,”"


@pytest.mark.parametrize(
    "clause",
    [
        "Mokoena’s review had described a menu that was",
        "Mokoena’s review described the tasting menu as",
        "Naledi Mokoena’s latest review called the tasting menu",
        "Her review described a menu that was",
        "Mokoena’s column has called the tasting menu",
    ],
)
def test_the_owners_document_speaks_for_her(clause: str) -> None:
    paragraphs = [
        "The critic Naledi Mokoena gave Lumbre two stars on Sunday.",
        f"{clause} {_QUOTE} singling out the eel as the best dish of the year.",
    ]
    assert speakers_in_order(paragraphs) == ["Naledi Mokoena"]


def test_a_memo_ending_on_a_line_is_its_writers() -> None:
    paragraphs = [
        "In a memo to staff, the bulletin’s editor, Farid Benali-Kerr, took the blame.",
        "Presenters read the correction that evening. The regulator said it had 312 complaints.",
        "Benali-Kerr’s memo ends on a line several staff said had been pinned up by Tuesday:"
        " “If we did not film it, we do not know it.”",
    ]
    assert speakers_in_order(paragraphs) == ["Farid Benali-Kerr"]


def test_someone_quoted_by_the_review_is_not_read_past_a_sentence() -> None:
    """The document must open the quote's own sentence: a review mentioned a sentence before
    leaves a quote tagged with its own speaker alone."""
    paragraphs = [
        "The critic Naledi Mokoena gave Lumbre two stars. Mokoena’s review had described the"
        " menu as joyless.",
        "“We cook for the people who come here, not for critics with deadlines,” said the chef,"
        " Tomás Ferreira-Quist.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomás Ferreira-Quist"]


def test_a_body_owned_document_stays_the_bodys() -> None:
    paragraphs = [
        "The Harbour Board published its findings on Monday.",
        "The Harbour Board’s report found that the valve had “failed without any warning at all.”",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Board"]
