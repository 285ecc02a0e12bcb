"""A "she" or "he" opening the sentence right after the one a person is last named in, when no
list knows that person's gender ("… said its director, Gwenllian Atherton. She said members had
been charged more. “…,” she said."), goes on meaning them, not a woman or man named earlier."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Its chief executive, Lucinda Harrow, struck a sharper tone in a message to staff. “I do"
    " not accept that a regulator knows better than our vets,” she wrote."
)


def test_the_pronoun_after_an_unlisted_name_goes_on_meaning_them() -> None:
    for named, pronoun, name in (
        ("“For once, the people who pay the bills were heard,” said its director,"
         " Gwenllian Atherton.", "She", "Gwenllian Atherton"),
        ("Its director, Gwenllian Atherton, welcomed the ruling.", "She", "Gwenllian Atherton"),
        ("“It is a good day,” said the group’s founder, Oyelaran Bassey-Kunle.", "He",
         "Oyelaran Bassey-Kunle"),
    ):
        paragraphs = [
            _BEFORE,
            f"{named} {pronoun} said members had been charged up to £400 for routine work."
            f" “Nobody put a sign on the door saying the practice had been sold,”"
            f" {pronoun.lower()} said.",
        ]
        assert speakers_in_order(paragraphs)[-1] == name, named


def test_a_sentence_about_something_else_between_keeps_the_earlier_woman() -> None:
    paragraphs = [
        _BEFORE,
        "“For once, the people who pay the bills were heard,” said its director, Gwenllian"
        " Atherton. The board meets again in March. “Nobody put a sign on the door saying the"
        " practice had been sold,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Lucinda Harrow"


def test_a_name_of_the_other_gender_does_not_take_the_pronoun() -> None:
    paragraphs = [
        _BEFORE,
        "“For once, the people who pay the bills were heard,” said its director, Tomasz"
        " Nowicki. She said members had been charged up to £400. “Nobody put a sign on the door"
        " saying the practice had been sold,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Lucinda Harrow"


def test_a_place_named_after_the_sentence_subject_does_not_take_the_pronoun() -> None:
    paragraphs = [
        "Marisol Venter, area coroner for the district, said the football had rolled under the"
        " back gate of the yard, which opens straight onto Sandvoort Esplanade, the B412.",
        "She told the inquest: “Ordinarily the boys would have fetched an adult to get it back.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Marisol Venter"


def test_a_name_after_a_pronoun_in_its_sentence_does_not_take_the_next_pronoun() -> None:
    paragraphs = [
        "Adaeze Nwankwo, the adviser, said the hackers were capable. But she said officials"
        " believed the North Valdorians were focused on stealing money. She also argued that"
        " cutting off the money was the best deterrent. “The goal is to cut the profits of"
        " every hack they try,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Adaeze Nwankwo"
