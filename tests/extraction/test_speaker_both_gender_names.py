"""A first name the lists give one gender but parents give both ("Jean", "Robin", "Kit",
"Sasha") takes the gender the article shows: a title before the name ("Mr Robin Hale"), or a
pronoun right after it as its subject speaks ("Jean Roux, who bakes, said his rent …", "Robin
Hale and his wife"). A name given to one gender keeps it when a pronoun after it means someone
else, and a pronoun of the listed gender anywhere after the name keeps the list's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_WOMAN = "Ann Lowry, the council leader, opened the meeting. “We have no money left,” Lowry said."
_MAN = "Tom Brennan, the club chairman, opened the meeting. “We have no money left,” Brennan said."
_QUOTE = "“I cannot keep the shop open like this for much longer,” {} said."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Jean Dupont, who runs the bakery, said his rent had doubled.", "Jean Dupont"),
        ("Mr Robin Hale, a baker, disagreed with the plan.", "Robin Hale"),
        ("Robin Hale and his wife run the bakery on the square.", "Robin Hale"),
        ("Kit Marlowe said he had been a baker for thirty years.", "Kit Marlowe"),
        ("Sasha Petrov, who owns the cafe, insisted he would stay.", "Sasha Petrov"),
    ],
)
def test_a_man_with_a_name_listed_for_women(paragraph: str, expected: str) -> None:
    paragraphs = [_WOMAN, f"{paragraph} {_QUOTE.format('he')}"]
    assert speakers_in_order(paragraphs) == ["Ann Lowry", expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Ms Chris Lamb, who runs the bakery, disagreed with the plan.", "Chris Lamb"),
        ("Lee Carver, who runs the bakery, said she had been open for years.", "Lee Carver"),
    ],
)
def test_a_woman_with_a_name_listed_for_men(paragraph: str, expected: str) -> None:
    paragraphs = [_MAN, f"{paragraph} {_QUOTE.format('she')}"]
    assert speakers_in_order(paragraphs) == ["Tom Brennan", expected]


def test_a_name_listed_for_one_gender_keeps_it_when_she_is_someone_else() -> None:
    paragraphs = [
        _WOMAN,
        "Tom Ode, the baker’s father, said she had worked there since she was sixteen.",
        _QUOTE.format("she"),
    ]
    assert speakers_in_order(paragraphs) == ["Ann Lowry", "Ann Lowry"]


def test_a_pronoun_of_the_listed_gender_keeps_it() -> None:
    paragraphs = [
        _MAN,
        "Jean Dupont said his family had run the bakery since 1950. Later Dupont said she would"
        " not sell it.",
        _QUOTE.format("he"),
    ]
    assert speakers_in_order(paragraphs) == ["Tom Brennan", "Tom Brennan"]


def test_she_after_a_woman_with_a_name_given_to_both_is_still_her() -> None:
    paragraphs = [_MAN, "Robin Hale said her rent had doubled.", _QUOTE.format("she")]
    assert speakers_in_order(paragraphs) == ["Tom Brennan", "Robin Hale"]
