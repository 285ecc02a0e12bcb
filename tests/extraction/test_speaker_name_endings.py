"""Gender from a patronymic or a surname's ending when no list holds the first name ("Gulnara
Ismailova … she said", "Anna Sergeyevna X", "Nurlan Abaiuly X", "Zofia Wróblewska")."""

from __future__ import annotations

from bot.extraction.name_endings import ending_gender
from tests.extraction.speaking import speakers_in_order

_OPENING = "“The state will not abandon anyone,” said Erlan Tokayev, the president."


def test_a_woman_known_by_her_surname_s_ending_takes_she() -> None:
    paragraphs = [
        _OPENING,
        "State television showed footage of the minister, Gulnara Ismailova, at the scene."
        " “The danger has passed for every village in the valley,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Erlan Tokayev", "Gulnara Ismailova"]


def test_endings_and_patronymics() -> None:
    assert ending_gender("Aigerim Bekova") == "f"
    assert ending_gender("Dariga Serikovna Amanova") == "f"
    assert ending_gender("Nurlan Abaiuly Serikbayev") == "m"
    assert ending_gender("Zhanar Wróblewska") == "f"
    assert ending_gender("Bakhyt Orazov") == "m"


def test_names_of_other_shapes_give_nothing() -> None:
    assert ending_gender("Ana Ruiz") is None
    assert ending_gender("Sutrisno") is None
    assert ending_gender("Lena Nova") is None  # too short to tell
    assert ending_gender("Kofi Mensah-Ova") is None  # joined by a hyphen
