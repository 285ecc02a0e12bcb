"""Words a thing bears, read out by a verb in the writer's sentence ("The label on the bottle
says “…”", "Some wore T-shirts reading “…”", "The packet promises “…”"), have no speaker, even
right after someone named spoke in the same paragraph; a thing of someone's ("Her placard read")
or one a named person holds ("a banner held by X") is left to the rules for those."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "Radomir Kostic, who runs the corner shop, was unimpressed. “They never asked a single one "
    "of us what we wanted,” he said."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The label on the bottle says “Shake well and keep away from small children”.",
        "The sign at the gate says “Private land, no walkers beyond this point”.",
        "The packaging says “Now with forty percent less sugar than before”.",
        "A warning on the box says: “Not suitable for children under three years.”",
        "Some wore T-shirts reading “Teachers are not the enemy here”.",
        "The billboard above the ring road simply says “You are being lied to about fuel”.",
        "The packet promises “twice the crunch with half the salt”.",
        "The notice pinned to the door says “Back in ten minutes, please wait here”.",
    ],
)
@pytest.mark.parametrize("joined", [True, False])
def test_words_a_thing_bears_have_no_speaker(sentence: str, joined: bool) -> None:
    paragraphs = [_OPENING + " " + sentence] if joined else [_OPENING, sentence]
    assert speakers_in_order(paragraphs) == ["Radomir Kostic", None]


@pytest.mark.parametrize(
    "sentence",
    [
        "His placard read: “They never asked a single one of us anything.”",
        "Kostic’s T-shirt said “I survived the great flood of the valley”.",
    ],
)
def test_a_thing_of_someones_is_not_read_as_no_ones(sentence: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == ["Radomir Kostic", "Radomir Kostic"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Twice the crunch with half the salt,” the packet boasts.",
        "“Closed until further notice, sorry for any trouble,” the sign on the door says.",
        "“Every child deserves a warm meal at school,” urges a poster in the window.",
    ],
)
def test_a_thing_tagging_a_quote_after_a_speakers_is_its_own(sentence: str) -> None:
    assert speakers_in_order([_OPENING + " " + sentence]) == ["Radomir Kostic", None]
