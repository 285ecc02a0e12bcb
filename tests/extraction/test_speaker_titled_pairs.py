"""Two people joined by "and" as one subject give the first of them, also when a title or a
role stands before either ("Governor Ana Ruiz and Mayor Tom Ode said …")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Governor Amal Haddad and Mayor Pieter de Vries said in a joint statement that the"
            " plan “will bring clean water to every household by 2030.”",
            "Amal Haddad",
        ),
        (
            "Coach Rosa Jiménez and captain Leon Fischer told reporters the defeat was “a lesson"
            " we needed to learn before the final.”",
            "Rosa Jiménez",
        ),
        (
            "Amal Haddad and Pieter de Vries said the plan “will bring clean water to every"
            " household by 2030.”",
            "Amal Haddad",
        ),
        (  # a "who" aside after the second does not make the second the speaker
            "Sen. Maria Gonzalez and Rep. Tom Becker, who chairs the committee, said the bill"
            " “will keep faith with the families of this district.”",
            "Maria Gonzalez",
        ),
        (  # the aside's own "with" names no pair
            "Tom Becker, who chairs the committee with Maria Gonzalez, said the bill “will keep"
            " faith with the families of this district.”",
            "Tom Becker",
        ),
        (  # one person only: the name after the title is the speaker
            "Speaking after the vote, Mayor Pieter de Vries said the plan “will bring clean"
            " water to every household by 2030.”",
            "Pieter de Vries",
        ),
    ],
)
def test_the_first_of_two_titled_people_speaks(paragraph: str, speaker: str) -> None:
    assert speakers_in_order([paragraph]) == [speaker]
