"""A book, novel, memoir or essay that argues or says something is its author's words: "Mara
Lindgren’s new book argues that offices have “…”", "Her new book, Rooms Without Doors, argues
…", "“…,” his memoir says." The title set beside it names no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CLAIM = "“traded privacy for the appearance of collaboration.”"


@pytest.mark.parametrize(
    "sentence",
    [
        f"Mara Lindgren’s new book argues that open-plan offices have {_CLAIM}",
        f"Her new book, Rooms Without Doors, argues that open-plan offices have {_CLAIM}",
        f"Her latest essay says that open-plan offices have {_CLAIM}",
    ],
)
def test_a_book_speaks_for_its_author(sentence: str) -> None:
    paragraphs = ["The economist Mara Lindgren has a new book out this spring.", sentence]
    assert speakers_in_order(paragraphs) == ["Mara Lindgren"]


def test_a_book_of_no_one_named_names_no_one() -> None:
    paragraphs = [
        "The office was quiet on Monday.",
        f"“Open-plan offices have {_CLAIM[1:-2]},” the book says.",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have been reading Mara Lindgren’s new book, Rooms Without Doors, which argues that"
        f" open-plan offices have {_CLAIM}",
        "Everyone is talking about Mara Lindgren’s memoir, Quiet Hours, which says that offices"
        f" have {_CLAIM}",
    ],
)
def test_a_titled_book_in_a_which_clause_is_its_authors(sentence: str) -> None:
    paragraphs = ["The office was quiet on Monday.", sentence]
    assert speakers_in_order(paragraphs) == ["Mara Lindgren"]
