""" "The company" is never a public body named after the company, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have found no sign that payment details were taken,” "


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        (
            "Veltrix disclosed the breach in a filing with the Securities and Exchange"
            " Commission on Friday.",
            "the company said in the filing.",
            "Veltrix",
        ),
        (
            "Pellworth reported the attack to the Information Commissioner's Office and the"
            " Harbour Police Department.",
            "the firm said.",
            "Pellworth",
        ),
        (
            "Orvane Labs shared its findings with the Food and Drug Administration last week.",
            "the startup said.",
            "Orvane Labs",
        ),
    ],
)
def test_the_company_after_a_regulator_is_the_company(
    opening: str, credit: str, speaker: str
) -> None:
    assert speakers_in_order([opening, _QUOTE + credit]) == [speaker]


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        (
            "The breach was reported to the Harbour Data Commission on Friday.",
            "the commission said.",
            "Harbour Data Commission",
        ),
        (
            "Halvard Systems reported the breach to the Harbour Data Commission.",
            "the company said.",
            "Halvard Systems",
        ),
    ],
)
def test_a_body_of_the_noun_s_kind_still_fits(opening: str, credit: str, speaker: str) -> None:
    assert speakers_in_order([opening, _QUOTE + credit]) == [speaker]
