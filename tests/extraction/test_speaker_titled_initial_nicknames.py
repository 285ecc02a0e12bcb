"""A nickname of a title and an initial ending a sentence ("she was simply Professor K.", "he
was just Coach B.") is not glued to the name opening the next sentence ("Kofi Boateng, who …,
remembers"): that person is "Kofi Boateng"; an initial between a title and a name elsewhere
stays part of the name ("Professor K. Kofi Boateng said")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_TEACHER = "Vesna Hart taught for thirty years."


@pytest.mark.parametrize(
    ("sentence", "credit", "speaker"),
    [
        (
            "To her students she was simply Professor K. Kofi Boateng, who did his doctorate "
            "under her, remembers her office.",
            "Boateng said.",
            "Kofi Boateng",
        ),
        (
            "To the players he was just Coach B. Ama Mensah, who played under him, remembers "
            "the drills.",
            "Mensah said.",
            "Ama Mensah",
        ),
        (
            "In the village she was known to everyone as Doctor J. Tomas Ruiz, her neighbour, "
            "remembers her kindness.",
            "Ruiz said.",
            "Tomas Ruiz",
        ),
    ],
)
def test_the_nickname_ends_its_sentence(sentence: str, credit: str, speaker: str) -> None:
    quote = "“She would make you tea and then take your whole plan apart,”"
    assert speakers_in_order([_TEACHER, sentence, f"{quote} {credit}"]) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "“We have checked every figure in the report twice over,” said Professor K. "
                "Kofi Boateng of the Keta Institute."
            ],
            "K. Kofi Boateng",
        ),
        (
            [
                "Professor K. Kofi Boateng leads the group.",
                "“We have checked every figure in the report twice over,” Boateng said.",
            ],
            "K. Kofi Boateng",
        ),
        (
            ["“We have checked every figure twice over,” said Dr. E. Jean Lee, the author."],
            "E. Jean Lee",
        ),
    ],
)
def test_an_initial_after_a_title_is_part_of_the_name(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
