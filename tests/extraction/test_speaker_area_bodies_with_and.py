"""A body named by an area and two common words joined by "and" before its body word ("West
Pennine Fire and Rescue Service") is one body, not "Rescue Service"; a person "of" such words
and two bodies joined by "and" stay apart."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“If you can smell smoke, close your doors and windows straight away,”"


@pytest.mark.parametrize(
    "body",
    ["West Pennine Fire and Rescue Service", "North Harwell Fire and Rescue Service"],
)
def test_the_body_whole(body: str) -> None:
    paragraphs = [f"{body} said 14 crews were at the scene. {_QUOTE} the service said."]
    assert speakers_in_order(paragraphs) == [body]


def test_two_bodies_stay_apart() -> None:
    paragraphs = [
        "Harlow Telecom and National Grid Authority both declined to comment. “We are looking"
        " into the outage very carefully,” the authority said."
    ]
    assert speakers_in_order(paragraphs) == ["National Grid Authority"]
