"""A "she said" in a paragraph whose first sentence opens with a full name no first-name list
knows ("Naledi Mokoena did not respond. On Monday she shared a photo. “…,” she said."), with no
one else named before the quote there, is that person's, not the last woman the lists know."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "The pastry chef Ama Owusu-Bright wrote: “He taught me everything about sugar and nothing"
    " at all about humility.”"
)
_QUOTE = "“I don’t review chefs, I review dinners, and I’m going to keep doing that,”"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Naledi Mokoena did not respond to the posts directly. On Monday afternoon she shared"
            f" a photo of a half-eaten pastry. {_QUOTE} she said.",
            "Naledi Mokoena",
        ),
        (
            "Nkechinyere Nkosi-Baird stayed off the platform for a week. In a phone interview, she"
            f" said she had stopped reading replies. {_QUOTE} she said.",
            "Nkechinyere Nkosi-Baird",
        ),
        (
            "Rukmini Iyer-Hale kept her counsel for a day. Later that evening she posted a single"
            f" photo. {_QUOTE} she said.",
            "Rukmini Iyer-Hale",
        ),
    ],
)
def test_the_paragraphs_opener_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph])[1] == speaker


def test_an_opener_whose_sentence_shows_his_gender_still_speaks() -> None:
    """"kept his counsel" already makes the opener a man, over the chef the lists know."""
    before = "The chef Tomás Ferreira-Quist wrote: “I stand by every word, and so does my team.”"
    paragraph = (
        "Oluwadamilare Fashola kept his counsel. Later that evening he posted a single photo."
        f" {_QUOTE} he said."
    )
    assert speakers_in_order([before, paragraph])[1] == "Oluwadamilare Fashola"


def test_someone_else_named_in_between_keeps_the_usual_reading() -> None:
    paragraph = (
        "Naledi Mokoena did not respond. Her editor, Ruth Calder, said the paper stood by the"
        f" review. {_QUOTE} she said."
    )
    assert speakers_in_order([_BEFORE, paragraph])[1] != "Naledi Mokoena"


def test_an_opener_the_lists_know_is_left_to_them() -> None:
    """A first name the lists give a man takes no "she": the usual reading stands."""
    paragraph = (
        "Gareth Mokoena did not respond to the posts. On Monday a photo of a pastry appeared."
        f" {_QUOTE} she said."
    )
    assert speakers_in_order([_BEFORE, paragraph])[1] != "Gareth Mokoena"
