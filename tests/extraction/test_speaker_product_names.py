"""A "she says" after a paragraph opened by the person goes to that person, not to a product
named in between whose name opens with a first name and ends with its kind of goods ("the
Dorothy Clutch", "the Josephine Ring"), nor to a brand, place or shop written there."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            [
                "Sofia Brandt designs handbags in a loft in Margate.",
                "Sofia Brandt launched the Dorothy Clutch in March at a store in London. “It"
                " sold out before lunch on the first day,” she says.",
            ],
            "Sofia Brandt",
        ),
        (
            [
                "Amira Haddad, a jeweller, moved her studio last year.",
                "Haddad now works from a unit near Abbey Road, where she sells the Josephine"
                " Ring. “Everyone asks whether it is named after my grandmother,” she says.",
            ],
            "Amira Haddad",
        ),
        (
            [
                "Keith Mbeki makes furniture in Stroud.",
                "Mbeki's best seller is the Florence Lamp, which he sells through Heal & Sons."
                " “I make forty a month and could sell twice as many,” he says.",
            ],
            "Keith Mbeki",
        ),
        (
            [
                "Greta Lind makes ceramics in Bath.",
                "Lind says her Charlotte Mug sold out twice this year at a shop in York. “I"
                " could not make them fast enough, even working nights,” she says.",
            ],
            "Greta Lind",
        ),
        (
            [
                "Clara Whitcombe, a nurse from Derby, cycles to work.",
                "Clara Whitcombe has worn the same pair of Hollis & Grant trousers for three"
                " summers. “They were the first I could actually cycle in,” she says.",
            ],
            "Clara Whitcombe",
        ),
        (
            [
                "Priyanka Sethi designs jewellery for a brand in Leicester.",
                "Her favourite this season is the Liberty Hoop. “I wear it every single day,"
                " even to the gym,” she says.",
            ],
            "Priyanka Sethi",
        ),
        (
            [
                "Tom Okafor, a buyer, says tailoring is back.",
                "Okafor has ordered twice as many of the Oscar Shirt as last year. “Young men"
                " want a proper collar again,” he says.",
            ],
            "Tom Okafor",
        ),
    ],
)
def test_the_paragraph_subject_not_the_product(paragraphs: list[str], name: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == name


def test_a_person_named_in_between_still_speaks() -> None:
    paragraphs = [
        "Lena Marsh, a florist, has run her shop in York for ten years.",
        "Her business partner, Nadia Ferreira, thinks the Marigold Bag will not last. “Every"
        " autumn there is one bag, and by March nobody remembers it,” she says.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Nadia Ferreira"


def test_a_person_whose_surname_is_a_goods_word_stays_a_person() -> None:
    paragraphs = [
        "The shop's owner, Rosa Boot, opened it in 1998. “We have never had a year like"
        " this one, not even close,” she said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Rosa Boot"
