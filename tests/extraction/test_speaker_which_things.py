"""A name followed by ", which she …" is a thing (a landmark, a stone, a shrine): the "she"
after "which" is someone else's, so it gives the thing no gender and it never takes her
quotes."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Lena Marsh toured the old town with her family on Sunday.",
                "Later that evening Lena met the mayor, Tom Ivers, at the town hall.",
                "The mother of two shared photos of herself kissing the Harbour Stone, which she"
                " and her children had visited last spring.",
                "“Praying for every family still waiting for news tonight,” she wrote on her page.",
            ],
            "Lena Marsh",
        ),
        (
            [
                "Ruth Okoye spent the morning at the shelter with Dan Ode.",
                "She climbed to the Varden Lighthouse, which she first saw as a girl.",
                "“The view from up there never gets old for me,” she said.",
            ],
            "Ruth Okoye",
        ),
        (
            [
                "Zorya Kell and the mayor, Tom Ivers, walked the flooded quay on Friday.",
                "The couple ended the visit at the Old Mill Bridge, which she called the finest"
                " sight in the county.",
                "“We will rebuild every house on this street,” she said.",
            ],
            "Zorya Kell",
        ),
        (
            [
                "Teo Brandt has baked bread in the village for thirty years.",
                "Each morning he bows at the Saint Aubin Shrine, which he repainted himself.",
                "“I have never missed a single morning, not even in the snow,” he said.",
            ],
            "Teo Brandt",
        ),
    ],
)
def test_a_thing_named_before_which_takes_no_pronoun(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # "who", not "which": the one she met is a person, and the "she" is hers
            [
                "Ruth Okoye spent the morning at the shelter with Dan Ode.",
                "She later met Ann Lee, who she said had saved her life years ago.",
                "“I owe that woman everything I have today,” she said.",
            ],
            "Ruth Okoye",
        ),
        (  # a "which" clause about the quote does not hide the woman named before it
            [
                "Zorya Kell, the harbour master, spoke after the vote.",
                "Zorya Kell said she would appeal the ruling, which she called unfair.",
                "“We will not give up this harbour without a fight,” she said.",
            ],
            "Zorya Kell",
        ),
    ],
)
def test_people_keep_their_pronouns(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
