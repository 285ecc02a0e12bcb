"""A company known only by words no list holds speaks through "the company", "the firm" or
"the operator" when it is the subject of a business verb ("Tarnby Ferries runs the route") or
is written with a small legal form ("Kelmar Brandt plc"); a plural noun opening a sentence
between ("Passengers waited six hours.") is no company."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SORRY = "“We apologise to everyone whose journey was disrupted this weekend,” the operator said."
_PLANS = "“We have no plans to withdraw the product from any market,” the company said."


@pytest.mark.parametrize(
    "between",
    [
        "Passengers waited six hours on Sunday.",
        "Travellers slept in their cars at the terminal.",
        "Residents said the timetable had been cut twice this year.",
        "Many travellers waited six hours on Sunday.",
    ],
)
def test_a_plural_noun_between_is_no_company(between: str) -> None:
    paragraphs = ["Tarnby Ferries runs the route between the two islands.", between, _SORRY]
    assert speakers_in_order(paragraphs) == ["Tarnby Ferries"]


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        ("Kelmar Haulage operates forty lorries.", "the company said", "Kelmar Haulage"),
        ("Vossberg Quarries employs 200 people.", "the firm said", "Vossberg Quarries"),
        ("Drennick Mills owns the site.", "the company said", "Drennick Mills"),
        ("Kelmar Brandt plc sells the tablets.", "the firm said", "Kelmar Brandt plc"),
        ("The tablets are made by Kelmar Brandt plc.", "the company said", "Kelmar Brandt plc"),
    ],
)
def test_the_company_speaks(opening: str, credit: str, speaker: str) -> None:
    quote = "“We have no plans to cut any jobs at the site this year,”"
    assert speakers_in_order([opening, f"{quote} {credit}."]) == [speaker]


@pytest.mark.parametrize("name", ["Halvers", "Brontex", "Quillons"])
def test_a_one_word_company_still_speaks(name: str) -> None:
    paragraphs = [f"{name} sells the tablets in forty countries.", _PLANS]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Tarnby Ferries runs the route between the two islands.", "Tarnby Ferries"),
        ("Kelmar Haulage operates forty lorries.", "Kelmar Haulage"),
        ("Brontex employs 200 people in the valley.", "Brontex"),
        ("The Harbour Trust runs the ferry.", "Harbour Trust"),
        ("Tom Reyes runs the ferry.", None),  # a person is no "it"
    ],
)
def test_it_said_after_a_business_subject(opening: str, speaker: str | None) -> None:
    assert speakers_in_order([opening, _SORRY.replace("the operator", "it")]) == [speaker]
