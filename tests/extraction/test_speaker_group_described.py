"""A body set beside its kind ("X, a campaign group formed by …,") is the one "the group" means
later, when the kind has a clause of its own before the closing comma or the body's name holds a
lower-case "the" ("Save the Children"); a person with a group's role changes nothing."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "The Carrow Vale Museum opened the show on Saturday."
_QUOTE = "“These quilts belong to the families who were put off their land,” the group said."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Outside stood members of Lyde Weavers, a campaign group formed by "
            "descendants of the valley families, beside a banner.",
            "Lyde Weavers",
        ),
        (
            "Members of Lyde Weavers, a protest group that began on a market stall, "
            "handed out leaflets.",
            "Lyde Weavers",
        ),
        (
            "Lyde Weavers, a heritage group based in Nether Lyde, wrote to the lenders.",
            "Lyde Weavers",
        ),
        ("Members of Return the Looms, a campaign group, handed out leaflets.", "Return the Looms"),
        (
            "Outside, thirty members of Return the Looms, a group set up by descendants of "
            "the valley families, stood in the drizzle.",
            "Return the Looms",
        ),
        ("Save the Quilts, a small charity, wrote to the lenders.", "Save the Quilts"),
    ],
)
def test_the_body_described_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [  # a person with a group's role, or a group of people: the museum, as before
        "Tom Reyes, a group leader with the scouts, handed out leaflets.",
        "Hetty Marsh, a group founder with the weavers, handed out leaflets.",
    ],
)
def test_no_body_described(sentence: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTE}"]) == ["Carrow Vale Museum"]
