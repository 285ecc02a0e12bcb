"""Speakers for someone unnamed described by what they do and where ("A salesman at a showroom
in Pune said"), on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_NAMED_FIRST = (
    "Rohan Mehta, who runs a parts supplier in Pune, said orders had halved. “Every month the"
    " buyers ask for a lower price than the month before,” Mehta said."
)


def test_he_after_a_salesman_described_by_where_he_works() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "A salesman at a showroom in Pune said buyers were waiting for more cuts. “They sit in"
        " the car, smile and tell me they will come back in spring,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rohan Mehta", None]


def test_one_engineer_at_the_plant() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "One engineer at the plant told reporters the line had stopped twice. “Nobody tells us"
        " anything until the morning of the shift,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rohan Mehta", None]


def test_someone_described_then_named_is_the_speaker() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "A former teacher at the school, Tomas Reyes, said the fees had doubled. “Families here"
        " simply cannot pay that much,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rohan Mehta", "Tomas Reyes"]


def test_a_thing_described_by_where_it_is_names_no_speaker() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "A survey at the trade fair found most buyers were holding back. “I have never seen a"
        " fair this quiet in twenty years,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rohan Mehta", "Rohan Mehta"]


def test_a_woman_described_is_not_the_he_who_spoke() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "A waitress at the hotel said the fair had brought fewer guests this year. “It was half"
        " empty all week, and the bar closed early,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rohan Mehta", "Rohan Mehta"]
