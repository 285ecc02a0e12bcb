"""Observers, monitors, inspectors and analysts from or at a named body speak for it, as
forecasters at a weather service do ("Observers from the X Group said the vote was “…”")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We have counted every ballot twice,” said Ratna Anggraini, the commission chairwoman."


def test_observers_and_monitors_from_a_named_body() -> None:
    paragraphs = [
        _OPENING,
        "Observers from the Asia-Pacific Election Observer Group said the vote was “largely"
        " peaceful and well organised in every province.”",
        "Monitors from the Southern Democracy Institute said in a report that “in some stations"
        " the totals did not add up at all.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Ratna Anggraini",
        "Asia-Pacific Election Observer Group",
        "Southern Democracy Institute",
    ]


def test_inspectors_at_a_named_body() -> None:
    paragraphs = [
        _OPENING,
        "Inspectors at the Harbour Safety Authority said the crane had been “inspected and"
        " passed only three weeks before it fell.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ratna Anggraini", "Harbour Safety Authority"]


def test_observers_with_no_body_named_stay_unnamed() -> None:
    paragraphs = [
        _OPENING,
        "Observers said the count was “slow but broadly honest in most of the places we saw.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ratna Anggraini", None]
