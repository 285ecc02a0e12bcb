"""A surname written "Said" after a first name ("Amira Said", "Karim Said") is a name, not the
verb: "Amira Said came to Britain in 1968. “…,” she said." is hers; "Said" opening a sentence
before a name ("Said Haddad: “…”") is still the verb."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We had nothing but two sewing machines and a lot of hope back then,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Amira Said came to Britain in 1968.", f"{_QUOTE} she said."], "Amira Said"),
        ([f"{_QUOTE} said Amira Said, who is 78."], "Amira Said"),
        ([f"{_QUOTE} Amira Said said."], "Amira Said"),
        (["Amira Said, 78, runs the shop.", f"{_QUOTE} Said said."], "Amira Said"),
        (["Karim Said runs the shop.", f"{_QUOTE} he said."], "Karim Said"),
    ],
)
def test_the_surname_said_is_a_name(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_said_opening_the_sentence_is_the_verb() -> None:
    paragraphs = ["Nadia Haddad runs the shop.", f"Said Haddad: {_QUOTE}"]
    assert speakers_in_order(paragraphs) == ["Nadia Haddad"]


def test_a_headline_said_to_be_is_no_name() -> None:
    paragraphs = ["Nadia Haddad runs the shop.", f"{_QUOTE} she said."]
    headline = "Haddad Said To Be Retiring After Fifty Years"
    assert speakers_in_order(paragraphs, headline=headline) == ["Nadia Haddad"]
