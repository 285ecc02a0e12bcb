"""A sentence's subject whose first name no list knows, after a lead-in, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Deverell Osei said he had taken his son for a shot on Monday."
_QUOTE = "“Vaccines are the only thing between this county and a winter of full wards,” he said."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The state's health secretary, Gideon Marsh, was blunter still.", "Gideon Marsh"),
        ("The county's top doctor, Lorcan Brill, went further on Friday.", "Lorcan Brill"),
        ("Asked whether the wards were safe, Gideon Marsh paused.", "Gideon Marsh"),
        ("Pressed on the cost of the programme, Lorcan Brill shrugged.", "Lorcan Brill"),
    ],
)
def test_the_subject_after_a_role_or_a_question_put_to_him(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, sentence + " " + _QUOTE]) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The health secretary, Gideon Marsh, was blunter still — “Vaccines are the only"
            " thing between us and full wards,” he told a radio station.",
            "Gideon Marsh",
        ),
        (
            "Dr. Fenella Vale, who runs the ward, was plainer still – “We are full every night"
            " and have been since October,” she said.",
            "Fenella Vale",
        ),
    ],
)
def test_the_subject_of_the_quotes_own_sentence_before_a_dash(paragraph: str, speaker: str) -> None:
    before = "Dana Osei said she had taken her son for a shot. Deverell Osei said he agreed."
    assert speakers_in_order([before, paragraph]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about the cost, the minister would not comment.",
        "The visit, which Tancred Marsh led, ended early.",
        "The nurses, tired and short of beds, told Gideon Marsh about the wards.",
    ],
)
def test_no_subject_of_unknown_gender_leaves_the_known_man(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, sentence + " " + _QUOTE]) == ["Deverell Osei"]
