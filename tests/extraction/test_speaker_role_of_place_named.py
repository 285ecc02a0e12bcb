"""A role "of" a country or body set before its holder's name after the verb ("said the
representative of Ardanu, Seyoum Haile Mariam."): the name, not an earlier holder of the role."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "Speaking for the Arab Group, the ambassador of Qaramand, Layla Haddad-Nasser, said the"
    " statement was “late, but better than silence.”"
)


def test_a_role_of_a_country_then_the_name() -> None:
    paragraphs = [
        _OPENING,
        "“We demand an independent investigation,” said the representative of Ardanu, Seyoum"
        " Haile Mariam.",
        "“This council has waited long enough,” said the ambassador of Montevera, María José"
        " Echeverría, after the vote.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Layla Haddad-Nasser",
        "Seyoum Haile Mariam",
        "María José Echeverría",
    ]


def test_a_role_of_a_body_then_the_name() -> None:
    paragraphs = [
        _OPENING,
        "“The front will respect the line for as long as the army does,” said the head of the"
        " Northern Front, Bogdan Lisowski.",
    ]
    assert speakers_in_order(paragraphs) == ["Layla Haddad-Nasser", "Bogdan Lisowski"]


def test_a_role_of_a_country_with_no_name_after_it() -> None:
    paragraphs = [
        _OPENING,
        "“We were not consulted on any of this,” said the ambassador of Ardanu.",
    ]
    assert speakers_in_order(paragraphs)[1] != "Ardanu"
