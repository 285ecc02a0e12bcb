"""When two people share a surname and the article calls one of them by first name alone, the
bare surname stands for the other: "Marta says" for the daughter leaves "Kowal" to her father."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“That is a foul in every country on earth, and everybody saw it,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Dariusz Kowal took over the club in 2023.",
                "His assistant is his daughter, Marta Kowal, who runs the video analysis.",
                "“We argue in the middle and usually I win the argument,” Marta says.",
                f"Kowal steps out of his area. {_QUOTE} he tells the fourth official.",
            ],
            "Dariusz Kowal",
        ),
        (
            [
                "Helen Brandt has farmed the valley for thirty years.",
                "Her son, Jonah Brandt, came home from the city last spring.",
                "“I missed the quiet more than I ever expected to,” Jonah said.",
                f"{_QUOTE} Brandt said.",
            ],
            "Helen Brandt",
        ),
        (
            [
                "Ruth Osei opened the bakery in 1998 with her husband, Kwame Osei.",
                "Kwame still does the early bake, starting at four every morning.",
                f"Asked about the new rent, Osei was blunt. {_QUOTE} she said.",
            ],
            "Ruth Osei",
        ),
        (
            [
                "The twins, Lena Vogt and Clara Vogt, run the shop on the square.",
                "Clara does the accounts; her sister does the talking.",
                f"{_QUOTE} said Vogt, who opened the shop at nineteen.",
            ],
            "Lena Vogt",
        ),
    ],
)
def test_the_surname_goes_to_the_one_not_called_by_first_name(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # neither is called by first name alone: the one named last before stays
            [
                "Tom Reyes founded the firm; his brother, Sam Reyes, joined it later.",
                f"{_QUOTE} Reyes said.",
            ],
            "Sam Reyes",
        ),
        (  # the first name is only said inside a quote, not by the article
            [
                "Tom Reyes founded the firm; his brother, Sam Reyes, joined it later.",
                "“Sam was always the careful one in the family,” their mother said.",
                f"{_QUOTE} Reyes said.",
            ],
            "Sam Reyes",
        ),
        (  # both are called by first name: nothing to choose by
            [
                "Tom Reyes founded the firm; his brother, Sam Reyes, joined it later.",
                "Tom does the selling and Sam does the books.",
                f"{_QUOTE} Reyes said.",
            ],
            "Sam Reyes",
        ),
        (  # the lone "Haynes" is another player's surname, not the first name written alone
            [
                "Ava King scored twice; her brother, Haynes King, played in goal.",
                "Jamal Haynes came off the bench, and Haynes ran at the defence all night.",
                f"{_QUOTE} King said.",
            ],
            "Haynes King",
        ),
        (  # initials written alone are no first name
            [
                "D.B. Cooper was never found; Les Cooper wrote a book about D.B. Cooper.",
                "Who was D.B.? Nobody knows.",
                f"{_QUOTE} Cooper said.",
            ],
            "D.B. Cooper",
        ),
    ],
)
def test_without_a_first_name_alone_the_choice_stays(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker
