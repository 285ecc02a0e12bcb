"""A thing read out whose lead holds a possessive of a thing and a time ("A message on the app’s
home screen on Sunday read:") speaks for no one named, not the last person quoted; one on a
body's or a named owner's page ("A post on the company’s account read:") stays theirs."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Velmora Pharma cut its forecast. Her neighbour, who gave his name only as Sandro, was "
    "angrier. “Somebody should pay for this. My mother is 91,” he said."
)
_QUOTE = "“Alert level lowered. Thank you for your patience.”"


def test_a_thing_with_a_possessive_and_a_time_is_unnamed() -> None:
    for lead in (
        "A message on the app’s home screen on Sunday read:",
        "A notice on the station’s main board on Monday morning read:",
        "A banner across the stadium’s north stand on Saturday read:",
    ):
        assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"])[1] is None, lead


def test_a_thing_on_a_body_or_named_owners_page_is_theirs() -> None:
    for lead in (
        "A post on the company’s account on Sunday read:",
        "A post on Velmora Pharma’s account read:",
    ):
        assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}"])[1] == "Velmora Pharma", lead
