"""A company named by an industry word ("Stellarch Dynamics", "Varro Aerospace") is an
organisation: "the company said" after it means that company."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will share every piece of data with the review board,”"


def test_industry_words_end_a_company_name() -> None:
    cases = (
        ("Stellarch Dynamics said a fuel line had failed.", "Stellarch Dynamics"),
        ("Varro Aerospace blamed a faulty valve on the second stage.", "Varro Aerospace"),
        ("Orrin Systems said its software was not at fault.", "Orrin Systems"),
        ("The contract went to Kelmar Solutions last year.", "Kelmar Solutions"),
        ("Bluecrest Airways grounded the jet on Monday.", "Bluecrest Airways"),
    )
    for intro, name in cases:
        said = f"{_QUOTE} the company said in a statement."
        assert speakers_in_order([intro, said]) == [name], intro


def test_a_person_before_the_company_keeps_their_quote() -> None:
    paragraphs = [
        "Stellarch Dynamics said a fuel line had failed.",
        "“It was a bad morning for all of us,” said Ewa Marchetti, the launch director.",
        f"{_QUOTE} the company said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ewa Marchetti", "Stellarch Dynamics"]


def test_no_company_named_keeps_no_speaker() -> None:
    intro = "A fuel line failed on the second stage, engineers believe."
    assert speakers_in_order([intro, f"{_QUOTE} the company said."]) == [None]
