"""A body's board, trustees or directors credited with its words speak for the body: "Orvane’s
board said", "the fund’s trustees said", "the board of Orvane said" are Orvane's and the fund's,
as "Orvane said" would be. A board member or chairman is someone of their own, and a person's
advisers are no body."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_COMPANY = (
    "Orvane Biotech, a drug company based in Kelmouth, lost a third of its value on Monday. "
    "Tom Hale, an analyst at Greyfield Capital, called it a rout."
)
_FUND = (
    "The Saltmarsh Heritage Fund, a charity that restores sea walls, will sell its boathouse. "
    "Nadia Brook, who rents a mooring there, called it a betrayal."
)
_QUOTE = "“We had no choice after two failed trials and a year of losses,”"


@pytest.mark.parametrize(
    ("intro", "credit", "body"),
    [
        (_COMPANY, f"{_QUOTE} Orvane’s board said.", "Orvane Biotech"),
        (_COMPANY, f"{_QUOTE} the company’s board said in a statement.", "Orvane Biotech"),
        (_COMPANY, f"Orvane’s board of directors said: {_QUOTE[:-2]}.”", "Orvane Biotech"),
        (_COMPANY, f"{_QUOTE} the board of Orvane said on Tuesday.", "Orvane Biotech"),
        (_FUND, f"{_QUOTE} the charity’s trustees said.", "Saltmarsh Heritage Fund"),
        (
            _FUND,
            f"The trustees of the Saltmarsh Heritage Fund said: {_QUOTE[:-2]}.”",
            "Saltmarsh Heritage Fund",
        ),
        (
            _FUND,
            f"{_QUOTE} the board of the Saltmarsh Heritage Fund said.",
            "Saltmarsh Heritage Fund",
        ),
        (
            _FUND,
            f"In a letter to members, the charity’s trustees wrote: {_QUOTE[:-2]}.”",
            "Saltmarsh Heritage Fund",
        ),
    ],
)
def test_a_body_s_governors_speak_for_it(intro: str, credit: str, body: str) -> None:
    assert speakers_in_order([intro, credit]) == [body]


@pytest.mark.parametrize(
    "credit",
    [
        f"{_QUOTE} a board member said.",
        f"{_QUOTE} one of Orvane’s directors said, asking not to be named.",
    ],
)
def test_one_unnamed_member_is_no_body(credit: str) -> None:
    assert speakers_in_order([_COMPANY, credit]) == [None]


def test_a_named_chairman_stays_a_person() -> None:
    credit = f"{_QUOTE} said Lena Marsh, who chairs Orvane’s board."
    assert speakers_in_order([_COMPANY, credit]) == ["Lena Marsh"]


def test_a_person_s_directors_are_no_body() -> None:
    assert speakers_in_order([_COMPANY, f"{_QUOTE} Tom Hale’s directors said."]) != ["Tom Hale"]


@pytest.mark.parametrize(
    "sentence",
    [
        f"The trustees of the Saltmarsh Heritage Fund wrote to members on Friday, warning that"
        f" {_QUOTE[:-2]}.”",
        f"The board of the Saltmarsh Heritage Fund adopted a statement on Friday saying that"
        f" {_QUOTE[:-2]}.”",
    ],
)
def test_the_governors_opening_a_sentence_before_a_participle(sentence: str) -> None:
    assert speakers_in_order([_FUND, sentence]) == ["Saltmarsh Heritage Fund"]
