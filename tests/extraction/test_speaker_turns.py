"""A quote after a sentence handing someone the floor ("Then it was the turn of X.", "Next came
X,", "It fell to X to sum up.") is that person's, not the last one to speak."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We cannot keep the depot open past March,” said Councillor Martin Gale."
_QUOTES = (
    "“The drivers have waited long enough for a fair offer.”",
    "“The drivers have waited long enough for a fair offer,” he said.",
)


@pytest.mark.parametrize("quote", _QUOTES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Then it was the turn of Owen Pritchard.",
        "It was then the turn of Owen Pritchard.",
        "Next came Owen Pritchard, the union's treasurer.",
        "Next up was Owen Pritchard.",
        "It fell to Owen Pritchard to close the debate.",
        "Last to speak was Owen Pritchard.",
        "Then came Owen Pritchard, who drives the night routes.",
        "Finally came Owen Pritchard.",
        "Up next was Owen Pritchard.",
        "It was left to Owen Pritchard to close the debate.",
        "Now it was Owen Pritchard's turn.",
    ],
)
def test_the_one_given_the_floor_speaks(sentence: str, quote: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {quote}"]) == [
        "Martin Gale",
        "Owen Pritchard",
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # no person given the floor, or someone of theirs: the last speaker goes on
        "It was the turn of the Harwell Rovers.",
        "It fell to Owen Pritchard's deputy to close the debate.",
        "Next came a long silence.",
        "Then came the vote on the depot.",
        "It was Owen Pritchard's idea to strike.",
    ],
)
def test_no_person_given_the_floor(sentence: str) -> None:
    assert speakers_in_order([_OPENING, f"{sentence} {_QUOTES[0]}"])[-1] == "Martin Gale"
