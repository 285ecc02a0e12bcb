"""Quotes credited to "the post" a body or person wrote online, invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Vantor Labs said in a blog post that the model would ship in May.",
                "“We have tested it with more than a thousand doctors,” the post said.",
            ],
            "Vantor Labs",
        ),
        (
            [
                "In a post on its website, Orvale Health apologised to patients on Friday.",
                "“We are sorry for the worry this has caused every family,” the post read.",
            ],
            "Orvale Health",
        ),
        (
            [
                "Mira Tenn posted on Facebook about the closure of the ward on Sunday.",
                "“I have never seen a ward run this short of nurses,” the post said.",
            ],
            "Mira Tenn",
        ),
        (
            [
                "Mira Tenn, a nurse at the clinic, posted on Facebook about the closure.",
                "“I have never seen a ward run this short of nurses,” the post said.",
            ],
            "Mira Tenn",
        ),
        (
            [
                "Halvard Systems, a maker of hospital software, said it had found the flaw.",
                "The company wrote in a blog post on Thursday that an attacker got in.",
                "“We have no evidence that payment data was accessed,” the post said.",
            ],
            "Halvard Systems",
        ),
        (
            [
                "Quillon, the San Jose-based maker of the Pulse app, unveiled a ring on Tuesday.",
                "The ring, called the Quillon Halo, will cost $349.",
                "The company wrote in a blog post last week that hackers had stolen user data.",
                "“No passwords or card numbers were taken,” the post said.",
            ],
            "Quillon",
        ),
    ],
)
def test_the_post_is_its_writers(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "A hospital spokeswoman said in an email that 38 beds would open.",
            "“Staff have worked incredibly hard under sustained pressure,” the email said.",
        ],
        [
            "Dana Rell took up the post of director in March.",
            "“We will rebuild this department one nurse at a time,” the post holder said.",
        ],
        [
            "A post in a parents’ group, shared 2,000 times, claimed that “the numbers are being"
            " inflated to push shots on our kids.”"
        ],
    ],
)
def test_a_post_nobody_named_wrote_keeps_no_speaker(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs) == [None]


def test_a_newspaper_called_the_post_keeps_its_name() -> None:
    paragraphs = [
        "The Washington Post reported the closure first.",
        "“The hospital will not reopen its maternity ward this year,” the Post said.",
    ]
    assert speakers_in_order(paragraphs) == ["Washington Post"]


@pytest.mark.parametrize(
    ("opening", "credit", "speaker"),
    [
        ("Veltrix makes home routers.", "according to a company blog post.", "Veltrix"),
        ("Veltrix makes home routers.", "a company blog post said.", "Veltrix"),
        (
            "Lakeshore University researchers published the study.",
            "according to a university news release.",
            "Lakeshore University",
        ),
    ],
)
def test_a_post_named_by_its_kind_of_body(opening: str, credit: str, speaker: str) -> None:
    quote = "“We have found no sign that payment details were taken by anyone,” "
    assert speakers_in_order([opening, quote + credit]) == [speaker]


def test_a_blog_post_of_no_named_kind_keeps_no_speaker() -> None:
    quote = "“We have found no sign that payment details were taken by anyone,” "
    paragraphs = ["Mira Tenn runs a clinic.", quote + "according to a personal blog post."]
    assert speakers_in_order(paragraphs) == [None]
