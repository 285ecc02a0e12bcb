"""A relative set before a name by a comma ("her son, Piers Ode", "his widow, Marlowe Ode") has
the gender the role gives, when no list knows the first name, even if a "Mrs Ode" of the same
surname is in the article."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The house was always full of music and people arguing about football,”"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Mrs Ollivant died on Tuesday aged 91.",
                "Her death was confirmed by her son, Piers Ollivant, who said she had been ill.",
                f"{_QUOTE} he said.",
            ],
            "Piers Ollivant",
        ),
        (
            [
                "Tom Ode, a retired pilot, died at home on Friday.",
                f"His widow, Marlowe Ode, said he had been ill for months. {_QUOTE} she said.",
            ],
            "Marlowe Ode",
        ),
        (
            [
                "Mrs Vell ran the corner shop for forty years.",
                f"Her grandson, Tarquin Vell, spoke at the service. {_QUOTE} he said.",
            ],
            "Tarquin Vell",
        ),
        (
            [
                "Anton Briggs coached the team from 1970.",
                f"His eldest daughter, Sunniva Briggs, read a poem. {_QUOTE} she said.",
            ],
            "Sunniva Briggs",
        ),
    ],
)
def test_a_relative_has_the_role_s_gender(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # a role that gives no gender: "he" stays with the man before
            [
                "Tom Ode, a retired pilot, died at home on Friday.",
                f"His friend, Marlowe Vance, read a poem. Ode's brother Sam Ode spoke. {_QUOTE} he "
                "said.",
            ],
            "Sam Ode",
        ),
        (  # a listed first name settles it whatever the role
            [
                "Her son, Peter Ollivant, spoke first.",
                f"{_QUOTE} he said.",
            ],
            "Peter Ollivant",
        ),
    ],
)
def test_other_evidence_is_kept(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
