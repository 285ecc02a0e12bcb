"""A caption read out after the quote under a photo or video someone shared in the sentence
before ("X shared a video of himself at a farm. “…,” the caption read."): the one who shared it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We will not be lectured on farming,” said Ayşe Nur Demirtaş, the opposition leader."


def test_a_named_sharer_after_an_opening_phrase() -> None:
    paragraphs = [
        _OPENING,
        "Prime Minister Selim Karaca replied on Wednesday. In a second post, Karaca shared a"
        " video of himself at a wheat farm. “The doors of this office are open to every"
        " farmer in the land,” the caption read.",
    ]
    assert speakers_in_order(paragraphs) == ["Ayşe Nur Demirtaş", "Selim Karaca"]


def test_a_pronoun_sharer() -> None:
    paragraphs = [
        _OPENING,
        "She later posted a photo of the empty market square. “This is what they call a full"
        " recovery of the town,” the caption reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ayşe Nur Demirtaş", "Ayşe Nur Demirtaş"]


def test_a_photo_no_one_is_said_to_share_keeps_no_speaker() -> None:
    paragraphs = [
        _OPENING,
        "A photo of the square went round the town within hours. “This is what they call a full"
        " recovery of the town,” the caption read.",
    ]
    assert speakers_in_order(paragraphs) == ["Ayşe Nur Demirtaş", None]


def test_a_body_that_released_a_photograph() -> None:
    paragraphs = [
        _OPENING,
        "The Bahrani Foreign Ministry released a photograph of the three men on the tarmac."
        " “Welcome home to all of you, at last,” the caption read.",
    ]
    assert speakers_in_order(paragraphs) == ["Ayşe Nur Demirtaş", "Bahrani Foreign Ministry"]
