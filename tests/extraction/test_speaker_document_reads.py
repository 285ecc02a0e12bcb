"""A document read out after a quote ("“…,” the order reads.", "the filing reads", "the report
reads") speaks for whoever the article said issued it: the governor who signed the order, the
body whose report it is, the one who sued. A bill, a sign or a plaque that reads speaks for no
one named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“No family should have to choose between paying a bill and having water,”"


@pytest.mark.parametrize(
    ("opening", "tail", "speaker"),
    [
        (
            "Gov. Lucinda Halvorsen-Diaz on Tuesday signed an executive order on water bills.",
            "the order reads in its preamble",
            "Lucinda Halvorsen-Diaz",
        ),
        (
            "Judge Rafael Montoya-Kwan issued an order on Friday in the case.",
            "the order reads",
            "Rafael Montoya-Kwan",
        ),
        (
            "The Harbour Board published its annual report on Monday.",
            "the report reads",
            "Harbour Board",
        ),
        (
            "Northwind Games and two of its founders sued the league in May.",
            "the filing reads",
            "Northwind Games",
        ),
        (
            "The Guild of Rural Nurses and eleven of its members sued Tessaly Health on Tuesday.",
            "the complaint reads",
            "Guild of Rural Nurses",
        ),
    ],
)
def test_a_document_that_reads_is_its_issuers(opening: str, tail: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {tail}."]) == [speaker]


def test_a_report_introduced_with_whose_is_the_bodys() -> None:
    paragraphs = [
        "It was a think tank, the Aldermoor Institute, whose new report covers 61 firms.",
        "“It is hard to separate fewer hours from better organised work,” the report notes.",
    ]
    assert speakers_in_order(paragraphs) == ["Aldermoor Institute"]


@pytest.mark.parametrize("thing", ["the bill", "the sign", "the plaque", "the banner"])
def test_a_bill_or_a_sign_that_reads_speaks_for_no_one(thing: str) -> None:
    paragraphs = [
        "Senator Ann Lee on Tuesday signed a pledge on water bills.",
        f"{_QUOTE} {thing} reads.",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Gov. Ana Ruiz signed an executive order on Tuesday. Critics objected. The order"
            " itself is blunt.",
            "Ana Ruiz",
        ),
        (
            "The Harbour Board published its report on Monday. The report is short.",
            "Harbour Board",
        ),
    ],
)
def test_it_reads_after_a_sentence_a_document_opens(opening: str, speaker: str) -> None:
    paragraphs = [opening, f"{_QUOTE} it reads."]
    assert speakers_in_order(paragraphs) == [speaker]


def test_it_read_after_a_banner_speaks_for_no_one() -> None:
    paragraphs = ["Workers hung a banner from the gates.", f"{_QUOTE} it read."]
    assert speakers_in_order(paragraphs) == [None]
