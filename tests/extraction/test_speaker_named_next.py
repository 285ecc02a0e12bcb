"""A feature's opening quote credited to "he" or to someone described ("says the woman behind
the counter") before anyone is named belongs to the person the article names next, a sentence
or a paragraph later ("Her name is Gwen Tallis", "Dariusz Kowal took over …")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Seventy-three years that bus has come up this hill, and now it is gone,”"
_SCENE = "The number 41 comes up the hill at 7.12 every morning, past the chapel and the pub."


@pytest.mark.parametrize(
    ("said", "named", "speaker"),
    [
        (
            "says the woman behind the post office counter, weighing a parcel.",
            "Her name is Gwen Tallis, and she has run the post office since 1994.",
            "Gwen Tallis",
        ),
        (
            "he says quietly, without looking up.",
            "Dariusz Kowal took over at Ashgrove in the autumn of 2023.",
            "Dariusz Kowal",
        ),
        (
            "she says, and goes back to her sorting.",
            "Rhian Edwards, 61, has driven the 41 for twenty years.",
            "Rhian Edwards",
        ),
        (
            "says the man at the wheel, easing off the brake.",
            "That is Tomos Pryce, the last driver on the route.",
            "Tomos Pryce",
        ),
    ],
)
def test_the_person_named_next_speaks(said: str, named: str, speaker: str) -> None:
    assert speakers_in_order([_SCENE, f"{_QUOTE} {said}", named]) == [speaker]


@pytest.mark.parametrize(
    ("said", "named"),
    [  # a woman is not "he"; a person named only in passing, as an object, is not the speaker
        ("he says quietly, without looking up.", "Gwen Tallis has run the post office since 1994."),
        (
            "says the woman behind the counter.",
            "The council blames Dariusz Kowal, its transport chief, for the cut.",
        ),
        (  # named two paragraphs on: too far to be the one
            "he says quietly.",
            "The council says the route carries six passengers a trip.",
        ),
    ],
)
def test_no_fitting_person_named_next(said: str, named: str) -> None:
    paragraphs = [_SCENE, f"{_QUOTE} {said}", named, "Dariusz Kowal took over in 2023."]
    assert speakers_in_order(paragraphs)[0] is None


def test_a_person_named_before_keeps_the_pronoun() -> None:
    paragraphs = [
        "Aled Tallis farms the slope above the village.",
        f"{_QUOTE} he says.",
        "Dariusz Kowal took over at Ashgrove in 2023.",
    ]
    assert speakers_in_order(paragraphs) == ["Aled Tallis"]
