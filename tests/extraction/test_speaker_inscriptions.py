"""Words put on a thing are nobody's, never the last speaker's: "it reads" after a sentence that
puts words on a thing in the passive ("A line has been painted above the door."), a lead ending
"a different message, chalked in capitals:", and "it said" after a piece of cardboard."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SPOKEN = "“We waited eight long years for this night to come,” said Ngaio Whitmore-Tane."

_CASES = [
    "Above the restored stage door, a line has been painted in gold leaf, copied from an old"
    " photograph. “Through here, you are somebody else,” it reads.",
    "On the lintel of the old school a motto was carved in 1891. “Learn well and leave"
    " kinder than you came,” it reads.",
    "Across the harbour wall, in letters a metre high, a message has been stencilled by the"
    " dockers. “We built this port and we are still here,” it reads.",
    "Under the clock, a verse is etched into the brass. “Every hour you keep is an hour"
    " you give away,” it read.",
]


@pytest.mark.parametrize("paragraph", _CASES)
def test_an_inscription_is_nobodys_words(paragraph: str) -> None:
    assert speakers_in_order([_SPOKEN, paragraph]) == ["Ngaio Whitmore-Tane", None]


def test_a_document_issued_before_still_reads_for_its_issuer() -> None:
    paragraphs = [
        _SPOKEN,
        "The Port Wenna Harbour Board sent a notice to boat owners on Monday. “All moorings"
        " must be cleared by the end of the month,” it reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ngaio Whitmore-Tane", "Port Wenna Harbour Board"]


def test_a_person_after_a_painted_line_still_speaks() -> None:
    paragraphs = [
        _SPOKEN,
        "Above the door a line has been painted in gold leaf. “It took the painter three whole"
        " days to get it right,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ngaio Whitmore-Tane", "Ngaio Whitmore-Tane"]


_LEADS = [
    "At the village shop in Llanforth, a blackboard by the till that usually lists the bread"
    " now carries a"
    " different message, chalked in capitals: “Pray for rain, and turn the tap off.”",
    "On the harbour wall there are new words, sprayed in white across the old paint: “Our"
    " boats, our harbour, our rules.”",
    "Outside the surgery, the shutters have a warning, scrawled in marker: “No drugs are kept"
    " on these premises overnight.”",
]


_HAULER = [
    "The contractor Jonah Ferreira-Batt has started hauling water to sheep farms.",
    "“I have done forty loads since July, and people ring me at six now,” he said.",
]


@pytest.mark.parametrize("paragraph", _LEADS)
def test_words_put_on_a_thing_are_nobodys(paragraph: str) -> None:
    assert speakers_in_order([*_HAULER, paragraph]) == ["Jonah Ferreira-Batt", None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Ana Ruiz left a message, written in her own hand: “Back in ten minutes, please"
            " wait for me.”",
            "Ana Ruiz",
        ),
        (
            "The Harbour Board put up a notice, printed in red: “No mooring here after dark, by"
            " order of the board.”",
            "Harbour Board",
        ),
    ],
)
def test_words_someone_named_put_up_stay_theirs(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_SPOKEN, paragraph]) == ["Ngaio Whitmore-Tane", speaker]


def test_it_said_after_a_piece_of_cardboard_is_nobodys() -> None:
    paragraphs = [
        "Oluwaseun Bakare, a member of the Tallow Harriers who was at 34km when the race was"
        " stopped, said marshals had told runners to walk home. “Nobody had water for us, and"
        " nobody knew where the buses were,” Bakare said.",
        "Near the finish on Harbour Parade, a piece of cardboard had been tied to a lamppost by"
        " a spectator. “You are all heroes. Now drink some water,” it said in red marker.",
    ]
    assert speakers_in_order(paragraphs) == ["Oluwaseun Bakare", None]
