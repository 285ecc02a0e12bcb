"""A lede that teases a quote without its speaker ("with one panellist likening the system to
“a motorway with no on-ramps”") is the speaker's whose quote later gives the same words; a lede
quote whose words come nowhere else stays unnamed, and one with a speaker keeps it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_teased_lede_quote_takes_the_speaker_of_its_full_form() -> None:
    for lede, later, name in (
        (
            "The grid queue dominated the panel, with one panellist likening it to “a motorway"
            " with no on-ramps.”",
            "“We are building a motorway with no on-ramps, and then we wonder why nobody drives"
            " on it,” said Tavita Leaupepe, who founded the co-op.",
            "Tavita Leaupepe",
        ),
        (
            "Residents were told to expect “a long, cold and very dark weekend” by one official.",
            "“People should expect a long, cold and very dark weekend, and plan for it,” Hamish"
            " Rennick-Osei told a briefing.",
            "Hamish Rennick-Osei",
        ),
    ):
        assert speakers_in_order([lede, "The session ran late.", later]) == [name, name], name


def test_a_lede_quote_said_nowhere_else_stays_unnamed() -> None:
    paragraphs = [
        "The grid queue dominated the panel, with one panellist likening it to “a motorway"
        " with no on-ramps.”",
        "“Steel, transformers and people, in that order, are what we lack,” said Kwabena Ofosu.",
    ]
    assert speakers_in_order(paragraphs) == [None, "Kwabena Ofosu"]


def test_a_lede_quote_with_a_speaker_keeps_it() -> None:
    paragraphs = [
        "Moira Strachan likened the queue to “a motorway with no on-ramps” on Thursday.",
        "“We are building a motorway with no on-ramps, and then we wonder why nobody drives"
        " on it,” said Tavita Leaupepe, who founded the co-op.",
    ]
    assert speakers_in_order(paragraphs) == ["Moira Strachan", "Tavita Leaupepe"]
