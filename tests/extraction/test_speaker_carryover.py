"""Speakers for shapes found on corpus articles labelled before the rules saw them, on
invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_surname_that_is_also_a_title_is_the_person_of_that_name() -> None:
    paragraphs = [
        "Quarterback Devin Bishop threw for two scores. His favourite target was Tomas Reyes,"
        " who caught both of them. He said nobody on the sideline lost their nerve.",
        "“We knew the first drive would set the tone for the whole night,” Bishop said.",
    ]
    assert speakers_in_order(paragraphs) == ["Devin Bishop"]
