"""Staff named with the body they work at speak for it, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The heaviest rain of the week will fall on Thursday night,”"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("forecasters at the Albion Weather Service said.", "Albion Weather Service"),
        ("forecasters at the Albion Weather Service told the Courier.", "Albion Weather Service"),
        ("researchers at Hallam University wrote.", "Hallam University"),
        ("said forecasters at the Albion Weather Service.", "Albion Weather Service"),
        ("said officials at the Department of Transport on Monday.", "Department of Transport"),
        ("scientists from the Orrin Marine Institute said.", "Orrin Marine Institute"),
        ("officials at the Department of Transport said.", "Department of Transport"),
    ],
)
def test_staff_at_a_body_speak_for_it(tail: str, speaker: str) -> None:
    assert speakers_in_order([f"{_QUOTE} {tail}"]) == [speaker]


@pytest.mark.parametrize(
    "tail",
    [
        "workers at the Albion Weather Service said.",
        "residents at Hallam Court said.",
        "forecasters said.",
        "researchers at the site said.",
        "said workers at the Albion Weather Service.",
        "said forecasters at the scene.",
    ],
)
def test_other_groups_at_a_place_stay_unnamed(tail: str) -> None:
    assert speakers_in_order([f"{_QUOTE} {tail}"]) == [None]
