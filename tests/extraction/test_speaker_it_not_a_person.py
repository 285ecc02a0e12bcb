"""An "it said" never goes to a person the text describes, whatever their first name."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_it_is_not_the_last_speaker_when_the_text_describes_a_person() -> None:
    for opening in (
        "“We are ready to talk at any hour of the day,” said Amadou Sall, the opposition leader.",
        "Amadou Sall, an opposition leader, called the count a fraud. “We are ready to talk at"
        " any hour of the day,” Sall said.",
    ):
        paragraphs = [
            opening,
            "The electoral commission of Varnesia said counting was complete. “All sheets were"
            " signed by agents of both parties,” it said on Tuesday.",
        ]
        assert speakers_in_order(paragraphs) == ["Amadou Sall", None], opening


def test_it_still_goes_to_a_body_that_spoke_before() -> None:
    paragraphs = [
        "“Every tally sheet is public and can be checked by anyone,” the Varnesia Electoral"
        " Commission said on Monday.",
        "“We are ready to talk at any hour of the day,” said Amadou Sall, the opposition leader.",
        "Officials were unmoved. “All sheets were signed by agents of both parties,” it said on"
        " Tuesday.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Varnesia Electoral Commission",
        "Amadou Sall",
        "Varnesia Electoral Commission",
    ]
