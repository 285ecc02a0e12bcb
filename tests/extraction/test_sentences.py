"""The rule-based sentence splitter."""

import pytest

from bot.extraction.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went home. He slept.", ["Mr. Smith went home.", "He slept."]),
        ("Dr. Ada Vance of St. Kilda spoke.", ["Dr. Ada Vance of St. Kilda spoke."]),
        (
            "Growth hit 3.5% on Jan. 4 in the U.S. economy.",
            ["Growth hit 3.5% on Jan. 4 in the U.S. economy."],
        ),
        (
            "She moved to the U.S. The job was there.",
            ["She moved to the U.S.", "The job was there."],
        ),
        ("J. K. Rowling wrote it. It sold.", ["J. K. Rowling wrote it.", "It sold."]),
        ("“We won.” Then we left.", ["“We won.”", "Then we left."]),
        ("“Did we win?” she asked. Nobody knew.", ["“Did we win?” she asked.", "Nobody knew."]),
        ("Wait... Then it rained.", ["Wait...", "Then it rained."]),
        ("The plan — bold, costly — passed. Fine.", ["The plan — bold, costly — passed.", "Fine."]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected
