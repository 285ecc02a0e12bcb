"""A sentence opening with where a post was put ("In a post on the club’s Facebook page, his
daughter Rosalind wrote:") names a platform, not the writer: the subject after it speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "The founder, Oskar Lind, did not attend. In a post on the band’s Instagram page, his son"
        " Mateo, the group’s drummer, wrote: “Dad is tired and wanted to see the band end well.”",
        "Mateo",
    ),
    (
        "In a message to fans on Telegram, the singer Ines Kahl wrote that she was “sorry to"
        " everyone who bought a ticket for Friday night.”",
        "Ines Kahl",
    ),
    (
        "In a video on TikTok, Lars Odum said: “Nobody told us the show had been cancelled.”",
        "Lars Odum",
    ),
    (
        "In a long thread on Bluesky, the historian Amara Nwosu-Kell argued that the plan was"
        " “a museum built for visitors who will never come.”",
        "Amara Nwosu-Kell",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), _CASES)
def test_the_writer_after_a_post_opener_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]


def test_a_post_naming_no_writer_keeps_no_speaker() -> None:
    paragraph = (
        "In a post on a parents’ forum, one mother wrote that the closure was “the last straw for"
        " families who work shifts.”"
    )
    assert speakers_in_order([paragraph]) == [None]


def test_a_post_opener_before_it_leaves_it_to_the_body() -> None:
    paragraph = (
        "The national weather service, Meteovia, said snow was coming. In a post on X, it wrote"
        " that its warning of “heavy snow across the north by evening” had gone out at dawn."
    )
    assert speakers_in_order([paragraph]) == ["Meteovia"]
