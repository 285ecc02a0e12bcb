"""An outlet written straight after its kind ("the trade magazine Reel Dispatch", "the music
site Backline") is no person, so a "she told the magazine" after it stays with the woman
speaking; someone named after an outlet's role ("the magazine’s editor, X,") still is one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    "outlet",
    [
        "the trade magazine Reel Dispatch",
        "the music site Backline",
        "the newspaper Halden Courant",
        "the podcast Green Room Weekly",
    ],
)
def test_an_outlet_after_its_kind_is_no_one(outlet: str) -> None:
    paragraphs = [
        "Ines Albuquerque created the series and wrote six of its eight episodes.",
        f"Speaking to {outlet} before the premiere, she was blunter about the competition."
        " “Everything on television now is terrified that you will look at your phone,” she"
        " told the interviewer.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Albuquerque"]


def test_a_person_after_the_outlets_role_is_one() -> None:
    paragraphs = [
        "Ines Albuquerque created the series and wrote six of its eight episodes.",
        "The magazine’s editor, Tomasz Bielecki, disagreed. “It is a slow show and that is the"
        " whole problem with it,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Bielecki"]
