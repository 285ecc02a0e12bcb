"""In a listicle whose section headings name people ("Mara Quinn & Robin Dale"), a he or she
in the section's first paragraph, when that paragraph opens with a role ("The Oscar-winning
actress …", "The actor …"), goes to the first heading name the role and the pronoun both fit,
not to a partner named in between nor a word opening the article."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = "Long marriages are rare in show business. Here is what four couples have said about it."


@pytest.mark.parametrize(
    ("heading", "paragraph", "name"),
    [
        (
            "Mara Quinn & Robin Dale",
            "The Oscar-winning actress has been open about her marriage to Robin Dale. She told"
            " a magazine: “We agreed to always be honest with each other, whatever happens.”",
            "Mara Quinn",
        ),
        (
            "Okoro Adams & Laila Noor",
            "The actor has been married to Laila Noor for a decade. He said at a premiere: “She"
            " tells me what to do, and I do it, and that's the whole secret.”",
            "Okoro Adams",
        ),
        (
            "Nkechi Bello & Tom Reyes",
            "The television presenter met Tom Reyes on a film set in 2009. She told a magazine:"
            " “He was the only one on set who did not want anything from me.”",
            "Nkechi Bello",
        ),
        (
            "Tom Reyes and Nkechi Bello",
            "The singer met Nkechi Bello on a film set in 2009. He told a magazine: “She was the"
            " only one on set who did not want anything from me.”",
            "Tom Reyes",
        ),
    ],
)
def test_the_section_person_the_role_means(heading: str, paragraph: str, name: str) -> None:
    assert speakers_in_order([_INTRO, heading, paragraph])[-1] == name


@pytest.mark.parametrize(
    ("heading", "paragraph", "name"),
    [
        (
            "Nkechi Bello & Tom Reyes",
            "The actress met Tom Reyes on a film set in 2009. He told a magazine: “She was the"
            " only one on set who did not want anything from me.”",
            "Tom Reyes",
        ),
        (
            "Rory Vance & Carla Benn",
            "The actor has spoken warmly about his marriage to Carla Benn, a theatre director."
            " She told a newspaper: “People expected it to last six months, and look at us.”",
            "Carla Benn",
        ),
    ],
)
def test_a_pronoun_the_role_does_not_fit(heading: str, paragraph: str, name: str) -> None:
    assert speakers_in_order([_INTRO, heading, paragraph])[-1] == name


def test_a_gendered_role_settles_a_name_given_to_both() -> None:
    paragraphs = [
        _INTRO,
        "Chris Hale & Sam Worth",
        "The actress has spoken about raising a family with her husband, Sam Worth. She said in"
        " 2021: “We take turns being the sensible one, and it works.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Chris Hale"


def test_a_gendered_role_does_not_turn_a_one_gender_name() -> None:
    paragraphs = [
        _INTRO,
        "Tom Reyes & Sam Worth",
        "The actress has spoken about working with Sam Worth. She said in 2021: “We take turns"
        " being the sensible one, and it works.”",
    ]
    assert speakers_in_order(paragraphs)[-1] != "Tom Reyes"
