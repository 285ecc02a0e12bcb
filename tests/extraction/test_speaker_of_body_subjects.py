"""Someone named with the body they serve after "of" as a sentence's subject ("Sergeant Delroy
Pennant of Wessmoor Police described finding Kofi’s friends. “…,” he told the court.") is whom
the "he" after the quote means, as they are without the body; not a man named later in it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LEDE = "Kwame Addo-Lindqvist, 16, drowned in the quarry on 14 July after swimming out."


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Sergeant Delroy Pennant of Wessmoor Police", "Delroy Pennant"),
        ("Inspector Rubén Ostrowski of the Calder Constabulary", "Rubén Ostrowski"),
        ("Tomasz Haverkamp of Harbour Rescue, a volunteer for 20 years,", "Tomasz Haverkamp"),
        ("Dr Ian Mbeki of Pellingford General", "Ian Mbeki"),
    ],
)
def test_subject_with_body_after_of_takes_the_pronoun(subject: str, speaker: str) -> None:
    paragraphs = [
        _LEDE,
        f"{subject} described finding Kwame’s friends on the bank. “They were in shock, and one"
        " of them could not stop shaking,” he told the court.",
    ]
    assert speakers_in_order(paragraphs) == [speaker]


def test_without_the_body_still_the_subject() -> None:
    paragraphs = [
        _LEDE,
        "Sergeant Delroy Pennant described finding Kwame’s friends on the bank. “They were in"
        " shock, and one of them could not stop shaking,” he told the court.",
    ]
    assert speakers_in_order(paragraphs) == ["Delroy Pennant"]


def test_a_woman_with_her_body_leaves_he_to_the_man() -> None:
    paragraphs = [
        _LEDE,
        "Sergeant Ruth Pennant of Wessmoor Police described finding Kwame’s friends on the bank."
        " “They were in shock, and one of them could not stop shaking,” she told the court."
        " “He was a strong swimmer,” he said, according to his mother.",
    ]
    assert speakers_in_order(paragraphs)[0] == "Ruth Pennant"
