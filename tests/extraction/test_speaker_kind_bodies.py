""" "The ministry said", "the office said": the body a recent sentence named by its portfolio or
its owner ("the finance ministry", "the FBI's field office") rather than by a name of its own."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We will publish the full figures once the review has been completed,”"


@pytest.mark.parametrize(
    ("opening", "noun", "body"),
    [
        (
            "The finance ministry said in a statement that the deficit would fall.",
            "ministry",
            "finance ministry",
        ),
        (
            "Late on Friday the foreign ministry summoned the ambassador.",
            "ministry",
            "foreign ministry",
        ),
        (
            "Talvoria's interior ministry said the border would stay shut.",
            "ministry",
            "Talvoria's interior ministry",
        ),
        ("The FBI's field office in Dunmore said the inquiry was continuing.", "office", "FBI"),
        (
            "The district attorney's office declined to bring charges.",
            "office",
            "district attorney's office",
        ),
        (
            "The Ostrian health department issued new guidance on Tuesday.",
            "department",
            "Ostrian health department",
        ),
        (
            "Ferries ran again on the northern route, the Greek port authority said.",
            "authority",
            "Greek port authority",
        ),
        (
            "Flights were grounded for six hours, the Kenyan civil aviation authority said.",
            "authority",
            "Kenyan civil aviation authority",
        ),
        (
            "The Japanese meteorological agency warned of heavy snow in the north.",
            "agency",
            "Japanese meteorological agency",
        ),
    ],
)
def test_the_body_named_by_its_kind(opening: str, noun: str, body: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {noun} said."]) == [body]


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        ("The new ministry opened its doors in May.", "ministry"),  # no portfolio, no owner
        ("The regional transport ministry will study it.", "ministry"),  # which region's?
        ("His lawyer's office was closed on Monday.", "office"),  # a person's, not "the"
        ("Mara Lind worked late in her home office.", "office"),  # a room, not a body
        ("The regional port authority said ferries were running.", "authority"),  # which?
        ("The new authority meets for the first time in June.", "authority"),  # no remit
    ],
)
def test_a_body_with_no_kind_or_owner_stays_unnamed(opening: str, noun: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {noun} said."]) == [None]


def test_a_named_ministry_still_wins() -> None:
    paragraphs = [
        "The Ministry of Transport and the finance ministry met on Monday.",
        f"{_QUOTE} the ministry said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ministry of Transport"]


@pytest.mark.parametrize(
    ("opening", "noun", "body"),
    [
        (
            "Lorries queued for two days, the Varenian border service said on Sunday.",
            "service",
            "Varenian border service",
        ),
        (
            "Talvoria's emergency service said six people were rescued from the river.",
            "service",
            "Talvoria's emergency service",
        ),
        ("The customs service seized the shipment at the port.", "service", "customs service"),
        (
            "The Ostrian space agency delayed the launch for a third time.",
            "agency",
            "Ostrian space agency",
        ),
        (
            "Varenland's news agency reported the arrests late on Friday.",
            "agency",
            "Varenland's news agency",
        ),
    ],
)
def test_a_service_or_agency_named_by_its_work(opening: str, noun: str, body: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {noun} said."]) == [body]


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        ("The memorial service was held on Friday in the village church.", "service"),
        ("The new service opened in May with three buses.", "service"),
        ("Her travel agency booked the flights.", "agency"),  # hers, not "the"
        ("The Sunday service ran late.", "service"),  # a church's, no body named
    ],
)
def test_a_service_that_is_no_body_stays_unnamed(opening: str, noun: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {noun} said."]) == [None]


def test_a_service_with_a_name_of_its_own_still_wins() -> None:
    paragraphs = [
        "The Harbour Pilot Service and the customs service met on Monday.",
        f"{_QUOTE} the service said.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Pilot Service"]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Forty people were rescued off Lesbos, the Greek coast guard said.", "Greek coast guard"),
        ("The Hellenic Coast Guard said forty people were rescued.", "Hellenic Coast Guard"),
        ("A coast guard officer, Nikos Pappas, pulled a child from the sea.", None),
    ],
)
def test_the_coast_guard_is_a_body_not_a_guard(opening: str, body: str | None) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the coast guard said."]) == [body]
