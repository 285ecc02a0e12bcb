"""A quote followed by "telling X" (or "asking", "urging", "reminding X") with no subject of
its own is the words of the sentence's subject: X is the one told, never the one speaking."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "The minister, Ann Lee, arrived late at the harbour.",
                "A fisherman named Ivo Marsh handed her a petition with the words “Save the"
                " northern harbour,” telling the minister, “We cannot wait another winter.”",
            ],
            "Ivo Marsh",
        ),
        (
            [
                "Ann Lee met the players after the match.",
                "Captain Dan Ode was blunt: “We were not good enough today and we know it,”"
                " telling the club's owner, Ann Lee, that changes would come.",
            ],
            "Dan Ode",
        ),
        (
            [
                "Ruth Okoye has run the shelter since the flood.",
                "She showed the new volunteers the kitchen: “Nobody who knocks is turned away"
                " here,” telling the mayor, Tom Ivers, that the lease ends in May.",
            ],
            "Ruth Okoye",
        ),
        (
            [
                "Sam Ortiz welcomed the inspectors to the yard.",
                "He pointed at the cranes, “Every one of these was built by hand right here,”"
                " asking the council's Mara Quist to keep the yard open.",
            ],
            "Sam Ortiz",
        ),
    ],
)
def test_the_one_told_is_not_the_speaker(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # the speaker named before the participle still speaks
            [
                "Ann Lee met the players after the match.",
                "“We were not good enough today and we know it,” Dan Ode said, telling the owner.",
            ],
            "Dan Ode",
        ),
        (  # an inverted "said X" is still X
            [
                "Ann Lee met the players after the match.",
                "“We were not good enough today and we know it,” said Dan Ode, the captain.",
            ],
            "Dan Ode",
        ),
    ],
)
def test_a_speaker_named_in_the_tail_keeps_the_quote(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
