"""A document brought in with when it came out between its participle and "by" ("A report
published on Thursday by the X", "a study released last month by the Y") is the publisher's,
however it is quoted after: "the report reads", "It notes that", "The report’s final line"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“lacked a single accountable owner at any point in its life,”"


@pytest.mark.parametrize(
    ("opening", "noun", "body"),
    [
        (
            "A report published on Thursday by the National Audit Chamber",
            "report",
            "National Audit Chamber",
        ),
        (
            "A study released last month by the Corran Health Institute",
            "study",
            "Corran Health Institute",
        ),
        ("A review issued in March by the Halvard Water Board", "review", "Halvard Water Board"),
        (
            "An audit published earlier this year by the Pellow County Council",
            "audit",
            "Pellow County Council",
        ),
    ],
)
def test_a_dated_document_is_its_publishers(opening: str, noun: str, body: str) -> None:
    paragraphs = [
        f"{opening} sets out how the project went wrong.",
        f"The scheme, known inside the department as Meridian, {_QUOTE} the {noun} reads.",
    ]
    assert speakers_in_order(paragraphs) == [body]


def test_the_publisher_carries_on_to_the_next_quote() -> None:
    paragraphs = [
        "A report published on Thursday by the Tarrow Audit Office sets out what went wrong.",
        f"The scheme {_QUOTE} the report reads. Auditors found that the department “accepted"
        " milestones as complete on the supplier’s word alone.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tarrow Audit Office", "Tarrow Audit Office"]


def test_a_journal_between_is_not_a_date() -> None:
    """Only a stretch of when it came out is passed over: "in the Journal of …" is where it
    appeared, and the author after it is read no further than the lists allow."""
    paragraphs = [
        "A study published this week in the Annals of Coastal Engineering by a team of hydrologists"
        " found the dunes were retreating.",
        f"The sea wall, built in 1962, {_QUOTE} the study reads.",
    ]
    assert speakers_in_order(paragraphs) != ["Annals of Coastal Engineering"]


def test_a_dated_document_with_no_publisher_names_none() -> None:
    paragraphs = [
        "A report published on Thursday by mistake sets out what went wrong at Tarrow.",
        f"The scheme, known as Meridian, {_QUOTE} the report reads.",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_date_with_no_participle_is_not_read_past() -> None:
    """ "by" after a date needs a publishing participle before it: "a report on Thursday by
    the roadside" names no publisher."""
    paragraphs = [
        "A report on Thursday by the Harbour Gate said nothing of the Tarrow Audit Office.",
        f"The scheme {_QUOTE} the report reads.",
    ]
    assert speakers_in_order(paragraphs) != ["Harbour Gate"]
