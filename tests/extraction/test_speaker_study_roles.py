"""Roles in research news: "the lead author" is whoever the study was led by, and a
"co-author" named elsewhere is not "the author"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We controlled for the obvious factors, but observational work leaves some doubt,”"
_CO_AUTHOR = "“It is the habit that matters, not the pace of it,” said co-author Jonas Brandt."


@pytest.mark.parametrize(
    "led",
    [
        "The researchers, led by Dr. Amara Osei of the University of Dunmore, followed them.",
        "The study was led by Amara Osei, an epidemiologist at the University of Dunmore.",
        "Amara Osei, who led the study, followed the walkers for twelve years.",
    ],
)
def test_the_lead_author_is_who_led_the_work(led: str) -> None:
    paragraphs = [led, _CO_AUTHOR, f"{_QUOTE} the study’s lead author said."]
    assert speakers_in_order(paragraphs) == ["Jonas Brandt", "Amara Osei"]


def test_a_co_author_is_not_the_author() -> None:
    paragraphs = [
        "The book was written by Amara Osei over ten years.",
        "Amara Osei, the author, toured schools last spring.",
        _CO_AUTHOR,
        f"{_QUOTE} the author said.",
    ]
    assert speakers_in_order(paragraphs) == ["Jonas Brandt", "Amara Osei"]
