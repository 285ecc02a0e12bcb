"""A name someone "goes by" ("Natalia Solberg, who goes by the name Nadia Sol online,") stands
for them: a pronoun after it, or the other name, or its last word alone, is that person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Natalia Solberg, who goes by the name Nadia Sol on Instagram, rarely talks.",
                "In May she posted photos of her twins. “The girls are taking over the kitchen"
                " since they love to bake.”",
            ],
            ["Natalia Solberg"],
        ),
        (
            [
                "Ana Ruiz booked Tom Hale, who goes by DJ Tommo, for the festival.",
                "“I have never played to a crowd this big before,” DJ Tommo said.",
            ],
            ["Tom Hale"],
        ),
        (
            [
                "Ana Ruiz booked Tom Hale — who goes by Tommo — for the festival.",
                "“I have never played to a crowd this big before,” Tommo said.",
            ],
            ["Tom Hale"],
        ),
        (  # the other one in the sentence keeps her own words
            [
                "Ana Ruiz booked Tom Hale, who goes by DJ Tommo, for the festival.",
                "“I have never booked a crowd this big before,” she said.",
            ],
            ["Ana Ruiz"],
        ),
    ],
)
def test_goes_by_name(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers
