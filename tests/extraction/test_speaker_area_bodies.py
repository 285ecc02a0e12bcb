"""Bodies named by two places joined by "and" ("Avon and Somerset Police", "Trinidad and Tobago
Football Association") keep their whole name; two bodies joined by "and" stay two."""

from __future__ import annotations

import pytest

from bot.extraction.orgs import org_spans
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are asking anyone who saw the van on the bridge to come forward,”"


@pytest.mark.parametrize(
    "body",
    [
        "Avon and Somerset Police",
        "Devon and Cornwall Constabulary",
        "Kensington and Chelsea Council",
        "Dumfries and Galloway Council",
        "Trinidad and Tobago Football Association",
        "Bosnia and Herzegovina Basketball Federation",
    ],
)
def test_the_area_stays_in_the_name(body: str) -> None:
    opening = f"{body} said the road would stay shut overnight."
    assert speakers_in_order([opening, f"{_QUOTE} {body} said."]) == [body]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kent Police and Essex Police", ["Kent Police", "Essex Police"]),
        ("Arsenal and Chelsea Football Club", ["Chelsea Football Club"]),
        ("Google and Microsoft Corp", ["Microsoft Corp"]),
        ("Bank of England and Treasury", ["Bank of England"]),
    ],
)
def test_two_bodies_stay_two(text: str, names: list[str]) -> None:
    assert [name for _, _, name in org_spans(text)] == names


def test_a_named_office_after_the_quote_does_not_take_an_owned_one() -> None:
    paragraphs = [
        "The mayor’s office said the closure was “a temporary measure while engineers check"
        " the bridge”.",
        "The Home Office said last week that it would look at the case again.",
    ]
    assert speakers_in_order(paragraphs) == ["mayor’s office"]


def test_a_body_named_after_its_statement_still_speaks() -> None:
    paragraphs = [
        "“We accept the ruling and will repair the bridge this summer,” the council said.",
        "Harrowgate District Council was fined £20,000 in March for leaving it unsafe.",
    ]
    assert speakers_in_order(paragraphs) == ["Harrowgate District Council"]
