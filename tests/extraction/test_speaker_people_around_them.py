"""People around someone a pronoun means ("Sources close to him said:", "those close to her
said") are unnamed, never the person they are close to."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We will not back down on any part of this,” Kwame Asante said on Monday."
_QUOTE = "“The minister stands by every one of the figures he gave.”"


@pytest.mark.parametrize(
    "phrase",
    [
        "Sources close to him said:",
        "A source close to him told reporters:",
        "People close to him said:",
        "Those close to him said on Tuesday:",
    ],
)
def test_people_around_him_stay_unnamed(phrase: str) -> None:
    assert speakers_in_order([_BEFORE, f"{phrase} {_QUOTE}"]) == ["Kwame Asante", None]


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [  # near misses: the pronoun is the subject, and someone named close to him
        ("Speaking to reporters, he said:", "Kwame Asante"),
        ("His aide, Tomasz Wielgosz, said:", "Tomasz Wielgosz"),
        ("Tomasz Wielgosz, who is close to him, said:", "Tomasz Wielgosz"),
    ],
)
def test_people_around_him_near_misses(phrase: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{phrase} {_QUOTE}"]) == ["Kwame Asante", speaker]
