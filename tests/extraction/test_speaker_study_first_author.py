"""A study, report or analysis "from"/"by"/"written by" people, then what it finds: its first
named author speaks for it, past an institute and a role before the name; invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FINDS = "finds that wages in river towns “have risen faster than rents for the first time.”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"The study from Halvorsen fellow Priya Mandal and research assistant Tom Reyes {_FINDS}",
         "Priya Mandal"),
        (f"A report from Halvorsen senior fellow Priya Mandal {_FINDS}", "Priya Mandal"),
        (f"A study by Caldor University economists Lena Ostrova and Sam Wu {_FINDS}",
         "Lena Ostrova"),
        (f"A separate report by economist Lena Ostrova and two colleagues {_FINDS}",
         "Lena Ostrova"),
        (f"The latest survey by economist Lena Ostrova {_FINDS}", "Lena Ostrova"),
        (f"The analysis, written by analysts Greta Lund and Omar Sy, {_FINDS}", "Greta Lund"),
        (f"The paper, authored by Greta Lund and Omar Sy, {_FINDS}", "Greta Lund"),
    ],
)
def test_the_first_named_author_speaks_for_the_study(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (f"A study from the Halvorsen Institute {_FINDS}", "Halvorsen Institute"),
        (f"A new study by the Halvorsen Institute {_FINDS}", "Halvorsen Institute"),
    ],
)
def test_a_study_from_a_body_stays_the_body_s(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]
