"""A speech verb inside a "which" aside whose own subject comes after "which" ("the hinge, which
the company says took four years to design,") is the aside's, so the quote goes to the subject
of the sentence's main verb; a sign or banner that "read" a quote with no colon keeps no
speaker, as one before "read:" does."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We decided you should not have to live with a crease,” Soraya Quenell said on stage."


@pytest.mark.parametrize(
    "sentence",
    [
        "She called the hinge, which the company says took four years to design, “the hardest"
        " thing we have ever built” and said it was patented.",
        "She described the deal, which the board says will save forty million a year, as “the"
        " cleanest thing we have signed in a decade.”",
        "She called the launch, which its organisers claim drew ten thousand people, “the best"
        " night this company has ever had.”",
    ],
)
def test_a_verb_in_a_which_aside(sentence: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == ["Soraya Quenell", "Soraya Quenell"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Above her, a banner read “The future does not have a crease.”",
        "Outside, a sign reads “No more creases, no more excuses, no more waiting.”",
    ],
)
def test_a_banner_that_read_a_quote(sentence: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == ["Soraya Quenell", None]
