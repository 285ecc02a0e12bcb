"""A document noun inside a body's name ("Office of Research Integrity", "Centre for Policy
Research", "the Research Integrity Office") is part of the name, not a document whose issuer
is the words before it: "the report reads" is the whole body's."""

from __future__ import annotations

import pytest

from bot.extraction.document_owners import in_a_name
from tests.extraction.speaking import speakers_in_order

_QUOTE = " “The similarities are consistent with the conventions of the time,” the report reads."


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "A 2019 report by the Office of Research Integrity at Ardmore, seen by the"
            " Lantern, closed the case.",
            "Office of Research Integrity",
        ),
        ("A report by the Research Integrity Office closed the case.", "Research Integrity Office"),
        (
            "A report by the Centre for Policy Research closed the case.",
            "Centre for Policy Research",
        ),
        ("A report by the Harwell Integrity Office closed the case.", "Harwell Integrity Office"),
    ],
)
def test_the_body_issues_the_report(lead: str, name: str) -> None:
    assert speakers_in_order([lead + _QUOTE]) == [name]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("the Office of Research Integrity", "Research", True),
        ("the Research Integrity Office", "Research", True),
        ("The Carrow Review", "Review", True),
        ("Research shows the rule works.", "Research", False),  # a sentence opening
        ("a report of the board", "report", False),  # lower case
        ("Studies of Tarn Bay found it.", "Studies", False),  # "of" after, a place after
    ],
)
def test_in_a_name(text: str, word: str, expected: bool) -> None:
    assert in_a_name(text, text.index(word)) is expected
