"""A lede's "his lawyer said" before anyone is named: the person the article brings in later
with that role ("Pike's lawyer, Marcus Obi,"), as wire copy names its sources further down."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LATER = "The hearing lasted less than an hour and the next one is set for June."


@pytest.mark.parametrize(
    ("lede", "named", "speaker"),
    [
        (
            "A former mayor denied all charges on Monday, and his lawyer said he would fight"
            " them “at every stage of the process, to the very end.”",
            "Pike's lawyer, Marcus Obi, said the tapes had been cut.",
            "Marcus Obi",
        ),
        (
            "“We will fight this at every stage of the process,” his lawyer said outside the"
            " court on Monday.",
            "Defence lawyer Nadia Ferrante later filed a motion to dismiss.",
            "Nadia Ferrante",
        ),
        (
            "A senator under investigation will not resign, his lawyer said, calling the"
            " inquiry “a fishing trip with no fish at the end of it.”",
            "The senator's lawyer, Ines Aldana, declined to say more.",
            "Ines Aldana",
        ),
        (
            "“The club has treated him with no respect at all,” his agent said on Monday.",
            "Dario Pell, his agent, has asked for a meeting with the board.",
            "Dario Pell",
        ),
    ],
)
def test_the_role_named_later_speaks(lede: str, named: str, speaker: str) -> None:
    assert speakers_in_order([lede, _LATER, named]) == [speaker]


@pytest.mark.parametrize(
    ("lede", "named"),
    [
        (  # the role named later is another one
            "“We will fight this at every stage of the process,” his lawyer said on Monday.",
            "His agent, Tom Ede, declined to comment.",
        ),
        (  # "a lawyer" is nobody's, and stays unnamed
            "“We will fight this at every stage of the process,” a lawyer said on Monday.",
            "Pike's lawyer, Marcus Obi, said the tapes had been cut.",
        ),
        (  # nobody named with the role at all
            "“We will fight this at every stage of the process,” his lawyer said on Monday.",
            "The judge set a date for the next hearing.",
        ),
    ],
)
def test_no_role_named_later_keeps_no_speaker(lede: str, named: str) -> None:
    assert speakers_in_order([lede, _LATER, named]) == [None]


def test_a_role_named_before_is_still_the_one_meant() -> None:
    paragraphs = [
        "Ray Pike appeared in court with his lawyer, Ann Lowe, on Monday.",
        "“We will fight this at every stage of the process,” his lawyer said.",
        "Pike's co-defendant's lawyer, Marcus Obi, said nothing.",
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lowe"]


_CHARGED = "Jane Doe, 44, was charged with fraud on Monday and released on bail."
_CLEARED = "“She has done nothing wrong and she will be cleared when this reaches a court,”"


@pytest.mark.parametrize("role", ["her lawyer", "her attorney", "her defence lawyer"])
def test_her_lawyer_is_not_she(role: str) -> None:
    assert speakers_in_order([_CHARGED, f"{_CLEARED} {role} said."]) == [None]


def test_his_lawyer_is_not_he() -> None:
    charged = "John Doe, 44, was charged with fraud on Monday and released on bail."
    cleared = _CLEARED.replace("She has", "He has").replace("she will", "he will")
    assert speakers_in_order([charged, f"{cleared} his lawyer said."]) == [None]


def test_her_lawyer_named_beside_her_speaks() -> None:
    charged = _CHARGED.replace("on Monday", "on Monday, her lawyer, Ann Lowe, beside her,")
    assert speakers_in_order([charged, f"{_CLEARED} her lawyer said."]) == ["Ann Lowe"]


@pytest.mark.parametrize("verb", ["she said", "Doe said"])
def test_she_herself_still_speaks(verb: str) -> None:
    assert speakers_in_order([_CHARGED, f"{_CLEARED} {verb}."]) == ["Jane Doe"]


def test_a_role_followed_by_something_of_theirs_is_still_the_role() -> None:
    paragraphs = [
        "Tom Reyes, the richest man in the region, has opened a school.",
        "“I do not think a degree proves very much about anyone,” said the billionaire of his"
        " hires.",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]
