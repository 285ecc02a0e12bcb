""" "the district said" means the school district the article named, though its name says
"Public Schools" or "City Schools" rather than "District"; one school is not the district."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "Classes were cancelled at every school run by Marlow County Public Schools on Monday.",
        "In a letter to families, the district said it “deeply regrets the disruption this will"
        " cause”.",
        "Marlow County Public Schools",
    ),
    (
        "Bus routes run by Ridgefield City Schools will change in January. At Ridgefield High"
        " School, parents were angry.",
        "The district said the new routes would “save money without leaving anyone stranded”.",
        "Ridgefield City Schools",
    ),
    (
        "Teachers at Okafor Valley Public Schools voted to accept the offer.",
        "“We are pleased to have reached an agreement our staff can support,” the district wrote"
        " in an email to parents.",
        "Okafor Valley Public Schools",
    ),
    (
        "Harlan Park Public Schools closed three buildings after the storm.",
        "The district added that repairs were “likely to take most of the spring term”.",
        "Harlan Park Public Schools",
    ),
    (
        "Pupils from the Westmoor School District joined a march on Friday.",
        "The district said the march was “organised by students, not by staff”.",
        "Westmoor School District",
    ),
]


@pytest.mark.parametrize(("before", "said", "body"), _CASES)
def test_the_district_is_the_school_district_named(before: str, said: str, body: str) -> None:
    assert speakers_in_order([before, said]) == [body]


def test_one_school_is_not_the_district() -> None:
    paragraphs = [
        "Pupils at Eastbrook High School staged a walkout on Monday.",
        "The district said it was “aware of the protest and monitoring it closely”.",
    ]
    assert speakers_in_order(paragraphs) != ["Eastbrook High School"]
