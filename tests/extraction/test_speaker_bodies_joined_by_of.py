"""A body whose name joins its words with "of" or "for" and holds no organisation word,
set beside its kind ("Bridges of Care, a medical charity that …,", "The Friends of Harrow
Park, a volunteer group,"), is the one "the group said" means, in full; a person or the
members named before the "of" are no part of it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We have been working since nine this morning without a single break,”"


@pytest.mark.parametrize(
    ("opening", "noun", "body"),
    [
        (
            "Bridges of Care, a medical charity that runs the town’s only surgical ward, said its"
            " staff had treated 37 people.",
            "group",
            "Bridges of Care",
        ),
        (
            "The Friends of Harrow Park, a volunteer group, said the oaks were healthy.",
            "group",
            "Friends of Harrow Park",
        ),
        (
            "Doctors for Tarrow, a campaign group founded in 2019, marched on Saturday.",
            "group",
            "Doctors for Tarrow",
        ),
        (
            "Mothers of Kessik, a group of women who lost sons in the war, met the envoy.",
            "group",
            "Mothers of Kessik",
        ),
        (
            "Homes for the Valley, a small charity, runs the night shelter.",
            "charity",
            "Homes for the Valley",
        ),
    ],
)
def test_the_body_joined_by_of_speaks_in_full(opening: str, noun: str, body: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} the {noun} said."]) == [body]


def test_a_person_of_a_body_is_no_part_of_its_name() -> None:
    paragraphs = [
        "Ana Ruiz of Harbour Mutual, her insurer, wrote to her in May.",
        f"{_QUOTE} the insurer said.",
    ]
    assert speakers_in_order(paragraphs) == ["Harbour Mutual"]


def test_members_of_a_body_are_no_part_of_its_name() -> None:
    paragraphs = [
        "Supporters of Open Harbour, a campaign group, handed out leaflets.",
        f"{_QUOTE} the group said.",
    ]
    assert speakers_in_order(paragraphs) == ["Open Harbour"]


def test_a_title_of_one_person_is_no_body() -> None:
    """ "Duke of Harwell" is one man's title: a singular head makes no body of it."""
    paragraphs = [
        "The Duke of Harwell, a keen sailor, opened the bridge on Friday.",
        f"{_QUOTE} the group said.",
    ]
    assert speakers_in_order(paragraphs) != ["Duke of Harwell"]
