"""A one-word name written after an animal's kind ("Diaz's spaniel, Bella,", "her dog Milo")
is a pet's: the "she says" or "he says" after it goes to the person the paragraph is about."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            [
                "Rosa Diaz, a vet, has worked in Harrogate for a decade.",
                "Diaz's spaniel, Bella, goes everywhere with her, even to the clinic. “She calms"
                " the nervous patients better than I do,” she says.",
            ],
            "Rosa Diaz",
        ),
        (
            [
                "Omar Haidari, a postman, walks twelve miles a day.",
                "Haidari takes his dog Rocco on the evening round as well. “He knows every"
                " letterbox that has a biscuit behind it,” he says.",
            ],
            "Omar Haidari",
        ),
        (
            [
                "Wendy Achterberg runs a riding school near Hexham.",
                "Achterberg bought her first pony, Duke, when she was nine. “He was a menace,"
                " and I loved him more than anything,” she says.",
            ],
            "Wendy Achterberg",
        ),
    ],
)
def test_the_pet_does_not_speak(paragraphs: list[str], name: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == name


def test_a_person_after_a_trade_with_an_animal_in_it_still_speaks() -> None:
    paragraphs = [
        "Rosa Diaz, a vet, has worked in Harrogate for a decade.",
        "Her dog walker, Megan, has seen the change too. “People who never had a pet now"
        " have two of them,” she says.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Megan"
