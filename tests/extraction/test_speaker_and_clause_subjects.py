"""A clause joined by ", and" with a subject of its own ("The benches roared, and government
backbencher Marcus Hendry could be heard calling on the opposition to “…”") is that subject's,
also after another quote earlier in the sentence; a list of outlets after "and" is no subject."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_END = "“sit down and let the man finish his answer.”"


def test_the_subject_of_a_joined_clause_speaks() -> None:
    for lead, name in (
        (
            "The benches roared, and government backbencher Marcus Hendry could be heard"
            " calling on the opposition to",
            "Marcus Hendry",
        ),
        ("The gallery jeered, and Aroha Tane could be heard urging members to", "Aroha Tane"),
        ("Papers flew, but deputy speaker Ilse Brandt was seen telling them to", "Ilse Brandt"),
    ):
        assert speakers_in_order([f"{lead} {_END}"]) == [name], name


def test_after_an_unnamed_heckle_in_the_same_sentence() -> None:
    paragraphs = [
        "Shouts of “That is not an answer!” came from the chamber, and government backbencher"
        f" Marcus Hendry could be heard calling on the opposition to {_END}",
    ]
    assert speakers_in_order(paragraphs) == [None, "Marcus Hendry"]


def test_outlets_joined_by_and_do_not_split_a_quote() -> None:
    paragraphs = [
        "“It was a disgrace from start to finish,” Ana Ruiz told the Herald, and Sky News, “and"
        " I will not let it go this time.”",
    ]
    assert set(speakers_in_order(paragraphs)) == {"Ana Ruiz"}
