"""A section heading's lone capitalised word that is also a first name ("Summer in Linen",
"Grace under Pressure") is no one: a "she says" under it goes to the person the sentence is
about, named in full before the heading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_STYLIST = (
    "Adaeze Okafor, a stylist in Leeds, says the change began last spring. “People came to me"
    " asking for something that did not pinch,” she says."
)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            "Summer in Linen",
            "Stylists like Okafor are on board: “I'm buying wide trousers and loafers this year,"
            " honestly,” she says.",
        ),
        (
            "Grace under Pressure",
            "Stylists like Okafor have noticed: “Everyone wants a jacket that forgives a long"
            " day,” she says.",
        ),
        (
            "June on the Beach",
            "For stylists like Okafor, the answer is linen. “It creases, and that is exactly"
            " the point of it,” she says.",
        ),
    ],
)
def test_the_heading_word_is_no_one(heading: str, paragraph: str) -> None:
    assert speakers_in_order([_STYLIST, heading, paragraph])[-1] == "Adaeze Okafor"


def test_a_first_name_the_body_writes_again_stays_a_name() -> None:
    paragraphs = [
        "The singers Harry Vale and Dana Osei met at college.",
        "Harry on fatherhood",
        "Harry has two sons now. “I never sleep, and I have never been happier,” he said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Harry Vale"


_DESIGNER = (
    "Priyanka Sethi, who designs footwear for a brand in Leicester, says chunky trainers now"
    " outsell loafers."
)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        ("Grace Notes", "Small details matter more this year. “A gold buckle does more than"),
        ("Daisy Chains", "Necklaces are the other story. “A layered chain does more than"),
        ("Ruby Slippers", "Red shoes are back as well. “A red heel does more than"),
    ],
)
def test_a_heading_pair_is_no_one(heading: str, paragraph: str) -> None:
    paragraphs = [_DESIGNER, heading, paragraph + " a new coat, honestly,” she says."]
    assert speakers_in_order(paragraphs)[-1] == "Priyanka Sethi"


def test_a_heading_pair_whose_surname_comes_back_is_a_person() -> None:
    paragraphs = [
        _DESIGNER,
        "Leilani Akana",
        "The former swimmer now runs a surf school. Akana laughed when asked about her"
        " wardrobe. “I live in a wetsuit, so trainers are a luxury,” she says.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Leilani Akana"


def test_a_heading_of_two_full_names_keeps_a_surname_no_list_knows() -> None:
    paragraphs = [
        "Daniel Reeve and Clara Moss",
        "In an interview, the Harbour Lights star revealed that therapy saved his marriage to"
        " wife, Clara Moss. He also admitted that it took years before he asked for help.",
        "“I always thought I could fix everything on my own, and for a while that worked,”"
        " he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Daniel Reeve"]
