"""A study's authors or team speaking through the one who led them, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Dr. Henrike Salo of Lakeshore University Hospital led the trial of 3,000 patients.",
    "Aubrecht Therapeutics, which makes the drug, paid for the study.",
]
_QUOTE = "“The effect was consistent across age groups and in every region,” "


@pytest.mark.parametrize(
    "tail",
    [
        "wrote the study's authors, led by Salo.",
        "the authors, led by Salo, wrote in the journal.",
        "wrote the researchers, led by Dr. Henrike Salo.",
        "the team, led by Salo, said in a statement.",
        "said the team led by Salo.",
    ],
)
def test_a_group_led_by_someone_after_the_quote(tail: str) -> None:
    assert speakers_in_order([*_BEFORE, _QUOTE + tail]) == ["Henrike Salo"]


@pytest.mark.parametrize(
    "lead",
    [
        "The researchers, led by Salo, wrote in the journal that",
        "In the paper, the co-authors led by Salo wrote that",
        "The team led by Salo wrote:",
    ],
)
def test_a_group_led_by_someone_before_the_quote(lead: str) -> None:
    quote = " “the effect held across age groups and in every region.”"
    assert speakers_in_order([*_BEFORE, lead + quote]) == ["Henrike Salo"]


def test_researchers_no_one_is_said_to_lead_keep_no_speaker() -> None:
    assert speakers_in_order([*_BEFORE, _QUOTE + "the researchers wrote."]) == [None]


def test_a_body_led_by_someone_is_not_its_leader() -> None:
    paragraphs = [
        "The Harbour Patients Alliance met the minister on Monday.",
        "“We were promised a new ward in 2021 and we are still waiting,” said the Harbour"
        " Patients Alliance, led by Ana Ruiz.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Patients Alliance"]
