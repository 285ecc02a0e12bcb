"""Words for a person ("the creator", "the inventor"), sentences saying whose words a quote
was, and their near misses."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


def test_a_word_for_a_person_after_the_quote_means_the_person_named_before() -> None:
    paragraphs = [
        "Ann Lee created the show in 2014 and still writes every episode.",
        "“I always wanted to film it in the town where I grew up,” the creator explained.",
        "Piet Vos built the first pump in his garage.",
        "“It leaked for a year before it worked,” the inventor said.",
        "Bishop Mary Okafor visited the flooded parish on Sunday.",
        "“We will rebuild the hall before winter,” the prelate told the crowd.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lee", "Piet Vos", "Mary Okafor"]


def test_an_unnamed_one_after_as_stays_unnamed() -> None:
    paragraphs = [
        "Ann Lee wrote the show.",
        "As one character explains, “today’s worries are yesterday’s worries in new clothes.”",
        "As another insider noted that week, “not one of the writers had seen it coming.”",
    ]
    assert speakers_in_order(paragraphs) == [None, None]


def test_a_person_word_heading_a_whom_clause_is_not_the_one_named_inside_it() -> None:
    paragraphs = [
        "The witch whom Nora finally meets on the island promises her “a roof and a fire for as"
        " long as you want them.”",
        "The machine Tom Hale bought blinked, and then “please insert your card again” lit up.",
    ]
    assert speakers_in_order(paragraphs) == [None, None]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("The words are Ann Lee’s, and she meant every one of them.", "Ann Lee"),
        ("Those words belong to Ann Lee, the council’s treasurer.", "Ann Lee"),
        ("Such was the verdict of Ann Lee, the treasurer, after the vote.", "Ann Lee"),
        ("The words were those of Ann Lee, the treasurer.", "Ann Lee"),
        ("The words were painted on a bridge near the depot.", None),
        ("The words were spoken at the funeral of Tom Hale, a driver.", None),
    ],
)
def test_a_sentence_after_the_quote_that_says_whose_words_they_are(
    after: str, speaker: str | None
) -> None:
    paragraphs = ["The council met on Monday.", f"“We cannot keep paying for empty buses.” {after}"]
    assert speakers_in_order(paragraphs) == [speaker]
