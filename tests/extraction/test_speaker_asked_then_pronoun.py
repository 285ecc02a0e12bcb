"""A quote alone after "Asked what he would say to X, he smiled." is the answer of the one
asked, the "he" the paragraph was about, even when the quote speaks of "him" (X); the "he" is
read from before the question, so X, named in it, is not taken."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "The federation has cleared the grandmaster Yerlan Abenov. Viktor Hallenbeck had accused him.",
    "“Players should take suspicions to the arbiter,” its president, Arturo Villaseñor, said.",
]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Abenov returns next week. Asked what he would say to Hallenbeck if they met, he"
            " smiled. “I would wish him luck, and then I would try to beat him again.”",
            "Yerlan Abenov",
        ),
        (
            "Abenov returns next week. Asked about Hallenbeck, he laughed. “I will beat him"
            " again, and then I will shake his hand.”",
            "Yerlan Abenov",
        ),
        (
            "Abenov returns next week. Pressed on whether he had forgiven Hallenbeck, he"
            " shrugged. “I do not think about him at all these days.”",
            "Yerlan Abenov",
        ),
    ],
)
def test_the_one_asked_answers(paragraph: str, name: str) -> None:
    assert speakers_in_order([*_BEFORE, paragraph])[-1] == name


def test_asked_by_someone_is_not_the_answer_of_the_asker() -> None:
    paragraph = (
        "Abenov returns next week. Asked by Villaseñor about Hallenbeck, he laughed. “I will"
        " beat him again, and then I will shake his hand.”"
    )
    assert speakers_in_order([*_BEFORE, paragraph])[-1] != "Viktor Hallenbeck"
