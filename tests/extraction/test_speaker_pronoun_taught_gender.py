"""A "he" or "she" read as someone whose first name no list knows gives them that gender for
the rest of the article: after "Her producer, Dag Eriksen, … “…,” he tells me.", a later
"she says" is the woman named before him, not Dag."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SINGER = (
    "Marisol Quintero-Haas orders a second espresso before I have taken my coat off. “You will"
    " need one too, because I talk a lot,” she says."
)


@pytest.mark.parametrize(
    ("producer", "pronoun", "question"),
    [
        ("Dag Eriksen", "he", "What made her come back?"),
        ("Torvald Ingebrigtsen", "he", "Why come back now?"),
    ],
)
def test_the_taught_gender_rules_him_out(producer: str, pronoun: str, question: str) -> None:
    paragraphs = [
        _SINGER,
        f"The album is her first in six years. Her producer, {producer}, says the sessions were"
        " “the hardest and the best of my career.” “She would sing until the neighbours"
        f" complained,” {pronoun} tells me on the phone from Oslo.",
        question,
        "“Money, partly. I am not going to lie to you about that,” she says, laughing.",
    ]
    assert speakers_in_order(paragraphs) == [
        "Marisol Quintero-Haas",
        producer,
        producer,
        "Marisol Quintero-Haas",
    ]


def test_a_man_the_pronoun_fits_keeps_it() -> None:
    paragraphs = [
        _SINGER,
        "Her producer, Dag Eriksen, joined us later. “She would sing until the neighbours"
        " complained,” he tells me.",
        "“We had to move the studio twice in one year because of it,” he says.",
    ]
    assert speakers_in_order(paragraphs) == ["Marisol Quintero-Haas", "Dag Eriksen", "Dag Eriksen"]
