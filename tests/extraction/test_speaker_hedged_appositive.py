"""A name set beside the subject, then hearsay such as "is said to have told": that person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Northwind Foods cut 200 jobs on Monday.",
                "Its chief executive, Dana Whitlow, is said to have told staff: “We will come"
                " back stronger from this.”",
            ],
            "Dana Whitlow",
        ),
        (
            [
                "The ferry line has cancelled its winter timetable.",
                "Its owner, Piet Varga, was understood to have written to crews that “no one"
                " should expect a season before April.”",
            ],
            "Piet Varga",
        ),
        (
            [
                "The orchestra lost its main sponsor in the spring.",
                "Lena Moritz, its conductor, is believed to have told players: “We will play"
                " every concert we have sold, sponsor or not.”",
            ],
            "Lena Moritz",
        ),
        (
            [
                "Talks over the stadium lease broke down again on Thursday.",
                "The club's chairman, Owen Marsh, was said to have warned the council:"
                " “We will not sign a lease that short.”",
            ],
            "Owen Marsh",
        ),
        (
            [
                "Northwind Foods cut 200 jobs on Monday.",
                "Dana Whitlow, who has run the firm since 2019, is said to have told staff: “We"
                " will come back stronger from this.”",
            ],
            "Dana Whitlow",
        ),
        (  # a thing set off by "which" names someone who is not its subject
            [
                "Northwind Foods cut 200 jobs on Monday.",
                "The firm, which Dana Whitlow runs, is said to have told staff: “We will come"
                " back stronger from this.”",
            ],
            None,
        ),
        (  # the hedge belongs to the first clause; another person speaks in the second
            [
                "Northwind Foods cut 200 jobs on Monday.",
                "Its chief executive, Dana Whitlow, is said to have a plan, and Ann Lee told"
                " staff: “We will come back stronger from this.”",
            ],
            "Ann Lee",
        ),
    ],
)
def test_a_hedged_verb_after_a_name_set_beside_the_subject(
    paragraphs: list[str], speaker: str | None
) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
