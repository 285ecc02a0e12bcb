"""A document written by someone the article calls by a pronoun ("In a blog post on Wednesday,
she published the emails. “…,” the post reads.") is the words of whom the pronoun means, as
"X published the emails" makes it X's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = {
    "she": "Ines Marlowe-Achebe runs a small blog about fraud. She found the files on a forum.",
    "he": "Tobiah Nwachukwu runs a small blog about fraud. He found the files on a forum.",
}


@pytest.mark.parametrize(
    ("pronoun", "sentence", "noun"),
    [
        ("she", "In a blog post on Wednesday, she published the email she had sent.", "post"),
        ("he", "On Friday, he wrote to the company’s board.", "letter"),
        ("she", "Later that night, she posted the screenshots on her own site.", "post"),
        ("he", "He also sent a memo to his staff on Monday morning.", "memo"),
    ],
)
def test_document_by_pronoun_is_theirs(pronoun: str, sentence: str, noun: str) -> None:
    paragraphs = [
        _INTRO[pronoun],
        f"{sentence} “If a student with a laptop could find it, so could anyone,” the {noun}"
        " reads.",
    ]
    named = "Ines Marlowe-Achebe" if pronoun == "she" else "Tobiah Nwachukwu"
    assert speakers_in_order(paragraphs) == [named]


def test_pronoun_means_the_woman_though_a_man_is_named_after_her() -> None:
    paragraphs = [
        _INTRO["she"] + " Her editor, Paulo Brandt, checked them.",
        "In a blog post on Wednesday, she published the emails. “If a student with a laptop"
        " could find it, so could anyone,” the post reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Ines Marlowe-Achebe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The files she found were shared widely.",  # "she found": no writing, not the subject
        "Readers shared the emails she had sent to the firm.",  # "she had sent" inside a clause
    ],
)
def test_pronoun_not_writing_leaves_the_post_unowned(sentence: str) -> None:
    paragraphs = [
        "Shoppers were angry on Tuesday.",
        f"{sentence} “If a student with a laptop could find it, so could anyone,” the post reads.",
    ]
    assert speakers_in_order(paragraphs) == [None]
