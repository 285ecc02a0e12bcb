"""Two people of one surname (a father and daughter, a husband and wife): the he or she after one
of them gives no gender to the other, so "she said" can still be the woman whose first name no
list knows."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SHE = "“I came here to listen to the families, not to make speeches,” she said."
_HE = "“I came here to listen to the families, not to make speeches,” he said."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Zorya Kell and her husband, Bram Lutz, toured the flooded port on Friday.",
                "Harbour master Eitan Saar met the couple at the quay.",
                "At the quay Zorya thanked the crews, while Bram spoke to the divers.",
                "Zorya stepped away from politics last year; she adores her father, the former"
                " governor Ruud Kell, yet refuses to work on his campaign.",
                "Ruud Kell has insisted his daughter will play no role in it.",
                _SHE,
            ],
            "Zorya Kell",
        ),
        (
            [
                "Oksana Marten, a councillor, visited the shelter with Bram Dacosta.",
                "Joost Marten, her husband, later said he had paid for the new roof, and that he"
                " would pay again.",
                _SHE,
            ],
            "Oksana Marten",
        ),
        (
            [
                "Yara Odin and her son, Taras Odin, have run the island ferry since 2010.",
                "The council's Idris Falk wants to sell the licence.",
                "Taras Odin said he would sell if the price was right, though he admits he loves"
                " the boat.",
                _SHE,
            ],
            "Yara Odin",
        ),
        (
            [
                "Teo Brandt opened the bakery with his sister in 2009.",
                "Sander Vos, the landlord, wants them out by March.",
                "Helga Brandt says she will fight the eviction, and she has hired a lawyer.",
                _HE,
            ],
            "Teo Brandt",
        ),
    ],
)
def test_a_relatives_pronouns_are_not_the_others(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


def test_the_pronouns_after_the_person_herself_still_give_her_gender() -> None:
    paragraphs = [
        "Teo Brandt opened the bakery in 2009, and he still bakes every loaf himself.",
        "Sander Vos, the landlord, wants him out by March.",
        "Helga Brandt, his sister, runs the till.",
        _SHE,
    ]
    assert speakers_in_order(paragraphs) == ["Helga Brandt"]


def test_one_person_of_the_surname_keeps_the_gender_their_pronouns_give() -> None:
    paragraphs = [
        "Teo Brandt opened the bakery in 2009, and he still bakes every loaf himself.",
        "Sander Vos, the landlord, wants the bakery out by March.",
        "Brandt says he will fight the eviction.",
        _HE,
    ]
    assert speakers_in_order(paragraphs) == ["Teo Brandt"]
