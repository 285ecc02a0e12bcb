"""A body set beside a description that would read as a person's job ("Lumora Systems, a
robotics maker,") and credited later by that description ("the robotics maker said") is that
body, not the last person named; a person so described is still that person."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We had no choice once the orders dried up over the winter,”"
_CRITIC = "Tom Hale, who leads the union branch, called the cuts a betrayal."


@pytest.mark.parametrize(
    ("intro", "credit", "body"),
    [
        (
            "Lumora Systems, a robotics maker, cut 200 jobs.",
            "the robotics maker said.",
            "Lumora Systems",
        ),
        ("Quorvex, a chip designer in Arnhem, shut its lab.", "said the chip designer.", "Quorvex"),
        (
            "Ferrovia Nordica, the region's rail operator, cancelled 40 trains.",
            "the rail operator said in a statement.",
            "Ferrovia Nordica",
        ),
        (
            "Brightwell Kitchens, a frozen-pizza producer, closed a plant.",
            "the frozen-pizza producer said.",
            "Brightwell Kitchens",
        ),
    ],
)
def test_the_description_names_the_body(intro: str, credit: str, body: str) -> None:
    assert speakers_in_order([f"{intro} {_CRITIC}", f"{_QUOTE} {credit}"]) == [body]


@pytest.mark.parametrize(
    ("intro", "credit", "person"),
    [
        ("Greta Lund, a toy maker, closed her workshop.", "the toy maker said.", "Greta Lund"),
        (
            "Ines Roth, 52, a furniture maker, sold her van.",
            "the furniture maker said.",
            "Ines Roth",
        ),
    ],
)
def test_a_person_so_described_stays_that_person(intro: str, credit: str, person: str) -> None:
    assert speakers_in_order([f"{intro} {_CRITIC}", f"{_QUOTE} {credit}"]) == [person]


def test_a_description_set_beside_no_one_is_still_a_role() -> None:
    paragraphs = ["Lumora Systems cut 200 jobs. " + _CRITIC, f"{_QUOTE} the union leader said."]
    assert speakers_in_order(paragraphs) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("named", "described"),
    [
        ("said Ylva Marsh, the chair.", "Marsh, a farmer, spoke first."),
        ("said Tomasz Brandt on Monday.", "Brandt, a farmer, was less sure."),
        ("Rhian Dalby said.", "Dalby, a retired teacher, was angry."),
    ],
)
def test_a_surname_of_someone_named_in_full_before_stays_that_person(
    named: str, described: str
) -> None:
    role = described.split(", ")[1]
    first = f"“The road has waited long enough for this town,” {named}"
    second = f"{described} “We cannot wait another year,” the {role.removeprefix('a ')} said."
    full = " ".join(named.removeprefix("said ").split()[:2]).rstrip(".,")
    assert speakers_in_order([first, second])[-1] == full
