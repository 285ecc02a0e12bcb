"""A sentence opening with who asked ("Asked by host X whether …, she laughed.") names the
asker, not the one answering: the "she" after it is the one asked, spoken of before."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_FIRST = "“It has been the best job of my life and I will miss every minute of it,” she said."


def test_the_one_asked_answers_after_an_asked_by_opening() -> None:
    for lead, asker in (
        ("Asked by presenter Joanna Pryce whether she would return, she laughed.", "Pryce"),
        ("Pressed by host Amaka Obi on the rumours, she smiled.", "Obi"),
        ("Questioned by anchor Lucia Ferraz about the row, she shrugged.", "Ferraz"),
    ):
        paragraphs = [
            f"Marta Velez-Obi said she was leaving the quiz after nine years. {_FIRST}",
            f"{lead} “Never say never, but probably not this year.”",
        ]
        assert speakers_in_order(paragraphs) == ["Marta Velez-Obi"] * 2, asker


def test_she_said_after_an_asked_by_opening_is_the_one_asked() -> None:
    paragraphs = [
        f"Marta Velez-Obi said she was leaving the quiz after nine years. {_FIRST}",
        "Asked by presenter Joanna Pryce whether she would return, she said: “Never say never,"
        " but probably not this year.”",
    ]
    assert speakers_in_order(paragraphs) == ["Marta Velez-Obi"] * 2


def test_a_presenter_who_opens_the_sentence_still_speaks() -> None:
    paragraphs = [
        f"Marta Velez-Obi said she was leaving the quiz after nine years. {_FIRST}",
        "Presenter Joanna Pryce laughed. “We will all miss her terribly, every one of us.”",
    ]
    assert speakers_in_order(paragraphs) == ["Marta Velez-Obi", "Joanna Pryce"]


def test_a_woman_asked_by_a_man_keeps_her_quote() -> None:
    paragraphs = [
        "Asked by reporter Tom Hale whether she would stand again, Ines Moreau said:"
        " “I have not decided anything yet, and I will not be rushed.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Moreau"]
