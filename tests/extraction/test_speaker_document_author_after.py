"""A document whose author the next sentence opens by naming ("The report, commissioned by the
X Board, found … Its author, Dr Ann Ode, said …") carries the author's words, not those of
the body that asked for it; without such a sentence the body still issued it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CREDIT = "“A letter is not a conversation, and a missed letter is not a choice,”"


@pytest.mark.parametrize(
    ("document", "author", "credit", "expected"),
    [
        (
            "The 90-page report, commissioned by the Marlow Care Board, found long delays.",
            "Its author, Dr Ines Carvalho, a retired surgeon, said staff were not to blame.",
            "the report states.",
            "Ines Carvalho",
        ),
        (
            "An independent review of the fire service was published on Monday.",
            "Its author, Kwame Boateng, spent a year visiting stations.",
            "the review says.",
            "Kwame Boateng",
        ),
        (
            "The study, paid for by the Hallam Trust, followed 4,000 families.",
            "Its lead author, Professor Mei Lin Chow, said the results surprised her.",
            "the study concludes.",
            "Mei Lin Chow",
        ),
        (
            "The Ferrow Council audit was released late on Friday.",
            "The audit's author, Tomasz Wrona, declined to comment.",
            "the audit said.",
            "Tomasz Wrona",
        ),
    ],
)
def test_the_named_author_speaks(document: str, author: str, credit: str, expected: str) -> None:
    assert speakers_in_order([document, author, f"{_CREDIT} {credit}"]) == [expected]


def test_without_an_author_the_body_issued_it() -> None:
    document = "The Marlow Care Board published its annual report on Monday."
    later = "Its chair, Dr Ines Carvalho, was not at the launch."
    credit = f"{_CREDIT} the report states."
    assert speakers_in_order([document, later, credit]) == ["Marlow Care Board"]
