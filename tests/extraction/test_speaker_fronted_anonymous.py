"""An opening phrase, then someone who asked not to be named ("Asked about the difference, an
official at the defence ministry, who spoke on condition of anonymity …, said:") keeps no
speaker: neither the ministry nor whoever was quoted earlier in the paragraph."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_EARLIER = (
    "The Ministry of Defence was more careful. It said the army had opened an inquiry “as a"
    " matter of routine, as it always does,” a line the foreign ministry did not repeat."
)
_QUOTE = "“Diplomats write for diplomats. We have to wait for the shell fragments.”"


@pytest.mark.parametrize(
    "lead",
    [
        "Asked about the difference, an official at the defence ministry, who spoke on condition"
        " of anonymity because he was not authorised to brief journalists, said:",
        "Later, one officer at the base, who asked not to be named, told the Ledger:",
        "Pressed on the point, a senior diplomat who did not want to be identified said:",
        "Outside the ministry, an aide who declined to be named put it bluntly:",
    ],
)
def test_an_anonymous_source_after_an_opening_phrase_is_unnamed(lead: str) -> None:
    assert speakers_in_order([f"{_EARLIER} {lead} {_QUOTE}"]) == ["Ministry of Defence", None]


def test_a_named_official_after_an_opening_phrase_still_speaks() -> None:
    lead = "Asked about the difference, the ministry's spokesman, Radu Feraru, said:"
    assert speakers_in_order([f"{_EARLIER} {lead} {_QUOTE}"])[1] == "Radu Feraru"
