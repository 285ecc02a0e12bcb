"""A document credited after its quote, with when it came out between its participle and its
author ("according to a report released on Monday by the X Trust"), is the author's; without
an author it stays no one's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "The storm reached the coast on Friday night."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "More than 2,000 families are still without homes, “most of them with nowhere"
            " else to go and no savings to fall back on,” according to a report released on"
            " Monday by the Coastal Housing Trust, a group of charities.",
            "Coastal Housing Trust",
        ),
        (
            "“Rents have risen faster than wages in every single region we looked at,”"
            " according to a study published last week by the Daventry Institute.",
            "Daventry Institute",
        ),
        (
            "“Trust in local newspapers has held up far better than trust in national"
            " ones,” according to a survey published earlier this month by Halden Research.",
            "Halden Research",
        ),
        (
            "“Crews will stay on site until every home on the estate has power again,”"
            " according to a statement issued late on Friday by Norvale Energy.",
            "Norvale Energy",
        ),
        (
            "Half of the town’s bridges are unsafe, “some of them so badly that they should"
            " close at once,” according to an audit compiled in March by the Wexley Civic"
            " Society.",
            "Wexley Civic Society",
        ),
    ],
)
def test_the_author_after_the_date_speaks(sentence: str, expected: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == [expected]


def test_a_dated_report_without_an_author_keeps_none() -> None:
    sentence = (
        "“Most of the damage was done in the first two hours of the storm,” according to"
        " a report released on Monday."
    )
    assert speakers_in_order([_OPENING, sentence]) == [None]
