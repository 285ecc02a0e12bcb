"""A body brought in by its kind and then its name opens the sentence the quote is part of:
"The charity Shelter Cymru has counted 2,000 “…”" is the charity's; a quote standing after
such a sentence still goes on from the last speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“We are full every single night of the week,” said Ana Ruiz, who runs a shelter."
_LABEL = "“families sleeping in spare rooms for over a year”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            f"The charity Dyfnant Housing Trust has counted 2,000 {_LABEL} in the county.",
            "Dyfnant Housing Trust",
        ),
        (
            f"The bank Nordvik Capital has flagged some 300 {_LABEL} among its borrowers.",
            "Nordvik Capital",
        ),
        (
            f"The union Kestrel Workers Alliance has found at least 90 {_LABEL} among its members.",
            "Kestrel Workers Alliance",
        ),
        (
            "The charity Dyfnant Housing Trust has counted 2,000 families. “They sleep in cars and"
            " on sofas and nobody counts them.”",
            "Ana Ruiz",
        ),
    ],
)
def test_the_body_named_after_its_kind(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, sentence]) == ["Ana Ruiz", speaker]
