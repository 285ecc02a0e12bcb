"""A document opening its sentence as the subject of a verb before the quote ("The order
directs the commission to “…”", "The Aldermoor report ends with a recommendation that “…”",
"The letter, signed by X, asks … and says …") speaks for whoever issued it. "Was" or "has"
after it is no such verb, and a person as the subject keeps the quote."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("opening", "sentence", "speaker"),
    [
        (
            "Gov. Lucinda Halvorsen-Diaz on Tuesday signed an executive order on water bills.",
            "The order directs the utilities commission to “suspend all residential"
            " disconnections for nonpayment, effective immediately.”",
            "Lucinda Halvorsen-Diaz",
        ),
        (
            "The Aldermoor Institute published a report on working hours on Monday.",
            "The Aldermoor report ends with a recommendation that “government should fund"
            " larger trials in the public sector.”",
            "Aldermoor Institute",
        ),
        (
            "In a letter to the company, the Road Safety Agency said it had 41 complaints.",
            "The letter, signed by the agency’s director, Marisol Etxeberria, asks Kestrel for"
            " data and says its advertising “may lead drivers to overestimate the system.”",
            "Road Safety Agency",
        ),
        (
            "Emails show the treasurer of the Marlow University Student Senate paid a friend.",
            "The Student Senate’s financial rules say that an officer “must declare that"
            " interest in writing and take no part in the decision.”",
            "Marlow University Student Senate",
        ),
    ],
)
def test_a_document_subject_before_the_quote_is_its_issuers(
    opening: str, sentence: str, speaker: str
) -> None:
    assert speakers_in_order([opening, sentence]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The order was called “a gift to lawyers and nothing else” by one senator.",
        "The order has “no force at all in the private water market,” one lawyer said.",
    ],
)
def test_was_or_has_after_the_document_is_no_such_verb(sentence: str) -> None:
    opening = "Gov. Lucinda Halvorsen-Diaz on Tuesday signed an executive order on water bills."
    assert speakers_in_order([opening, sentence]) != ["Lucinda Halvorsen-Diaz"]


def test_a_person_as_the_subject_keeps_the_quote() -> None:
    paragraphs = [
        "Gov. Lucinda Halvorsen-Diaz on Tuesday signed an executive order on water bills.",
        "Garrett Pohlmann says the order “goes too far and will not survive a court.”",
    ]
    assert speakers_in_order(paragraphs) == ["Garrett Pohlmann"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "This week it was a think tank, the Aldermoor Institute, whose new report concludes"
            " that firms saw “no measurable loss of output and a marked fall in turnover.”",
            "Aldermoor Institute",
        ),
        (
            "The scheme was run by the Harwell Trust, whose annual review says the homes are"
            " “warmer, drier and cheaper to heat than any in the county.”",
            "Harwell Trust",
        ),
    ],
)
def test_a_body_owning_the_document_through_whose_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order(["The week began quietly.", sentence]) == [speaker]


def test_whose_before_a_person_is_no_document() -> None:
    sentence = (
        "It was Ana Ruiz, whose sister works there, who says the homes are “warmer, drier and"
        " cheaper to heat than any in the county.”"
    )
    assert speakers_in_order(["The week began quietly.", sentence]) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("opening", "sentence", "speaker"),
    [
        (
            "The president of the Harwell Students’ Union approved the payments.",
            "The union’s constitution states that officers must “declare any family connection"
            " to a supplier before any payment is made.”",
            "Harwell Students’ Union",
        ),
        (
            "The Tarnby Rowing Club met on Monday.",
            "The club’s bylaws say that members must “pay their dues before the first race of"
            " the season.”",
            "Tarnby Rowing Club",
        ),
    ],
)
def test_a_bodys_constitution_is_the_bodys(opening: str, sentence: str, speaker: str) -> None:
    assert speakers_in_order([opening, sentence]) == [speaker]


def test_the_constitution_of_no_body_names_no_one() -> None:
    paragraphs = [
        "The court heard the case on Monday.",
        "“Congress shall make no law abridging the freedom of speech,” the constitution says.",
    ]
    assert speakers_in_order(paragraphs) == [None]
