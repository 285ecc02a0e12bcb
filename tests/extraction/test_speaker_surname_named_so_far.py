"""A bare surname written before a second person of that surname is named is the one named so
far, the headline included ("Raghunath said" before "Her mother, Lakshmi Raghunath, …"), even
when that first person is later called by first name alone; once both are named, the choice is
as before (the one named most often)."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LATER_RELATIVE = "Her {kin}, {other}, flew in for the night and sat in the front row."
_FIRST_NAME_LATER = "“She is the boss here and always has been,” {first} said, laughing."


@pytest.mark.parametrize(
    ("headline", "opening", "kin", "other", "first"),
    [
        (
            "Kavya Raghunath's handloom show steals the week",
            "“I wanted people to hear the work before they saw it,” Raghunath said backstage.",
            "mother",
            "Lakshmi Raghunath",
            "Kavya",
        ),
        (
            "Ines Okonkwo-Baird wins the Corrow pottery prize",
            "Okonkwo-Baird said: “I fired the last bowl at four in the morning, twice.”",
            "sister",
            "Adaeze Okonkwo-Baird",
            "Ines",
        ),
        (
            "Teodora Vasquez-Lund opens her first bakery",
            "“Bread is a patient business and I am not a patient woman,” says Vasquez-Lund.",
            "grandmother",
            "Pilar Vasquez-Lund",
            "Teodora",
        ),
    ],
)
def test_the_surname_before_the_relative_is_named_means_the_one_named_so_far(
    headline: str, opening: str, kin: str, other: str, first: str
) -> None:
    paragraphs = [
        opening,
        _LATER_RELATIVE.format(kin=kin, other=other),
        _FIRST_NAME_LATER.format(first=first),
    ]
    found = speakers_in_order(paragraphs, headline)
    assert found[0] == headline.split("'")[0].split(" wins")[0].split(" opens")[0]


def test_the_surname_after_both_are_named_is_the_one_named_most() -> None:
    paragraphs = [
        "Fintan Rowe, 52, has run the ferry for thirty years. Fintan Rowe took it over in 1994.",
        "His brother, Declan Rowe, sells the tickets on the quay.",
        "“The tide decides everything on this crossing, every single day,” Rowe said.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Fintan Rowe"


def test_the_surname_before_anyone_of_it_is_named_is_the_first_named_later() -> None:
    paragraphs = [
        "“The kiln cracked on the second night and we started again,” Brannock said.",
        "Elsie Brannock, 71, has fired pots in the village since 1979.",
    ]
    assert speakers_in_order(paragraphs)[0] == "Elsie Brannock"
