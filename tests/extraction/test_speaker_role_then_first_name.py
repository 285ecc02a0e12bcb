"""A listed first name alone, set off by a comma after a role once the verb has come ("“…,”
said the driver, Marek.", "said the nurse, Amara, who …"), names the speaker, as one who gave
no surname; a word after the role that is no first name ("the director, Tuesday") names no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Talia Brandt, a spokeswoman, said the firm was cooperating. “We are sharing everything the"
    " bureau asks for,” Brandt wrote."
)
_QUOTE = "“It nearly put me through the windscreen,”"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("said the driver, Marek.", "Marek"),
        ("said the nurse, Amara, who has worked there for years.", "Amara"),
        ("added the delivery driver, Tomasz.", "Tomasz"),
    ],
)
def test_a_first_name_after_a_role_is_the_speaker(tail: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {tail}"]) == ["Talia Brandt", speaker]


@pytest.mark.parametrize("tail", ["said the director, Tuesday.", "said the chef, Lisbon."])
def test_a_word_that_is_no_first_name_names_no_one(tail: str) -> None:
    assert speakers_in_order([_BEFORE, f"{_QUOTE} {tail}"])[1] != tail.split(", ")[1].rstrip(".")
