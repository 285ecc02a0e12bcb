"""A forecast or outlook speaks for whoever issued it, as a report does, on invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Harbor Bank issued its annual outlook last week. According to the outlook,"
                " “rates will fall slowly through the next two years.”"
            ],
            "Harbor Bank",
        ),
        (
            [
                "The Kelso Weather Office issued a forecast on Sunday.",
                "“Heavy rain will reach the coast by the evening rush hour,” the forecast said.",
            ],
            "Kelso Weather Office",
        ),
        (
            [
                "Economists expect growth to slow.",
                "According to one forecast, “growth will stall in the second half of the year.”",
            ],
            None,
        ),
        (
            [
                "The outlook for farmers is grim, said Ana Ruiz.",
                "“We will lose half the harvest this year,” she said.",
            ],
            "Ana Ruiz",
        ),
    ],
)
def test_a_forecast_is_its_issuers(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
