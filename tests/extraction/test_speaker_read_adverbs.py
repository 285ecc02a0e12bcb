"""A sign, note or banner that "read simply:" (an adverb between "read" and the colon) has no
speaker, as one that "read:" has, even after a letter someone wrote earlier in the article."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LETTER = (
    "In a letter sent to tenants on Monday, the landlord’s solicitor, Rupert Haldane-Mbeki, wrote"
    " that the failure had been “an administrative oversight which has now been corrected.”"
)


@pytest.mark.parametrize(
    "lead",
    [
        "A handwritten note taped inside the lift on Saturday read simply:",
        "A sign in the window of the launderette reads only:",
        "A banner hung from the ninth floor read, defiantly:",
        "A message chalked on the pavement outside read bluntly:",
    ],
)
def test_a_thing_read_with_an_adverb_has_no_speaker(lead: str) -> None:
    paragraphs = [_LETTER, f"{lead} “We won. Now fix the lift and the heating too.”"]
    assert speakers_in_order(paragraphs) == ["Rupert Haldane-Mbeki", None]


@pytest.mark.parametrize("verb", ["read:", "read simply:"])
def test_a_note_from_someone_named_is_theirs(verb: str) -> None:
    paragraphs = [
        _LETTER,
        f"A note from Kwabena Asante, who leads the tenants, {verb} “We won. Now fix the lift.”",
    ]
    assert speakers_in_order(paragraphs) == ["Rupert Haldane-Mbeki", "Kwabena Asante"]
