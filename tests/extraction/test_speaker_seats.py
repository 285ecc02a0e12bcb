"""A government or body named by its seat speaks as that body ("Downing Street said", "No 10
said" -> Downing Street; "the Elysée said" -> Élysée), while a seat that is only a place, a
document's name or an unnamed person's employer gives no such speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The minister has our full confidence and the talks will resume on Monday"
_SEATS = [
    ("Downing Street", "Downing Street"),
    ("No 10", "Downing Street"),
    ("Number 10", "Downing Street"),
    ("The White House", "White House"),
    ("The Kremlin", "Kremlin"),
    ("The Pentagon", "Pentagon"),
    ("The Elysée", "Élysée"),
    ("The Élysée Palace", "Élysée"),
    ("The Quai d'Orsay", "Quai d'Orsay"),
    ("The Vatican", "Vatican"),
    ("The Holy See", "Holy See"),
    ("Whitehall", "Whitehall"),
    ("Zhongnanhai", "Zhongnanhai"),
    ("The Blue House", "Blue House"),
]


def _mid(seat: str) -> str:
    """The seat as written inside a sentence ("the Kremlin")."""
    return seat[0].lower() + seat[1:] if seat.startswith("The ") else seat


@pytest.mark.parametrize(("seat", "body"), _SEATS)
def test_the_seat_before_the_quote(seat: str, body: str) -> None:
    assert speakers_in_order([f"{seat} said: {_QUOTE}.”"]) == [body]


@pytest.mark.parametrize(("seat", "body"), _SEATS)
def test_the_seat_after_the_quote(seat: str, body: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” {_mid(seat)} said."]) == [body]


@pytest.mark.parametrize(("seat", "body"), _SEATS[:6])
@pytest.mark.parametrize("verb", ["added", "insisted", "warned"])
def test_other_verbs(seat: str, body: str, verb: str) -> None:
    assert speakers_in_order([f"{seat} {verb}: {_QUOTE}.”"]) == [body]


@pytest.mark.parametrize(("seat", "body"), _SEATS[:6])
def test_in_a_statement(seat: str, body: str) -> None:
    assert speakers_in_order([f"In a statement, {_mid(seat)} said: {_QUOTE}.”"]) == [body]


def test_a_place_named_earlier_does_not_capture_the_seat() -> None:
    paragraphs = [
        "Outside Downing Street, nurses gathered with placards on Tuesday morning.",
        f"{_QUOTE},” No 10 said.",
    ]
    assert speakers_in_order(paragraphs) == ["Downing Street"]


@pytest.mark.parametrize("seat", ["Downing Street", "White House", "Kremlin", "Pentagon"])
def test_a_source_or_spokesperson_of_the_seat_is_unnamed(seat: str) -> None:
    assert speakers_in_order([f"A {seat} source said: {_QUOTE}.”"]) == [None]
    assert speakers_in_order([f"{_QUOTE},” a {seat} spokeswoman said."]) == [None]


@pytest.mark.parametrize("seat", ["No 10", "Downing Street", "the White House"])
def test_a_spokesman_for_the_seat_is_unnamed(seat: str) -> None:
    assert speakers_in_order([f"A spokesman for {seat} later added: {_QUOTE}.”"]) == [None]


_SECRETARIES = [("Downing Street", "Jo Bell"), ("White House", "Ravi Kade")]


@pytest.mark.parametrize(("seat", "name"), _SECRETARIES)
def test_a_named_press_secretary_wins(seat: str, name: str) -> None:
    paragraphs = [f"The {seat} press secretary, {name}, said: {_QUOTE}.”"]
    assert speakers_in_order(paragraphs) == [name]


def test_a_street_where_people_chant_is_no_speaker() -> None:
    paragraphs = ["Outside Downing Street, protesters chanted: “Pay us now, pay us today!”"]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize("seat", ["the White House", "the Kremlin", "Downing Street"])
def test_someone_walking_into_the_seat_speaks_himself(seat: str) -> None:
    paragraphs = [f"Tom Reyes walked into {seat} and said: {_QUOTE}.”"]
    assert speakers_in_order(paragraphs) == ["Tom Reyes"]


def test_a_document_named_after_a_seat_is_not_the_seat() -> None:
    paragraphs = [f"The Pentagon Papers said: {_QUOTE}.”"]
    assert speakers_in_order(paragraphs) != ["Pentagon"]


def test_a_white_house_in_lower_case_is_a_house() -> None:
    paragraphs = [f"{_QUOTE},” the white house on the corner said."]
    assert speakers_in_order(paragraphs) != ["White House"]


@pytest.mark.parametrize(("seat", "body"), _SEATS[:8])
def test_said_before_the_seat(seat: str, body: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” said {_mid(seat)}."]) == [body]


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("No 10 has said", "Downing Street"),
        ("Number 10 has since insisted", "Downing Street"),
        ("The Vatican later added", "Vatican"),
        ("The Kremlin had earlier warned", "Kremlin"),
        ("The White House would only say", "White House"),
    ],
)
def test_a_helper_or_adverb_before_the_verb(lead: str, body: str) -> None:
    assert speakers_in_order([f"{lead}: {_QUOTE}.”"]) == [body]


@pytest.mark.parametrize("lead", ["Whitehall has been told", "No 10 sources said"])
def test_told_the_seat_or_its_sources_say_nothing_as_the_seat(lead: str) -> None:
    assert speakers_in_order([f"{lead}: {_QUOTE}.”"]) == [None]


@pytest.mark.parametrize(
    "people",
    [
        "Downing Street officials",
        "senior White House aides",
        "Kremlin insiders",
        "Pentagon officials",
        "Élysée advisers",
    ],
)
def test_people_of_the_seat_are_unnamed(people: str) -> None:
    assert speakers_in_order([f"{_QUOTE},” {people} said."]) == [None]


def test_a_named_official_of_the_seat_is_named() -> None:
    paragraphs = [f"{_QUOTE},” said Lena Marsh, a Downing Street official."]
    assert speakers_in_order(paragraphs) == ["Lena Marsh"]
