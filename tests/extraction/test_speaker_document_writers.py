"""A document no earlier sentence names an issuer for is the words of whoever wrote it: the
subject of a writing verb in a sentence just before ("X wrote to passengers … “…,” the letter
reads.", "Gov. X declared an emergency. The proclamation says …"), the one named right after its
noun ("a letter X sent to families"), or the owner of the page it was posted on ("a notice posted
on the agency’s website"); and "It says …" after a sentence about the document is its too."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("before", "tail", "speaker"),
    [
        (
            "The operator’s managing director, Pieter Oosthuizen, wrote to passengers on"
            " Wednesday evening apologising for the delays.",
            "the letter reads.",
            "Pieter Oosthuizen",
        ),
        (
            "Councillor Amara Duckworth, who represents the ward, wrote on Facebook that she"
            " would ask for a review.",
            "the post reads.",
            "Amara Duckworth",
        ),
        (
            "Head teacher Colm Brannigan emailed parents late on Sunday.",
            "the email reads.",
            "Colm Brannigan",
        ),
        (
            "Mayor Ilse Varga tweeted late on Sunday night.",
            "the post said.",
            "Ilse Varga",
        ),
    ],
)
def test_the_writer_in_the_sentence_before(before: str, tail: str, speaker: str) -> None:
    quote = f"“We are sorry for every hour of your week that this has cost you,” {tail}"
    assert speakers_in_order(["The line was closed for two days.", f"{before} {quote}"]) == [
        speaker
    ]


def test_a_proclamation_after_the_governor_declared() -> None:
    paragraphs = [
        "Late Thursday, Gov. Marta Oyelaran-Quist declared a state of emergency for two counties."
        " The proclamation says the flooding poses “a grave danger to the lives and homes of"
        " thousands” and frees state money for shelters."
    ]
    assert speakers_in_order(paragraphs) == ["Marta Oyelaran-Quist"]


def test_it_says_after_the_letter_is_the_letters() -> None:
    paragraphs = [
        "The plan was set out in a letter Superintendent Rosalind Achterberg sent to families on"
        " Friday. “No one goes into teaching to write a letter like this one,” the letter begins."
        " It says the district faces “the sharpest fall in pupils we have seen in decades.”",
        "Dariusz Kowal wrote to passengers on Monday. “I know how hard this week has been for"
        " you,” the letter reads. It asks passengers to stay home and warns that the one line"
        " left will be “very busy at the start and end of the day.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Rosalind Achterberg",
        "Rosalind Achterberg",
        "Dariusz Kowal",
        "Dariusz Kowal",
    ]


def test_a_notice_posted_on_the_agency_website() -> None:
    paragraphs = [
        "The National Arts Endowment, the federal agency that funds museums, stopped its grants"
        " this week.",
        "The pause, announced in a notice posted on the agency’s website late Monday, affects"
        " 900 museums. “No new grants will be issued until the review is complete,” the notice"
        " reads.",
    ]
    assert speakers_in_order(paragraphs) == ["National Arts Endowment"]


def test_a_note_by_an_analyst_of_a_firm() -> None:
    paragraphs = [
        "In a note to clients, Hana Lindqvist of Northgate Research wrote that the cuts “treat"
        " the symptom, not the disease.” “The firm’s problem is not its staff but its shrinking"
        " list of customers,” the note reads."
    ]
    assert speakers_in_order(paragraphs) == ["Hana Lindqvist", "Hana Lindqvist"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # no one wrote anything in the sentences before: the sign is nobody's
            "Tomas Ruiz spoke to reporters outside the depot on Monday.",
            "A sign hung on the gate. “Tired drivers are not safe drivers,” the sign reads.",
        ],
        [  # a speaker with no writing verb before the letter
            "Tomas Ruiz spoke to reporters outside the depot on Monday.",
            "“We have done all we can for the people on this line,” the letter reads.",
        ],
    ],
)
def test_no_writer_named(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == [None]


def test_it_says_after_a_company_stays_the_company() -> None:
    paragraphs = [
        "Kestrel Foods cut 300 jobs last year. It says the new plant will “bring back every one"
        " of those jobs and more.”"
    ]
    assert speakers_in_order(paragraphs) == ["Kestrel Foods"]


def test_a_post_on_facebook_is_not_the_letter() -> None:
    paragraphs = [
        "Merrow Council sent a letter to tenants on Monday. Mayor Ada Brennan wrote on Facebook"
        " that she was sorry. “Your rent will rise by four percent from the start of April,” the"
        " letter reads."
    ]
    assert speakers_in_order(paragraphs) == ["Merrow Council"]
