"""A bare quote after a sentence telling that someone said nothing ("X declined to comment.",
"X could not be reached for comment.") is not that person's: they said nothing."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We will look at every option,” said Maren Holloway, who chairs the harbour board."


@pytest.mark.parametrize(
    "silence",
    [
        "The ferry firm’s owner, Teodor Balan, declined to comment.",
        "Priyanka Dasgupta could not be reached for comment.",
        "Olumide Adeyinka did not respond to requests for comment.",
        "Sunniva Rask did not immediately respond to our request for comment on Tuesday.",
        "Callum Brodie declined requests for an interview.",
        "Yusra Haddad has not responded to questions from this newspaper.",
        "Benedikt Lorenz was not available for comment.",
        "Ama Boateng, who owns the yard, refused to comment when contacted.",
        "Ruairí Kavanagh would not comment.",
    ],
)
def test_a_bare_quote_after_a_silence_is_not_the_silent_ones(silence: str) -> None:
    same = [_OPENING, f"{silence} “Nothing has been decided about the winter timetable yet.”"]
    apart = [_OPENING, silence, "“Nothing has been decided about the winter timetable yet.”"]
    assert speakers_in_order(same) == ["Maren Holloway", None]
    assert speakers_in_order(apart) == ["Maren Holloway", None]


def test_a_credit_after_the_quote_still_counts() -> None:
    paragraphs = [
        _OPENING,
        "Teodor Balan declined to comment. “Nobody tells the crews anything about the timetable,”"
        " said a deckhand, Ilse Varga.",
    ]
    assert speakers_in_order(paragraphs) == ["Maren Holloway", "Ilse Varga"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Teodor Balan declined to comment on the figures but said the plan was sound.",
            "Teodor Balan",
        ),
        (
            "Priyanka Dasgupta said the firm would not comment but was looking at it.",
            "Priyanka Dasgupta",
        ),
        ("Sunniva Rask split from Olumide Adeyinka, who declined to comment.", "Sunniva Rask"),
        ("Yusra Haddad was blunt.", "Yusra Haddad"),
    ],
)
def test_a_sentence_with_speech_or_a_silent_other_keeps_its_subject(
    sentence: str, speaker: str
) -> None:
    paragraphs = [
        _OPENING,
        f"{sentence} “Nothing has been decided about the winter timetable yet.”",
    ]
    assert speakers_in_order(paragraphs) == ["Maren Holloway", speaker]
