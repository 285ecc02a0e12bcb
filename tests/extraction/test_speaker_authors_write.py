"""“…,” the authors write. (or "the study’s researchers noted", "the authors conclude") after
a study or its team "led by" someone is that leader's, as "wrote the study's authors, led by
X" is; never the outside expert quoted just before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_EXPERT = (
    "“You cannot blind someone to green glasses,” said Marcus Oyelowo-Brandt, a pharmacologist."
)
_QUOTE = "“These results should be regarded as preliminary and require confirmation,”"


@pytest.mark.parametrize(
    ("opening", "tail", "leader"),
    [
        (
            "The team, led by the neurologist Dr. Emeka Nwachukwu-Larsen, recruited 86 adults.",
            "the authors write in their discussion.",
            "Emeka Nwachukwu-Larsen",
        ),
        (
            "The trial, led by Professor Ines Marlow of Tarrow University, ran for a year.",
            "the study’s researchers noted.",
            "Ines Marlow",
        ),
        (
            "A study led by Keiko Hashimoto-Reyes followed 400 nurses.",
            "the authors conclude.",
            "Keiko Hashimoto-Reyes",
        ),
    ],
)
def test_the_authors_speak_through_their_leader(opening: str, tail: str, leader: str) -> None:
    paragraphs = [opening, _EXPERT, f"The paper is more careful than the release. {_QUOTE} {tail}"]
    assert speakers_in_order(paragraphs) == ["Marcus Oyelowo-Brandt", leader]


def test_no_leader_named_leaves_the_authors_unnamed() -> None:
    paragraphs = [
        "The study followed 86 adults for twelve weeks.",
        _EXPERT,
        f"The paper is more careful. {_QUOTE} the authors wrote.",
    ]
    assert speakers_in_order(paragraphs) == ["Marcus Oyelowo-Brandt", None]


def test_someone_leading_no_study_is_no_author() -> None:
    """A leader named for a match or a march leads no paper: "the authors" stay unnamed."""
    paragraphs = [
        "The march, led by the mayor Ruth Calder, crossed the bridge at noon.",
        _EXPERT,
        f"The paper is more careful. {_QUOTE} the authors wrote.",
    ]
    assert speakers_in_order(paragraphs) == ["Marcus Oyelowo-Brandt", None]
