"""Vietnamese names of four words, family name first, later called by the family name."""

from __future__ import annotations

from bot.extraction.persons import first_name_gender, leads_name
from tests.extraction.speaking import speakers_in_order

_OPENING = "“The river rose faster than anyone had planned for,” said Oskar Lindahl, the mayor."


def test_a_family_name_alone_stands_for_the_four_word_name() -> None:
    paragraphs = [
        _OPENING,
        "Nguyen Thi Thu Ha, a nurse at the district clinic, said the ward was full. “We are"
        " putting two patients in every bed and still turning people away,” Nguyen said.",
        "Vo Van Quoc Bao, who drives the clinic's only ambulance, said the roads were cut."
        " “I have not been home for three nights in a row now,” Vo said.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Oskar Lindahl",
        "Nguyen Thi Thu Ha",
        "Vo Van Quoc Bao",
    ]


def test_the_middle_word_gives_the_gender_for_a_pronoun() -> None:
    paragraphs = [
        _OPENING,
        "Pham Thi Ngoc Anh runs the shelter in the old market hall. She has slept there since"
        " Tuesday. “We have rice for four days and water for two,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Oskar Lindahl", "Pham Thi Ngoc Anh"]
    assert first_name_gender("Tran Van Minh Duc") == "m"
    assert first_name_gender("Huynh Thi Kim Lien") == "f"


def test_names_of_other_shapes_are_not_read_as_vietnamese() -> None:
    assert not leads_name("Mary Ann Louise Carter")  # two middle names, given name first
    assert first_name_gender("Van Morrison") == first_name_gender("Van Morrison Trust")
    paragraphs = [
        _OPENING,
        "Ana Maria Soto Reyes, a shopkeeper, said the water reached her counter. “Everything on"
        " the bottom shelf is gone for good,” Soto said.",
    ]
    assert speakers_in_order(paragraphs) == ["Oskar Lindahl", "Ana Maria Soto Reyes"]
