"""An institution that spoke in the sentence before, named as "it", invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Board adopted a resolution on Friday.",
                "It calls for “an immediate end to the shelling of the port.”",
            ],
            "Harbour Board",
        ),
        (
            [
                "The Valley Water Board published its yearly survey on Monday.",
                "It warns of “serious gaps in the checks on older dams.”",
            ],
            "Valley Water Board",
        ),
        (
            [
                "The Northbridge Town Council voted on the plan late on Tuesday.",
                "It urged “every landlord to fix the damp before winter.”",
            ],
            "Northbridge Town Council",
        ),
    ],
)
def test_a_body_is_named_without_the_sentence_article(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter, the Harbour Board demanded “an immediate end to the night dredging.”",
        "On Friday, the Harbour Board demanded “an immediate end to the night dredging.”",
        "In its letter on Friday, the Harbour Board demanded “an end to the night dredging.”",
        "After a long meeting, the Harbour Board insisted on “an end to the night dredging.”",
    ],
)
def test_a_body_after_an_opening_phrase_is_the_subject(sentence: str) -> None:
    assert speakers_in_order([sentence]) == ["Harbour Board"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, Ana Ruiz told the Harbour Board it needed “an end to the night dredging.”",
        "In a letter to the Harbour Board, Ana Ruiz demanded “an end to the night dredging.”",
    ],
)
def test_a_body_only_mentioned_after_an_opening_phrase_is_not_the_speaker(sentence: str) -> None:
    assert speakers_in_order([sentence]) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Northwind Games dropped a supplier that kept adding the words “a close game of the"
        " sporting kind” to its reports.",
        "The Harbour Board fined a firm whose boats kept “dumping oil into the bay at night.”",
        "Ana Ruiz hired a coach who kept telling her “you will win this one if you stay calm.”",
    ],
)
def test_a_quote_in_a_relative_clause_is_not_the_subjects(sentence: str) -> None:
    assert speakers_in_order([sentence]) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Northwind Games, which makes board games, demanded “an end to the price war in the"
            " shops.”",
            "Northwind Games",
        ),
        (
            "The Harbour Board, which owns the quay, has flagged more than 600 “unsafe moorings"
            " along the old east wall” this year.",
            "Harbour Board",
        ),
        (
            "Ana Ruiz, who has led the group since 2019, added that the plan was “a disgrace to"
            " the city.”",
            "Ana Ruiz",
        ),
    ],
)
def test_a_relative_clause_closed_before_the_verb_leaves_the_subject(
    sentence: str, speaker: str
) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Security Council on Friday called for “an immediate end to the shelling of the"
            " port.”",
            "Security Council",
        ),
        (
            "The Harbour Board on Tuesday urged “an end to the night dredging at once.”",
            "Harbour Board",
        ),
        (
            "The Bank of England on Thursday warned of “a long and slow recovery for households.”",
            "Bank of England",
        ),
        (
            "The Department of Health on Monday said the plan was “a step toward care for every"
            " family.”",
            "Department of Health",
        ),
    ],
)
def test_a_day_after_a_body_is_not_part_of_its_name(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Valley Water Board inspected the dam in May.",
                "“The dam is safe for another fifty years,” the agency said in a statement.",
            ],
            "Valley Water Board",
        ),
        (
            [
                "The Department of Health issued new rules on Monday.",
                "The agency said the rules would “cut waiting times for every family.”",
            ],
            "Department of Health",
        ),
        (
            [
                "The Harbour Trade Commission fined the firm last year.",
                "“The firm misled its buyers again and again,” the regulator said.",
            ],
            "Harbour Trade Commission",
        ),
    ],
)
def test_the_agency_or_regulator_is_the_public_body_named(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_the_agency_is_not_a_company_named_before() -> None:
    paragraphs = [
        "Northwind Games laid off staff on Monday.",
        "“The dam is safe for another fifty years,” the agency said in a statement.",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The FDA said the drug was “safe for adults over the age of twelve.”", "FDA"),
        ("The NHS said the wait was “far too long for any patient.”", "NHS"),
        ("The BBC said the report was “a mistake that it deeply regrets.”", "BBC"),
        ("The Athletic said the deal was “close to done after weeks of talks.”", "The Athletic"),
    ],
)
def test_a_body_known_by_its_initials_drops_the_article(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Seawatch called the plan “a disaster for every reef in the region.”", "Seawatch"),
        ("Brightwell said the merger was “the best path for every customer.”", "Brightwell"),
        (
            "Greenpeace described the plan as “a disaster for every reef in the region.”",
            "Greenpeace",
        ),
    ],
)
def test_a_body_of_one_word_opening_the_sentence_is_the_speaker(
    sentence: str, speaker: str
) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize("opening", ["Democrats", "Americans", "Critics"])
def test_a_plural_group_opening_the_sentence_names_nobody(opening: str) -> None:
    sentence = f"{opening} called the plan “a disaster for every reef in the region.”"
    assert speakers_in_order([sentence]) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In the view of the Valley Water Board, the plan is “a danger to every town"
            " downstream.”",
            "Valley Water Board",
        ),
        (
            "In the Valley Water Board’s words, the plan is “a danger to every town downstream.”",
            "Valley Water Board",
        ),
        (
            "The plan is, in the Valley Water Board’s view, “a danger to every town downstream.”",
            "Valley Water Board",
        ),
        (
            "The plan is, in the words of Ana Ruiz, “a danger to every town downstream.”",
            "Ana Ruiz",
        ),
    ],
)
def test_in_the_view_or_words_of_a_body_credits_it(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_in_a_bodys_office_is_no_view_of_its_own() -> None:
    sentence = (
        "In the Valley Water Board’s new office, a poster calls the plan “a danger to every"
        " town downstream.”"
    )
    assert speakers_in_order([sentence]) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The dam is “safe for another fifty years,” according to the Valley Water Board’s"
            " chair, Ana Ruiz.",
            "Ana Ruiz",
        ),
        (
            "The dam is “safe for another fifty years,” said the Valley Water Board’s chair,"
            " Ana Ruiz.",
            "Ana Ruiz",
        ),
        (
            "The dam is “safe for another fifty years,” said the Harbour Board’s new chief,"
            " Tom Hale.",
            "Tom Hale",
        ),
    ],
)
def test_the_person_named_after_a_bodys_role_is_the_speaker(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]
