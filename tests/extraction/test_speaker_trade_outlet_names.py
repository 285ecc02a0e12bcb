"""A trade that names an outlet too ("broadcaster", "streamer") before a name with a listed
first name is a person's when the article calls them by surname alone or by he or she after
it; a channel or a service named after it stays an outlet."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "The broadcaster Nadia Haddad has spent forty years on air.",
                "“I still get nervous before every single show,” Haddad said.",
            ],
            ["Nadia Haddad"],
        ),
        (
            [
                "The broadcaster Tomasz Wren told the story well. In a radio interview, he said"
                ' that "the river will take back whatever we build on it." Wren went on,',
                '"We keep forgetting that, and then we act surprised every single spring."',
            ],
            ["Tomasz Wren", "Tomasz Wren"],
        ),
        (
            [
                "Last year the streamer Marek Oduya raised money for a children's ward. “The"
                " viewers did all of it, not me,” he said on his channel.",
            ],
            ["Marek Oduya"],
        ),
    ],
)
def test_a_trade_before_a_person_is_no_outlet(paragraphs: list[str], expected: list[str]) -> None:
    assert speakers_in_order(paragraphs) == expected


def test_a_channel_after_the_trade_stays_an_outlet() -> None:
    paragraphs = [
        'The broadcaster Al Noor reported that the border had closed. "Thousands of people are'
        ' waiting at the crossing tonight," Al Noor said.',
    ]
    assert speakers_in_order(paragraphs) == ["Al Noor"]
