"""Several people writing or speaking together in a list ("A, B and C wrote that …") are
credited to the first named, with or without a comma before "and" and with a short
description after the first ("A, a senator, and B wrote")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In a joint letter, Senator Ruth Adeyemi, Kowalski and Representative Lars Berg"
            " wrote that the cuts “would hurt rural clinics the most.”",
            "Ruth Adeyemi",
        ),
        (
            "In their report, Mayor Ines Duarte, Councilmember Joe Pike and Councilmember"
            " Lena Fischer wrote that the plan “is free of any party politics.”",
            "Ines Duarte",
        ),
        (
            "In an open letter, Dr Yuki Mori, Dr Sipho Ndlovu and Professor Clara Weiss said"
            " the drug “should never have been approved in its current form.”",
            "Yuki Mori",
        ),
        (
            "Ruth Adeyemi, a senator, and Lars Berg wrote that the cuts “would close clinics"
            " across the north.”",
            "Ruth Adeyemi",
        ),
        (  # near-miss: a place before the pair is no one in the list
            "In Lisbon, Anna Roth and Mehmet Yilmaz wrote that the rules “leave small farms"
            " with nowhere to go.”",
            "Anna Roth",
        ),
        (  # near-miss: a town and its country before the pair are no one in the list
            "Speaking in Paris, France, Ann Lee and Bob Ray said the deal was “the best we"
            " could hope for this year.”",
            "Ann Lee",
        ),
        (  # near-miss: the Oxford comma, as before
            "In their letter, Mayor Ines Duarte, Pike, and Councilmember Lena Fischer wrote"
            " that the plan “is free of any party politics.”",
            "Ines Duarte",
        ),
    ],
)
def test_a_list_of_writers_is_credited_to_the_first(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]
