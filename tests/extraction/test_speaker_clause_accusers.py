"""A quote that finishes an accusation in a clause of its own ("…, when the mayor accused them
of “…”") is the accuser's: the clause's subject, a name or a role resolved as roles are."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“playing games with the homes of people who cannot afford to move”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mayor Ann Lee opened the session at seven.",
                f"The meeting ended in chaos when the mayor accused them of {_QUOTE}.",
            ],
            "Ann Lee",
        ),
        (
            [
                "The meeting ended in chaos on Tuesday when Mayor Ann Lee accused the opposition"
                f" of {_QUOTE}."
            ],
            "Ann Lee",
        ),
        (
            [
                "Councillor Tomasz Wiśniewski chaired the budget committee for six years.",
                f"Members walked out and Wiśniewski accused them of {_QUOTE}.",
            ],
            "Tomasz Wiśniewski",
        ),
        (
            [
                "The club's chairman, Kwame Mensah, faced the fans on Friday.",
                f"The forum turned sour after the chairman accused supporters of {_QUOTE}.",
            ],
            "Kwame Mensah",
        ),
        (
            [
                "Priya Natarajan, the union's general secretary, spoke at the rally.",
                f"Talks broke down on Monday, and Natarajan accused ministers of {_QUOTE}.",
            ],
            "Priya Natarajan",
        ),
    ],
)
def test_the_accuser_in_a_clause_speaks(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        f"The meeting ended in chaos when members walked out and accused the mayor of {_QUOTE}.",
        f"The meeting ended in chaos when the mayor was accused by members of {_QUOTE}.",
    ],
)
def test_an_unnamed_accuser_or_the_accused_does_not_speak(sentence: str) -> None:
    assert speakers_in_order(["Mayor Ann Lee opened the session at seven.", sentence]) == [None]
