"""One of many replies set off by how it came ("One, from a nurse manager in Pellworth,
read:") is no one's the article names, not the body named before; a reply from someone named
("One, from Tom Ode in Pellworth, read:") is theirs."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We didn’t get more done. We got the same done with fewer people crying.”"


@pytest.mark.parametrize(
    "lead",
    [
        "One, from a nurse manager in Pellworth, read:",
        "One, a reply from a retired teacher, read:",
        "One, from an office in the north, reads:",
    ],
)
def test_one_reply_of_many_is_unnamed(lead: str) -> None:
    paragraphs = [
        "The Aldermoor Institute published a report on working hours.",
        f"I got more than 400 replies. {lead} {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_a_reply_from_someone_named_is_theirs() -> None:
    paragraphs = [
        "The Aldermoor Institute published a report on working hours.",
        f"I got more than 400 replies. One, from Tom Ode in Pellworth, read: {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == ["Tom Ode"]
