"""A group named by a nationality and a plural ("the three European members", "the two African
delegations"): people of a place, unnamed, never a name "European"."""

from __future__ import annotations

from bot.extraction.speakers import read_phrase
from tests.extraction.speaking import speakers_in_order

_OPENING = "“The truce is failing on the ground,” said Amara Gebremedhin, the envoy."


def test_a_nationality_and_a_plural_names_no_one() -> None:
    paragraphs = [
        _OPENING,
        "In a joint statement, the three European members said the attack was “a clear"
        " violation of international humanitarian law.”",
        "The two African delegations said the text was “too weak to change anything on the"
        " ground.”",
    ]
    assert speakers_in_order(paragraphs) == ["Amara Gebremedhin", None, None]


def test_a_team_or_a_body_before_a_plural_is_no_nationality() -> None:
    assert read_phrase("the three European members") == ("unnamed", "")
    assert read_phrase("the Harwell supporters") == ("name", "Harwell")
    assert read_phrase("the Kestrel Rovers fans") == ("name", "Kestrel Rovers")
