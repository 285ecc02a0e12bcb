"""A quote finishing "It" and a verb ("It promises “…,”") with a credit after it ("according
to the proposal") is whoever the credit names, the thing's author; when the credit names no
one, "It" is still read as before (the body the sentence before opens with)."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Kenji Sato submitted his proposal to the council in March.",
                "It promises “a bus every ten minutes on every main road,” according to the"
                " proposal.",
            ],
            ["Kenji Sato"],
        ),
        (
            [
                "Kenji Sato submitted his proposal to the council in March.",
                "It also promises “a bus every ten minutes on every main road,” according to the"
                " Valdora Post.",
            ],
            ["Valdora Post"],
        ),
        (  # the credit names no one the article gives: "It" is the body before
            [
                "The Valdora Water Board published its plan on Monday.",
                "It also warns of “a dry summer unlike any in living memory,” the plan says.",
            ],
            ["Valdora Water Board"],
        ),
        (  # a person's verb: the lead is theirs, as before
            [
                "Ana Ruiz promised “a bus every ten minutes on every main road,” according to"
                " the Valdora Post.",
            ],
            ["Ana Ruiz"],
        ),
    ],
)
def test_thing_lead_credited(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers
