"""A titled name joined by "and" to a role named in apposition ("Foreign Minister Li Na and her
French counterpart, Paul Girard, said") gives the first of the two, as two joined names do; a
name that does not open the phrase is no such subject."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Foreign Minister Li Na and her French counterpart, Paul Girard, said the talks were"
            " “the most open in a decade between our two countries.”",
            "Li Na",
        ),
        (
            "Coach Pilar Soto and her assistant, Emeka Obi, told reporters the draw was “a fair"
            " result on a very difficult pitch.”",
            "Pilar Soto",
        ),
        (  # the name is the object of a verb, not the opening subject
            "After meeting Pilar Soto and her staff, the referee, Emeka Obi, said the draw was"
            " “a fair result on a very difficult pitch.”",
            "Emeka Obi",
        ),
        (  # no name before "and": the name in apposition speaks
            "The mayor and her deputy, Emeka Obi, said the budget was “the tightest this city"
            " has seen in thirty years.”",
            "Emeka Obi",
        ),
    ],
)
def test_the_first_of_a_name_and_a_named_counterpart(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]
