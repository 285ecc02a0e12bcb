"""A role owned by a body or a person written with a lower-case noun ("the band's bassist", "the
singer's manager", "the theatre's director") is someone of theirs: not the band or the singer
who opens the paragraph. One introduced in that role, or a player of the team's own paragraph
("the team's captain"), still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are heartbroken to cancel the rest of the tour and we are so sorry,”"


@pytest.mark.parametrize(
    ("opening", "credit"),
    [
        ("The Lantern Wives cancelled the tour on Monday.", "the band's bassist said."),
        ("The Lantern Wives cancelled the tour on Monday.", "said the band's manager."),
        ("The Corn Exchange cancelled the run on Monday.", "the theatre's director said."),
        ("Marisol Quenby cancelled the tour on Monday.", "said the singer's manager."),
        ("Marisol Quenby cancelled the tour on Monday.", "the singer’s mother said."),
    ],
)
def test_someone_of_theirs_unnamed(opening: str, credit: str) -> None:
    assert speakers_in_order([f"{opening} {_QUOTE} {credit}"]) == [None]


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        (
            "Marisol Quenby cancelled the tour. Her manager, Tom Reyes, rang the promoters.",
            "said the singer's manager.",
            "Tom Reyes",
        ),
        (
            "The Corn Exchange cancelled the run. Its director, Ann Holt, was in tears.",
            "the theatre's director said.",
            "Ann Holt",
        ),
        ("Jamal Okafor was left in tears.", "the team's captain said.", "Jamal Okafor"),
    ],
)
def test_one_of_theirs_named(opening: str, credit: str, speaker: str) -> None:
    assert speakers_in_order([f"{opening} {_QUOTE} {credit}"]) == [speaker]
