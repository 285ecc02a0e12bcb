"""A quote completing the claim of a paper its subject ran, corrected or apologised for ("The
Valdora Post ran a story that the harbour had been “…”") is that subject's; "It" opening the
sentence stands for the body that opened the one before, never for a person."""

from __future__ import annotations

import pytest

from bot.extraction.masking import WINDOW
from tests.extraction.speaking import speakers_in_order

_QUOTE = '"sold in secret to a firm that nobody in the town had heard of."'


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Valdora Post ran a story that the harbour had been", "The Valdora Post"),
        ("Senator Ana Ruiz published an article saying the harbour had been", "Ana Ruiz"),
        (
            "The NTB has faced complaints. It had to apologise for a report that the harbour was",
            "NTB",
        ),
        ("The Daily Lantern was criticised. It ran a piece that the port was", "Daily Lantern"),
    ],
)
def test_the_claim_of_a_paper_is_its_publishers(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [speaker]


def test_it_never_stands_for_a_person_before() -> None:
    lead = "Ana Ruiz met the editor. It had to apologise for a report that the harbour had been"
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [None]


@pytest.mark.parametrize("cut", [1, 2, 3, 5])
def test_a_sentence_cut_short_names_no_subject(cut: int) -> None:
    claim = "It had to apologise for a report that the harbour was "
    claim += ("very " * WINDOW)[: WINDOW - 1 - cut - len(claim)]  # read from inside "Word It"
    assert speakers_in_order(["Word " * 200 + claim + " " + _QUOTE]) == [None]
