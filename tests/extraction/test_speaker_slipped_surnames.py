"""A bare surname the article never writes in full, a letter or two off the surname of the one
person it does name in full, is a slip for that person ("Vermuelen said" after "Pieter
Vermeulen"); a surname far from any, or a given name, is left as written."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Dutch historian Pieter Vermeulen spoke at the forum.",
                "“Taxes are the only answer to this problem,” said Vermuelen.",
            ],
            ["Pieter Vermeulen"],
        ),
        (
            [
                "Rain fell all week, said the coach, Marta Kowalski.",
                "“We could not train outside once in seven days,” Kowalska said.",
            ],
            ["Marta Kowalski"],
        ),
        (
            [
                "Economist Oskar Lindquist caused a stir when he spoke about taxes.",
                "“It feels like a fire drill with no water,” Lindqvist said then.",
            ],
            ["Oskar Lindquist"],
        ),
        (  # two people near that spelling: neither is chosen
            [
                "Tom Hansen and Ella Hanson both spoke at the forum.",
                "“Taxes are the only answer to this problem,” said Hanssen.",
            ],
            ["Hanssen"],
        ),
        (  # a different surname altogether
            [
                "Jan Kowalski chaired the meeting.",
                "“Taxes are the only answer to this problem,” said Nowak.",
            ],
            ["Nowak"],
        ),
        (  # a named person's own surname is still theirs
            [
                "Tomasz Nowak and Piotr Nowicki both spoke at the hearing.",
                "“Nobody asked the residents anything at all,” Nowicki said.",
            ],
            ["Piotr Nowicki"],
        ),
    ],
)
def test_slipped_surname(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers
