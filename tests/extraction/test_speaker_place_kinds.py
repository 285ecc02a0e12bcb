"""A name set between "the" and a kind of place ("the Gull Point ward", "the Rose Bank
estate") names the place: a pronoun after it still means the person the sentence is about."""

from __future__ import annotations

import pytest

from bot.extraction.place_nouns import names_a_place
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“could not sit there and pretend this was a proper debate about the town”"

_CASES = [
    ("Councillor Tomasz Reilly, who represents the Gull Point ward,", "He", "Tomasz Reilly"),
    ("Councillor Ewa Mazur, who represents the Victor Road ward,", "She", "Ewa Mazur"),
    ("Deputy Jonas Brekke, who represents the Louis Park constituency,", "He", "Jonas Brekke"),
    ("Tenant leader Amara Diallo, who runs the Rose Bank estate,", "She", "Amara Diallo"),
    ("Manager Kwame Boateng, who runs the Albert Dock depot,", "He", "Kwame Boateng"),
]


@pytest.mark.parametrize(("subject", "pronoun", "name"), _CASES)
def test_a_place_named_before_its_kind_is_no_one(subject: str, pronoun: str, name: str) -> None:
    paragraphs = [
        "The vote went through late on Thursday night.",
        f"Shortly afterwards {subject} gathered the papers and left the chamber."
        f" {pronoun} later wrote on Facebook that the council {_QUOTE}.",
    ]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Councillor Ada Mensah, who works in the ward,", "Ada Mensah"),
        ("Grace Hill, the ward’s councillor,", "Grace Hill"),
        ("Morgan Hill, who met Ana Ruiz at the depot,", "Morgan Hill"),
    ],
)
def test_a_person_beside_a_place_word_still_speaks(lead: str, name: str) -> None:
    assert speakers_in_order([f"{lead} said the council {_QUOTE}."]) == [name]


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("She represents the Gull Point ward on the council.", "Gull Point", True),
        ("He grew up on the Rose Bank estate in the west.", "Rose Bank", True),
        ("They won the Louis Park constituency by ten votes.", "Louis Park", True),
        ("She thanked the Gull Point residents for coming.", "Gull Point", False),
        ("The mayor met Rose Bank in the ward office.", "Rose Bank", False),
    ],
)
def test_names_a_place(sentence: str, name: str, place: bool) -> None:
    begin = sentence.index(name)
    assert names_a_place(sentence, begin, begin + len(name)) is place
