"""A surname after a title written with a stop ("Dr. Lopez", "Prof. Okoro") stands
mid-sentence as after "Dr Lopez": the stop ends the title, not a sentence, so a "she" or "he"
after it may mean that person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Hangovers get worse with age, and there is little anyone can do about it."
_QUOTE = "“The salt makes you drink more water, and that helps a great deal,”"


@pytest.mark.parametrize(
    ("named", "pronoun", "speaker"),
    [
        ("Dr. Lopez", "she", "Lopez"),
        ("Prof. Okoro", "he", "Okoro"),
        ("Dr Lopez", "she", "Lopez"),
    ],
)
def test_a_titled_surname_with_a_stop_takes_the_pronoun(
    named: str, pronoun: str, speaker: str
) -> None:
    named_line = f"{named} eats porridge and nuts every morning."
    paragraphs = [_OPENING, named_line, f"{_QUOTE} {pronoun} says."]
    assert speakers_in_order(paragraphs) == [speaker]


def test_a_word_after_a_real_sentence_end_is_still_no_person() -> None:
    between = "It is worse after fifty. Recovery takes longer."
    paragraphs = [_OPENING, between, f"{_QUOTE} she says."]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize(("named", "pronoun"), [("Dr. Lopez", "she"), ("Prof Okoro", "he")])
def test_a_titled_surname_takes_the_pronoun_after_a_quote_in_its_paragraph(
    named: str, pronoun: str
) -> None:
    line = f"{named} eats porridge and nuts every morning. {_QUOTE} {pronoun} says."
    assert speakers_in_order([_OPENING, line]) == [named.split()[-1]]


def test_a_lone_surname_without_title_or_role_stays_unsure() -> None:
    line = f"Lopez eats porridge and nuts every morning. {_QUOTE} she says."
    assert speakers_in_order([_OPENING, line]) == [None]
