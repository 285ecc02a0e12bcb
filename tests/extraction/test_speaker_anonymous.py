"""Speakers for people who asked to stay unnamed ("who asked not to be named", "speaking on
condition of anonymity"), on invented sentences."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_NAMED_FIRST = (
    "Priya Nair, who runs a parts supplier in Pune, said orders had halved. “Every month the"
    " buyers ask for a lower price than the month before,” Nair said."
)


def test_he_after_someone_who_asked_not_to_be_named_is_nobody_named() -> None:
    paragraphs = [
        "Rohan Mehta, who runs a parts supplier in Pune, said orders had halved. “Every month"
        " the buyers ask for a lower price than the month before,” Mehta said.",
        "A salesman at a Velora dealership in Pune, who asked not to be named, said buyers were"
        " waiting for more cuts. “They sit in the car, smile and tell me they will come back in"
        " spring,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Rohan Mehta", None]


def test_she_after_someone_speaking_on_condition_of_anonymity_is_nobody_named() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "A nurse at the city hospital, speaking on condition of anonymity, said two wards had"
        " closed. “We were told on Friday and the patients were moved on Monday,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Priya Nair", None]


def test_a_quote_opening_the_next_paragraph_keeps_the_unnamed_speaker() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "A driver for the firm, who declined to be named, said the routes had been cut twice.",
        "“We used to do nine stops a day and now it is five, for the same pay,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Priya Nair", None]


def test_someone_named_after_all_is_still_the_speaker() -> None:
    paragraphs = [
        _NAMED_FIRST,
        "A trader at the market, Tomas Reyes, said prices had not moved. “Nobody is buying and"
        " nobody is selling this week,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Priya Nair", "Tomas Reyes"]


def test_a_named_person_who_keeps_someone_else_unnamed_is_still_the_speaker() -> None:
    paragraphs = [
        "Tomas Reyes, who asked that his employer not be named, said the shifts had changed."
        " “We start at five now instead of seven, and nobody asked us,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Reyes"]
