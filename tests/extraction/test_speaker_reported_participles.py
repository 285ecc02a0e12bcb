"""A participle closing what an outlet reported ("AP reported that the president …, arguing
that “…”") has the reported clause's subject, not the outlet."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "President Amina Diallo signed the decree on Monday.",
                "The Associated Press reported that the president also freed six prisoners,"
                " arguing that their trials had been “deeply unfair from the very start.”",
            ],
            "Amina Diallo",
        ),
        (
            [
                "Governor Mary Chen pardoned hundreds of people on Friday.",
                "Reuters reports that the governor also commuted nine sentences, saying long terms"
                " had “done nothing to make our streets any safer.”",
            ],
            "Mary Chen",
        ),
        (
            [
                "Jan Kowalski met the unions in Gdansk.",
                "Le Monde reported that Kowalski had turned the offer down, calling it “not a"
                " serious offer in any sense.”",
            ],
            "Jan Kowalski",
        ),
        (  # the outlet's own words when no participle follows
            [
                "President Amina Diallo signed the decree on Monday.",
                "The Associated Press reported that the decree was “the broadest of its kind in"
                " a decade.”",
            ],
            "Associated Press",
        ),
        (  # a participle after a plain statement still has the sentence's subject
            [
                "Tomasz Wielgosz spoke after the vote.",
                "Wielgosz rejected the plan outright, saying it was “a gift to the banks and"
                " nobody else.”",
            ],
            "Tomasz Wielgosz",
        ),
    ],
)
def test_a_reported_clause_keeps_its_subject(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
