"""A name with a "who" clause whose verb of saying leads straight to the quote ("people like
Ana Ruiz, who says, “…”") is the speaker; a "who" clause closed before the main verb still
leaves the quote to the main verb's subject."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "The grant helped students like Emre Demir, who says, “I could finally stop working"
                " nights.”"
            ],
            ["Emre Demir"],
        ),
        (
            [
                "Help came from Ngozi Okafor, who told reporters, “We had boats out before the"
                " sirens stopped.”"
            ],
            ["Ngozi Okafor"],
        ),
        (
            [
                "The mayor called Kestrel Motors, who replied, “The plant will stay open through"
                " the winter.”"
            ],
            ["Kestrel Motors"],
        ),
        (
            [
                "The chief turned to his deputy, Aisling Byrne, who recounted, “It spread across"
                " the roof in minutes.”"
            ],
            ["Aisling Byrne"],
        ),
        (  # the clause is closed before the main verb: its subject speaks
            ["Ana Ruiz, who chairs the board, said, “Nobody will lose a pension over this.”"],
            ["Ana Ruiz"],
        ),
        (  # a who clause of people unnamed, then a named speaker after the quote
            [
                "The residents, who said little, watched the mayor. “This street will be rebuilt"
                " by spring,” Ferreira said."
            ],
            ["Ferreira"],
        ),
    ],
)
def test_who_clause_leading_to_quote(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers
