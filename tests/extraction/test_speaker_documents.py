"""Partial quotes credited to a document or page whose owner the article names, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Board sent its proposal for the old port to the council on Monday.",
                "An earlier draft proposed “a ban on all new towers along the water.”",
            ],
            "Harbour Board",
        ),
        (
            [
                "Northwind Games keeps a page on its site about the game.",
                "The site indicates “a release in the spring of next year.”",
            ],
            "Northwind Games",
        ),
        (
            ["Northwind Games’ website describes the game as “a quiet story about a keeper.”"],
            "Northwind Games",
        ),
        (
            ["The Harbour Board sent the council a request that “every boat be moved by Friday.”"],
            "Harbour Board",
        ),
    ],
)
def test_the_owner_of_a_draft_site_or_request(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_draft_nobody_is_said_to_have_issued_has_no_speaker() -> None:
    paragraphs = [
        "Ana Ruiz wrote a draft of the speech last week.",
        "An earlier draft proposed “a ban on all new towers along the water.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In 2001, the High Court ruled that “a tenant may not be evicted for speaking out.”",
            "High Court",
        ),
        (
            "In the case Reyes v. Holt, the High Court ruled unanimously that “a tenant may not be"
            " evicted for speaking out.”",
            "High Court",
        ),
        (
            "Tom Reed ruled out a return this season, saying “my knee is not ready for a match.”",
            "Tom Reed",
        ),
    ],
)
def test_a_court_speaks_in_its_ruling(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


_RULING = "The High Court ruled on Friday that the mayor could stay in office."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                _RULING,
                "“When the words of a rule are plain, we follow them,” a five-judge"
                " majority wrote.",
            ],
            "High Court",
        ),
        (
            [_RULING, "The majority wrote that “plain words are followed as they stand.”"],
            "High Court",
        ),
        (
            [
                "The Court of Appeal sided with the tenants on Monday.",
                "“A landlord may not punish a tenant for speaking out,” the panel wrote.",
            ],
            "Court of Appeal",
        ),
        (
            [_RULING, "“The vote stands and the count is over,” the 5-4 majority said."],
            "High Court",
        ),
    ],
)
def test_the_judges_of_a_court_speak_for_it(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "The Harbour Board met on Friday to weigh the plan.",
            "“Every boat must be moved before the storm season begins,” the panel said.",
        ],
        [
            _RULING,
            "“We want the vote held again as soon as it can be,” a panel of local experts wrote.",
        ],
        [
            "Ana Ruiz chairs the city's planning board.",
            "“Every boat must be moved before the storm season begins,” the majority wrote.",
        ],
    ],
)
def test_a_panel_or_majority_with_no_court_named_has_no_speaker(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The first line of Northwind Games’ complaint reads: “The league broke every promise"
            " it made to its members over ten long years.”",
            "Northwind Games",
        ),
        (
            "Northwind Games’ lawsuit says the league “broke every promise it made to its"
            " members.”",
            "Northwind Games",
        ),
        (
            "The Harbour Board’s petition to the court states: “No boat may be moved without the"
            " owner being told a week ahead.”",
            "Harbour Board",
        ),
        (
            "Ana Ruiz’s letter to the board reads: “I can no longer serve while the night dredging"
            " goes on.”",
            "Ana Ruiz",
        ),
    ],
)
def test_an_owned_lawsuit_petition_or_letter_speaks_for_its_owner(
    sentence: str, speaker: str
) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Valley League called Northwind Games’ lawsuit “a stunt that will fail in court.”",
        "The Valley League said Northwind Games’ lawsuit was “a stunt that will fail in court.”",
    ],
)
def test_a_lawsuit_only_mentioned_is_not_its_owners_speech(sentence: str) -> None:
    assert speakers_in_order([sentence]) == ["Valley League"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The report, released by the Valley Water Board on Monday, found “serious gaps in"
            " the safety checks.”",
            "Valley Water Board",
        ),
        (
            "The study, published by Morrow Analytics in May, concludes that rents are “out of"
            " reach for most young workers.”",
            "Morrow Analytics",
        ),
        (
            "A report released by the Valley Water Board on Monday found “serious gaps in the"
            " safety checks.”",
            "Valley Water Board",
        ),
    ],
)
def test_a_study_with_its_publisher_set_beside_it_speaks_for_them(
    sentence: str, speaker: str
) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_a_study_released_by_nobody_named_has_no_speaker() -> None:
    sentence = "The report, released on Monday, found “serious gaps in the safety checks.”"
    assert speakers_in_order([sentence]) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "According to court papers filed by Northwind Games, the league “broke every"
            " promise it made.”",
            "Northwind Games",
        ),
        (
            "The league “broke every promise it made to its members,” according to court"
            " documents filed by Northwind Games.",
            "Northwind Games",
        ),
        (
            "According to records released by the Valley Water Board, the dam was “never"
            " checked after the 2019 floods.”",
            "Valley Water Board",
        ),
    ],
)
def test_papers_filed_or_released_by_a_body_speak_for_it(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to documents obtained by the Harbour Times, the board knew the dam was"
        " “never checked after the floods.”",
        "According to court papers, the league “broke every promise it made to its members.”",
    ],
)
def test_papers_an_outlet_obtained_or_nobody_filed_have_no_speaker(sentence: str) -> None:
    assert speakers_in_order([sentence]) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Harbour Board adopted a resolution on Friday after a long night of talks.",
                "The late compromise calls for “an end to the night dredging within a month.”",
            ],
            "Harbour Board",
        ),
        (
            [
                "The Senate passed the measure on Tuesday.",
                "The measure calls for “a review of every dam older than fifty years.”",
            ],
            "Senate",
        ),
        (
            [
                "The Harbour Board approved the 11th-hour measure on Friday.",
                "The 11th-hour measure calls for “an end to the night dredging within a month.”",
            ],
            "Harbour Board",
        ),
    ],
)
def test_a_measure_or_compromise_speaks_for_the_body_that_passed_it(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_compromise_nobody_is_said_to_have_passed_has_no_speaker() -> None:
    paragraphs = [
        "Ana Ruiz said both sides gave ground.",
        "The compromise calls for “an end to the night dredging within a month.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "A June report from the Harbour Times claimed that Northwind plans two games.",
                "The site indicates that Northwind “may be weighing a larger version of its game.”",
            ],
            "Harbour Times",
        ),
        (
            [
                "A study by Gamer Weekly found that players want longer games.",
                "The website says players want “at least forty hours of story.”",
            ],
            "Gamer Weekly",
        ),
    ],
)
def test_the_site_is_the_outlet_behind_the_report_before(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_site_with_no_outlet_or_owner_named_has_no_speaker() -> None:
    paragraphs = [
        "Ana Ruiz wrote about the game last week.",
        "The site indicates “a release in the spring of next year.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A statement released by the Valley Water Board read: “The dam is safe for another"
            " fifty years.”",
            "Valley Water Board",
        ),
        (
            "The statement, issued by the Valley Water Board on Monday, said: “The dam is safe"
            " for another fifty years.”",
            "Valley Water Board",
        ),
        (
            "“The dam is safe for another fifty years and we will keep checking it,” read a"
            " statement from the Valley Water Board.",
            "Valley Water Board",
        ),
        (
            "A lawsuit filed by Northwind Games alleges the league “broke every promise it made.”",
            "Northwind Games",
        ),
        (
            "A letter from Ana Ruiz to the board read: “I can no longer serve while the dredging"
            " goes on.”",
            "Ana Ruiz",
        ),
    ],
)
def test_a_paper_with_who_put_it_out_speaks_for_them(sentence: str, speaker: str) -> None:
    assert speakers_in_order([sentence]) == [speaker]


def test_a_paper_an_outlet_obtained_is_not_the_outlets_speech() -> None:
    sentence = (
        "A statement obtained by the Harbour Times read: “The dam is safe for another fifty years.”"
    )
    assert speakers_in_order([sentence]) != ["Harbour Times"]


_SAFE = "“The dam is safe for another fifty years and we will keep checking it,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The Valley Water Board issued a statement on Monday.",
                f"{_SAFE} the statement read.",
            ],
            "Valley Water Board",
        ),
        (
            [
                "The Valley Water Board issued a statement on Monday.",
                "The statement read: “The dam is safe for another fifty years.”",
            ],
            "Valley Water Board",
        ),
        (
            ["Ana Ruiz sent a letter to the board on Monday.", f"{_SAFE} the letter read."],
            "Ana Ruiz",
        ),
    ],
)
def test_a_statement_or_letter_that_reads_is_its_issuers(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["A sign stood by the gate.", f"{_SAFE} the notice read."],
        [
            "Ana Ruiz got a letter on Monday.",
            "The letter said the dam was “safe for another fifty years.”",
        ],
    ],
)
def test_a_paper_nobody_is_said_to_have_issued_reads_for_nobody(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Valley Water Board did not respond to a request for comment, but its website says"
        " the dam is “safe for another fifty years.”",
        "The Valley Water Board declined to comment; its latest report says the dam is “safe for"
        " another fifty years.”",
    ],
)
def test_its_paper_in_the_bodys_own_sentence_speaks_for_the_body(sentence: str) -> None:
    assert speakers_in_order([sentence]) == ["Valley Water Board"]


def test_its_paper_after_a_thing_as_subject_speaks_for_nobody() -> None:
    sentence = (
        "The dam was built in 1950 and its history page says it is “safe for another fifty years.”"
    )
    assert speakers_in_order([sentence]) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Northwind Games sued the Valley League in May.",
                "The lawsuit says the league “broke every promise it made to its members.”",
            ],
            "Northwind Games",
        ),
        (
            [
                "The Harbour Board filed a federal lawsuit against the league in May.",
                "The complaint alleges the league “broke every promise it made to its members.”",
            ],
            "Harbour Board",
        ),
        (
            [
                "Northwind Games has sued the Valley League.",
                "The league “broke every promise it made,” according to the lawsuit.",
            ],
            "Northwind Games",
        ),
    ],
)
def test_a_lawsuit_speaks_for_whoever_sued(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_lawsuit_against_a_body_is_not_its_speech() -> None:
    paragraphs = [
        "The Valley League was sued in May.",
        "The lawsuit says the league “broke every promise it made to its members.”",
    ]
    assert speakers_in_order(paragraphs) == [None]
