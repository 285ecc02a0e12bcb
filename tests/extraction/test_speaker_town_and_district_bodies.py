"""A body named for a town "and District" ("Ashby Marsh and District Chamber of Commerce",
"Bath and District Council") keeps its whole name, not "District Chamber of Commerce"; two
bodies joined by "and" stay two."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“without action in the next budget, the high street will be a row of empty windows.”"


def test_a_town_and_district_body_keeps_its_whole_name() -> None:
    for body in (
        "Ashby Marsh and District Chamber of Commerce",
        "Wexcombe and District Traders Association",
        "Carrow and District Council",
    ):
        paragraphs = [
            f"The {body} said the closure was the fifth this year. In a letter, the"
            f" {body.split()[-1].lower()} warns that {_QUOTE}",
            f"“We will keep pushing for a cut in rates for every shop,” the {body} said.",
        ]
        assert speakers_in_order(paragraphs)[-1] == body, body


def test_two_bodies_joined_by_and_stay_two() -> None:
    paragraphs = [
        "The Kestrel Trust and District Council agreed a deal on Monday. “We will keep pushing"
        " for a cut in rates for every shop,” the District Council said."
    ]
    assert speakers_in_order(paragraphs)[-1] == "District Council"
