"""A reply or comment read out with how often it was shared ("One reply to X, shared more than
30,000 times, read:"): no one named, whatever number with a thousands comma sits in the aside."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We will not be lectured on farming,” said Ayşe Nur Demirtaş, the opposition leader."


def test_a_reply_shared_thousands_of_times_names_no_one() -> None:
    paragraphs = [
        _OPENING,
        "One reply to Demirtaş, shared more than 30,000 times, read: “My father grows wheat"
        " and nobody asked him anything.”",
        "A comment under the video, liked 12,500 times on Friday, read: “Nobody in my village"
        " has seen a minister in ten years.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ayşe Nur Demirtaş", None, None]


def test_a_reply_from_someone_named_stays_theirs() -> None:
    paragraphs = [
        _OPENING,
        "One reply from Kemal Aydın, shared 2,000 times, read: “Nobody in my village has seen"
        " a minister in ten years.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ayşe Nur Demirtaş", "Kemal Aydın"]
