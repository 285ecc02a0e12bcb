"""A speech word ending in "s" after a verb of getting is its plural object ("had received
reports of"), not the verb whose subject says the quote."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“The count is not over yet,” said Hendra Kusumawati, the candidate."


def test_received_reports_is_no_verb_of_the_quote() -> None:
    paragraphs = [
        _OPENING
        + " He said his team had received reports of fraud in three provinces and would"
        " “guard every ballot box until the last vote is counted.”",
    ]
    assert speakers_in_order(paragraphs) == ["Hendra Kusumawati", "Hendra Kusumawati"]


def test_heard_claims_is_no_verb_of_the_quote() -> None:
    paragraphs = [
        "“The river came up in an hour,” said Ines Barragán Soto, the mayor. She said her office"
        " had heard claims of looting overnight and was “sending every officer we have to"
        " the lower town.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Barragán Soto", "Ines Barragán Soto"]


def test_a_speech_verb_after_its_subject_still_speaks() -> None:
    paragraphs = [
        _OPENING,
        "Dana Okoye reports that the mood in the capital is “calmer than at any point this"
        " week, for now.”",
    ]
    assert speakers_in_order(paragraphs) == ["Hendra Kusumawati", "Dana Okoye"]
