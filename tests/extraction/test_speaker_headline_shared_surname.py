"""Two given names sharing one surname in a Title Case headline ("Tessa and Nora Pemberton"): the
first given name is a name too, so the body's "Tessa" is Tessa Pemberton."""

from __future__ import annotations

from bot.extraction.headlines import names_view
from tests.extraction.speaking import speakers_in_order


def test_the_first_sister_of_a_headline_pair_gets_the_shared_surname() -> None:
    paragraphs = [
        "The sisters posed together for the winter issue.",
        "Tessa conceded she wishes she had done some things differently. “I wish I had spoken up"
        " on set much sooner than I did,” she said.",
    ]
    headline = "Tessa and Nora Pemberton Cover the Winter Issue"
    assert speakers_in_order(paragraphs, headline) == ["Tessa Pemberton"]


def test_the_second_sister_keeps_her_own_name() -> None:
    paragraphs = [
        "The sisters posed together for the winter issue.",
        "Nora said she had learned to trust herself. “I have to answer for my own choices and"
        " speak up for myself,” she said.",
    ]
    headline = "Tessa and Nora Pemberton Cover the Winter Issue"
    assert speakers_in_order(paragraphs, headline) == ["Nora Pemberton"]


def test_brothers_in_a_sport_headline() -> None:
    paragraphs = [
        "The brothers met in the final for the first time.",
        "Ryan said the match had been hard to play. “It is never easy to face your own brother"
        " in a final,” he said.",
    ]
    headline = "Ryan and Ben Hale to Face Each Other in Doubles Final"
    assert speakers_in_order(paragraphs, headline) == ["Ryan Hale"]


def test_common_words_joined_by_and_stay_lower_case() -> None:
    assert names_view("Cats and Dogs Rule the Internet Again", "They sleep.") == (
        "cats and dogs rule the internet again"
    )


def test_a_word_before_and_that_is_no_given_name_stays_lower_case() -> None:
    view = names_view("Bread and Ann Lee Open a New Bakery", "Ann Lee opened it.")
    assert view.startswith("bread and Ann Lee")
