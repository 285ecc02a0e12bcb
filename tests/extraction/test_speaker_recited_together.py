"""Words a group the narrator is one of, or a whole room, says, sings or prays together ("At the
chapel school we recited every Monday: “…”") are no one's quote, not the chapel's, the school's
or the last speaker's; words a named person says, sings or tells the group are theirs."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Local councillor Bethan Rowe was unhappy, calling the crowds “more than our two narrow lanes"
    " can ever take.”"
)
_LINE = "“Joy to all, the bells ring out tonight across the hill.”"


@pytest.mark.parametrize(
    "lead",
    [
        "Each December we sang at the top of our voices at the Grace Chapel Sunday school:",
        "At Brenmoor Primary School, we recited together every Monday morning:",
        "Every morning at assembly in St Ives Hall we said together:",
        "At the Grace Chapel Sunday school we learned to pray:",
        "Every Monday the pupils recited the school pledge:",
        "We all joined in the refrain at the Harbour Road Mission:",
        "The whole congregation of Salem Chapel sang:",
        "Before bed, all of us prayed together:",
    ],
)
def test_words_recited_together_are_no_ones(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_LINE}"]) == ["Bethan Rowe", None]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The choir director, Ellen Marsh, told them:", "Ellen Marsh"),
        ("Every Sunday the choir director, Ellen Marsh, told us:", "Ellen Marsh"),
        ("We met the organist Idris Vaughan, who sang:", "Idris Vaughan"),
        ("We asked Ellen Marsh what the children sang, and she said:", "Ellen Marsh"),
    ],
)
def test_words_of_a_named_person_stay_theirs(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_LINE}"]) == ["Bethan Rowe", speaker]
