""" "per X" credits a quote as "according to X" does: a surname for the person introduced
before, a role and a name, a body by its full or short name, or "Per X," opening the sentence,
even when the sentence opens with a body as its subject; "per cent", "per game", "$40 per head",
"as per usual" and "per a person briefed on the talks" credit no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“looking at every young goalkeeper in the league since the autumn"
_PEOPLE = [
    ("Corinne Vasquez", "Vasquez"),
    ("Oluwaseun Adebayo-Price", "Adebayo-Price"),
    ("Hyun-woo Baek", "Baek"),
    ("Ines de la Fuente", "de la Fuente"),
]


@pytest.mark.parametrize(("full", "short"), _PEOPLE)
@pytest.mark.parametrize(
    "subject", ["The Harbour City Gulls have been", "The club has been", "Marlow Town have been"]
)
def test_per_a_surname_after_the_quote(full: str, short: str, subject: str) -> None:
    paragraphs = [
        "Marlow Town and the Harbour City Gulls meet on Saturday.",
        f"Sports writer {full} first reported the talks on Tuesday. {subject} {_QUOTE},”"
        f" per {short}, and a deal could follow.",
    ]
    assert speakers_in_order(paragraphs) == [full]


@pytest.mark.parametrize(("full", "_short"), _PEOPLE)
@pytest.mark.parametrize("role", ["team president", "club captain", "league reporter", ""])
def test_per_a_role_and_a_name(full: str, _short: str, role: str) -> None:
    credit = f"{role} {full}".strip()
    paragraphs = [f"The owners want the wage bill kept {_QUOTE},” per {credit}."]
    assert speakers_in_order(paragraphs) == [full]


@pytest.mark.parametrize(("full", "_short"), _PEOPLE)
def test_per_opening_the_sentence(full: str, _short: str) -> None:
    paragraphs = [
        "The Harbour City Gulls are close to a deal.",
        f"Per Gulls manager {full}, the young keeper is “exactly the kind of player who makes a"
        " whole defence better.”",
    ]
    assert speakers_in_order(paragraphs) == [full]


@pytest.mark.parametrize(
    ("before", "credit", "body"),
    [
        ("", "the Coastal Football League, which moved its deadline", "Coastal Football League"),
        (
            "The Redfield Foxes are selling.",
            "the Foxes, who have spoken to clubs",
            "Redfield Foxes",
        ),
        (
            "The Ministry of Transport published its figures.",
            "the ministry",
            "Ministry of Transport",
        ),
        ("The Tarn Valley Water Board met on Monday.", "the board", "Tarn Valley Water Board"),
    ],
)
def test_per_a_body(before: str, credit: str, body: str) -> None:
    quote = "“by no more than inflation in any one year,”"
    paragraphs = [f"{before} Fares will rise {quote} per {credit}.".strip()]
    assert speakers_in_order(paragraphs) == [body]


def test_per_a_body_opening_the_sentence() -> None:
    paragraphs = [
        "The Ministry of Transport published its figures on Monday.",
        "Per the ministry, fares will rise “by no more than inflation in any one year.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ministry of Transport"]


@pytest.mark.parametrize(
    "credit",
    ["a person briefed on the talks", "two people close to the club", "sources at the league"],
)
def test_per_someone_unnamed(credit: str) -> None:
    paragraphs = [
        "The Redfield Foxes are selling their keeper.",
        f"The Foxes want “two young defenders and a prospect we actually like,” per {credit}.",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ticket prices will rise by $4 per seat, and Lena Fisk said the rise was “the smallest"
        " we could manage this year.”",
        "The club charges $25 per head for away trips, which Lena Fisk said were “filling up"
        " faster than at any point in a decade.”",
        "“We are not going to chase a striker who scores once per season,” Lena Fisk said.",
        "Lena Fisk said the keeper saved 31 per cent of the shots he faced and was “better than"
        " anyone we have on the books.”",
        "As per usual, Lena Fisk said the phones had been “ringing off the hook since nine in the"
        " morning.”",
    ],
)
def test_per_without_a_credit_changes_nothing(sentence: str) -> None:
    paragraphs = ["The Redfield Foxes are selling.", sentence]
    assert speakers_in_order(paragraphs) == ["Lena Fisk"]


def test_per_after_a_speaker_of_the_sentence_keeps_the_speaker() -> None:
    paragraphs = [
        "Tom Okafor said the team was “not going to chase anybody at all this winter,” per the"
        " Tidewater Ledger."
    ]
    assert speakers_in_order(paragraphs) == ["Tom Okafor"]
