"""A sentence opening on "Her friend, X," or "His brother, X," that names the her or him again
("… talked her into it") is about that other person: the next "she" or "he" is theirs, unless X
speaks there. Without the second mention, or for a lawyer, the one named nearest stays."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Famous users include Priya Raman, who made a board with a picture of the house"
                " she later bought. Her close friend, the actress Nadia Cole, was the one who"
                " talked her into it.",
                "“I made a board and put the picture of the house right in the middle,” she told"
                " a podcast in 2019.",
            ],
            "Priya Raman",
        ),
        (
            [
                "The idea came from Marta Kowal, who kept a notebook of every recipe she tried."
                " Her sister, Ewa Kowal, was the one who suggested she publish it.",
                "“I never thought anyone else would want to cook from my notebook,” she said.",
            ],
            "Marta Kowal",
        ),
        (
            [
                "Gustavo Lima, who kept a diary of every match he played, retired in May. His"
                " brother, the coach Rafael Lima, was the one who talked him into it.",
                "“I wrote down every goal I ever scored, even the ugly ones,” he told a radio"
                " station.",
            ],
            "Gustavo Lima",
        ),
        (  # the friend speaks where she is named: hers
            [
                "Famous users include Priya Raman, who made a board with a picture of the house"
                " she later bought. Her close friend, Nadia Cole, said the board changed her"
                " whole year.",
                "“I told her to put the house right in the middle of it,” she said.",
            ],
            "Nadia Cole",
        ),
        (  # a lawyer is no kin or friend: the one named nearest
            [
                "Beatriz Alves retired in May. Her lawyer, Joana Costa, filed the papers on"
                " Monday and called her client brave.",
                "“This case should never have been brought against my client,” she said.",
            ],
            "Joana Costa",
        ),
    ],
)
def test_kin_opening_a_sentence_leaves_the_pronoun_to_the_one_it_is_about(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker
