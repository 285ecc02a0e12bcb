"""A relative named by first name only after a gendered kin word ("His wife, Chiamaka,")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_TRADER = [
    "Nnamdi Okafor, 42, a trader from Onitsha, lost his stall in the fire.",
    "“Everything I built in twenty years went in one night,” said Okafor, who has four children.",
]


def test_a_wife_or_daughter_named_by_first_name_takes_she() -> None:
    for kin in ("His wife, Chiamaka,", "His eldest daughter, Chiamaka,", "His sister, Chiamaka,"):
        paragraphs = [
            *_TRADER,
            f"{kin} said the family would start again. “We have done it before and we will do"
            " it again,” she said.",
        ]
        assert speakers_in_order(paragraphs) == ["Nnamdi Okafor", "Chiamaka"], kin


def test_a_husband_named_by_first_name_takes_he() -> None:
    paragraphs = [
        "Ngozi Eze, 38, sells cloth at the market and lost her stock in the fire.",
        "“Everything I built in twenty years went in one night,” said Eze, who has four children.",
        "Her husband, Babajide, said the family would start again. “We have done it before and"
        " we will do it again,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ngozi Eze", "Babajide"]


def test_a_place_after_a_possessive_gives_no_gender() -> None:
    paragraphs = [
        *_TRADER,
        "His village, Umuahia, sent two lorries of food. “We will rebuild every stall,” he said.",
    ]
    assert speakers_in_order(paragraphs)[-1] != "Umuahia"
