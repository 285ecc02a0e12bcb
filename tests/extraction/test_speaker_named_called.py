"""A name given with "named" or "called" after someone described ("a softly spoken man named
Ibrahim Sesay") brings that person in; it is no object of a verb."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Half the people who come in here have nowhere else to go,”"


@pytest.mark.parametrize(
    "opening",
    [
        "The librarian, a softly spoken man named Ibrahim Sesay, has worked there for years.",
        "A man named Ibrahim Sesay has worked there for years.",
        "The librarian is a man called Ibrahim Sesay.",
        "I met a nurse named Ibrahim Sesay at the door.",
    ],
)
def test_the_person_named_speaks(opening: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} he told me."]) == ["Ibrahim Sesay"]


def test_a_person_named_to_a_post_is_still_an_object() -> None:
    paragraphs = ["The mayor named Oswyth Sesay as his deputy.", f"{_QUOTE} he said."]
    assert speakers_in_order(paragraphs) == [None]


def test_a_sentence_opening_with_someone_named_gives_the_next_she() -> None:
    paragraphs = [
        "Ann Lee and her husband visited the village on Monday.",
        "A local named Tamsin Dallow told the pair that the school had flooded.",
        "She gave Ann Lee a small key, telling her, “With luck, some day, I will have you to"
        " stay.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tamsin Dallow"]
