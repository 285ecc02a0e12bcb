"""A participle with an unnamed subject of its own ("…, with one fan writing:") gives the
quote no speaker, while one whose subject is the sentence's keeps it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Dilys Harte posted a photo of the empty classroom on Sunday."
_QUOTE = "“Nobody should have to teach thirty children in a room with no heating”"


@pytest.mark.parametrize(
    "lead",
    [
        "Parents rushed to support her, with one writing:",
        "Parents rushed to support her, with one mother writing:",
        "Parents rushed to support her, one adding:",
        "Parents rushed to support her, with another commenting:",
        "Hundreds replied, with many of them saying",
    ],
)
def test_someone_unnamed_of_a_group_speaks_for_nobody_named(lead: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}."]) == [None]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Harte hit back at the council, writing:", "Dilys Harte"),
        ("Harte hit back at the council, tweeting:", "Dilys Harte"),
        ("Harte hit back at the council on Monday, replying:", "Dilys Harte"),
        ("The council stood firm, with leader Owen Price saying:", "Owen Price"),
    ],
)
def test_a_participle_of_someone_named_keeps_its_speaker(lead: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{lead} {_QUOTE}."]) == [speaker]
