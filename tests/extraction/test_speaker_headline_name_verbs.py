"""A Title Case headline's verb that is also a first name ("Sue", "Rob", "Grant", "Chase"),
after a plural subject, is the verb: "Illustrators Sue Mirelle AI" names no "Sue Mirelle", so
the body's "Mirelle argued" is the company. A first name after a title, a name or at the start
stays a name, and so does a pair the body writes together."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“a transformative use that the law has always protected,”"


@pytest.mark.parametrize(
    ("headline", "opening", "body"),
    [
        ("Illustrators Sue Mirelle AI Over Image Tool", "sued Mirelle AI", "Mirelle AI"),
        ("Parents Sue Harlow Games Over Loot Boxes", "sued Harlow Games", "Harlow Games"),
        ("Farmers Grant Tessaly Motors Access to Land", "let Tessaly Motors in", "Tessaly Motors"),
        ("Rivals Chase Orlen Dynamics for Contract", "beat Orlen Dynamics", "Orlen Dynamics"),
    ],
)
def test_a_verb_after_a_plural_subject_is_no_first_name(
    headline: str, opening: str, body: str
) -> None:
    short = body.split()[0]
    paragraphs = [
        f"A group of local people {opening} on Tuesday.",
        f"In a motion filed in March, {short} argued that the work was {_QUOTE} lawyers said.",
    ]
    assert speakers_in_order(paragraphs, headline) == [body]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Sue Marlowe Named Head of Harwell Trust", "Sue Marlowe"),
        ("Coach Rob Tennant Quits After Defeat", "Rob Tennant"),
        ("Harwell Reds Sign Grant Okafor From Rivals", "Grant Okafor"),
    ],
)
def test_a_first_name_not_after_a_plural_subject_stays_a_name(headline: str, name: str) -> None:
    surname = name.split()[-1]
    paragraphs = [
        "The announcement came on Tuesday.",
        f"“I am ready for this and I cannot wait to start,” {surname} said.",
    ]
    assert speakers_in_order(paragraphs, headline) == [name]


def test_a_pair_the_body_writes_together_stays_a_name() -> None:
    headline = "Neighbours Rob Hale and Ann Vos Win Garden Prize"
    paragraphs = [
        "Rob Hale and Ann Vos won the prize on Sunday.",
        "“We never expected to win anything at all,” Hale said.",
    ]
    assert speakers_in_order(paragraphs, headline) == ["Rob Hale"]
