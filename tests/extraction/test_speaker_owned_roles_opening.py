"""A role owned through a pronoun opening the sentence before the quote ("His lawyer said:
“…”") is someone of that person's: the one named so later, or no one, never the person whose
lawyer, agent or coach it is, as for "“…,” his lawyer said"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        ("Kofi Mensah declined to comment.", "His lawyer said: “My client denies every charge.”"),
        (
            "Greta Lindholm was not in court on Tuesday.",
            "Her attorney told the judge: “My client will plead not guilty to all counts.”",
        ),
        (
            "Diego Alvarez has not spoken publicly about the move.",
            "His agent said on Monday: “There is no offer on the table from anyone yet.”",
        ),
        (
            "Minister Aiko Mori was unavailable.",
            "Her press secretary said: “The minister stands by every one of the figures.”",
        ),
        (
            "Tamsin Hale, 19, finished fourth in the final.",
            "Her coach said that she had been “carrying an injury for most of the season.”",
        ),
        (
            "The Okafor twins have been missing since Friday.",
            "Their lawyer said: “The family is asking for privacy while the search goes on.”",
        ),
    ],
)
def test_owned_role_opening_the_sentence_is_not_its_owner(before: str, sentence: str) -> None:
    assert speakers_in_order([f"{before} {sentence}"]) == [None]


def test_owned_role_in_its_own_paragraph_is_not_its_owner() -> None:
    paragraphs = [
        "Kofi Mensah declined to comment when reached by phone on Monday.",
        "His lawyer said: “My client denies every charge and will say so in court.”",
    ]
    assert speakers_in_order(paragraphs) == [None]


def test_owned_role_named_later_is_that_person() -> None:
    paragraphs = [
        "Kofi Mensah declined to comment. His lawyer said: “My client denies every charge.”",
        "His lawyer, Ines Aldana, later filed a motion to dismiss the case.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Aldana"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [  # near misses: the role named beside it, and the owner speaking himself
        ("His lawyer, Ines Aldana, said: “My client denies every charge.”", "Ines Aldana"),
        ("His lawyer Ines Aldana said: “My client denies every charge.”", "Ines Aldana"),
        ("He said: “I deny every charge they have brought against me.”", "Kofi Mensah"),
        ("Through his lawyer, he said: “I deny every charge they have brought.”", "Kofi Mensah"),
    ],
)
def test_owned_role_near_misses(sentence: str, speaker: str) -> None:
    assert speakers_in_order([f"Kofi Mensah declined to appear. {sentence}"]) == [speaker]
