"""Speakers for a document named by the kind of body that put it out ("a company statement"),
on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_COMPANY = "Mirae Electronics said on Tuesday it would cut 300 jobs in Europe."
_QUOTE = "“We regret the effect this decision will have on our colleagues and their families,”"


def test_according_to_a_company_statement_is_the_company() -> None:
    paragraphs = [_COMPANY, f"{_QUOTE} according to a company statement."]
    assert speakers_in_order(paragraphs) == ["Mirae Electronics"]


def test_a_company_statement_said_is_the_company() -> None:
    paragraphs = [_COMPANY, f"{_QUOTE} a company statement said."]
    assert speakers_in_order(paragraphs) == ["Mirae Electronics"]


def test_a_university_press_release_is_the_university() -> None:
    paragraphs = [
        "Calder University published the survey results on Wednesday.",
        "“This is the clearest sign yet that the current is slowing,” according to a university"
        " press release.",
    ]
    assert speakers_in_order(paragraphs) == ["Calder University"]


def test_a_statement_named_by_its_company_is_still_that_company() -> None:
    paragraphs = [_COMPANY, f"{_QUOTE} a Mirae statement said."]
    assert speakers_in_order(paragraphs) == ["Mirae Electronics"]


def test_a_statement_of_no_body_is_still_nobody_named() -> None:
    paragraphs = [_COMPANY, f"{_QUOTE} according to a brief statement."]
    assert speakers_in_order(paragraphs) == [None]
