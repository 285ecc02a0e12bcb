"""A sentence pointing back at a bare quote ("The warning came from Per Solvang, who chairs the
West Coast Fishermen's Association") names a person whose given name is also a common word:
that person, not the body in the clause after the name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ministers met in Oslo on Thursday."
_QUOTE = "“If they go home and do nothing until September, we lose another season.”"
_CASES = [
    (
        "The warning came from Per Solvang, who chairs the West Coast Fishermen's Association.",
        "Per Solvang",
    ),
    (
        "Those words came from Peace Adebayo-Lind, a skipper with the Northern Trawler Federation.",
        "Peace Adebayo-Lind",
    ),
    ("So said Urban Kjellgren, of the Harbour Pilots' Guild, after the talks.", "Urban Kjellgren"),
    (
        "That was the verdict of Beat Zwahlen, who sits on the Alpine Fisheries Board.",
        "Beat Zwahlen",
    ),
    ("The plea came from Per Haugland of the Lofoten Boat Owners' Union.", "Per Haugland"),
]


@pytest.mark.parametrize(("after", "speaker"), _CASES)
def test_the_person_pointed_back_to_speaks(after: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {after}"]) == [speaker]


def test_a_body_pointed_back_to_still_speaks() -> None:
    after = "That was the view of the Harbour Authority of Tolva."
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {after}"]) == ["Harbour Authority of Tolva"]
