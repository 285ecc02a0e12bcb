"""A document brought in with the noun for a body's kind before it ("according to an agency
update posted late on Saturday", "a company statement issued on Monday") and read again ("The
update said … “…”") is that body's, found among the bodies the article named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_NAMED = (
    "The lander went silent hours after touchdown, the Orbital Exploration Agency and its maker,"
    " Corvid Aerospace Ltd, said on Saturday."
)
_QUOTE = "the panels were “likely facing away from the Sun for good.”"


@pytest.mark.parametrize(
    ("brought_in", "speaker"),
    [
        ("according to an agency update posted late on Saturday. The update said",
         "Orbital Exploration Agency"),
        ("according to a company statement issued on Sunday. The statement said",
         "Corvid Aerospace Ltd"),
        ("as an agency bulletin put it on Sunday. The bulletin said", "Orbital Exploration Agency"),
    ],
)
def test_the_kind_before_the_document_names_its_body(brought_in: str, speaker: str) -> None:
    paragraphs = [_NAMED, f"Engineers think it tipped over, {brought_in} {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_court_filing_is_not_the_courts() -> None:
    paragraphs = [
        "Corvid Aerospace Ltd was sued by a supplier in the Veltmar High Court on Monday.",
        f"According to a court filing, the supplier said {_QUOTE}",
    ]
    assert speakers_in_order(paragraphs) == [None]  # the supplier, unnamed; not the court
