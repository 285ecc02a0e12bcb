""" "The couple said", "the pair wrote", "the duo said" after two people named together ("Mila
Stroud and Jonah Vale have split") credit the first of the two, as a quote credited to several
people is labelled; with no two people named together, no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We remain the best of friends and will always love each other,”"


@pytest.mark.parametrize(
    ("opening", "tail", "speaker"),
    [
        (
            "Mila Stroud and Jonah Vale have split after four years.",
            "the couple said in a joint statement",
            "Mila Stroud",
        ),
        (
            "Jonah Vale and Mila Stroud have split after four years.",
            "the pair wrote in a joint post",
            "Jonah Vale",
        ),
        ("Ines Duarte and Kofi Mensah ended the band on Friday.", "the duo said", "Ines Duarte"),
    ],
)
def test_the_couple_is_the_first_of_the_two(opening: str, tail: str, speaker: str) -> None:
    assert speakers_in_order(["The news broke on Monday.", f"{opening} {_QUOTE} {tail}."]) == [
        speaker
    ]


def test_no_two_named_together_is_no_one() -> None:
    paragraphs = [
        "The news broke on Monday.",
        f"The two singers were seen in Rome last week. {_QUOTE} the couple said.",
    ]
    assert speakers_in_order(paragraphs) == [None]


@pytest.mark.parametrize("subject", ["the pair", "the couple"])
def test_a_couples_joint_statement_is_the_first_of_the_two(subject: str) -> None:
    paragraphs = [
        f"Mila Stroud and Jonah Vale have separated, {subject} confirmed on Monday in a joint"
        " statement posted to both of their accounts.",
        f"{_QUOTE} the statement read.",
    ]
    assert speakers_in_order(paragraphs) == ["Mila Stroud"]


def test_a_pair_named_only_in_the_headline_issues_the_statement() -> None:
    paragraphs = [
        "The actress and the singer have separated, the pair confirmed on Monday in a joint"
        " statement posted to both of their accounts.",
        f"{_QUOTE} the statement read.",
    ]
    headline = "Mila Stroud and Jonah Vale Confirm Split in Joint Statement"
    assert speakers_in_order(paragraphs, headline) == ["Mila Stroud"]


def test_a_body_joined_by_and_is_no_pair() -> None:
    paragraphs = [
        "The Food and Drug Administration published a notice on Monday.",
        "“Consumers should stop using the product immediately,” the notice said.",
    ]
    assert speakers_in_order(paragraphs) == ["Food and Drug Administration"]
