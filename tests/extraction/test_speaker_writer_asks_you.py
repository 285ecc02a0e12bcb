"""A quote standing alone after the writer's own unquoted question to "you" ("Do you watch
yourself now? I ask.") is the answer of the one interviewed: the person quoted most so far,
not whoever was quoted last."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTERVIEW = [
    "Soraya Brennan-Iwu is late. “There was a goat on the road, just standing there,” she tells"
    " me.",
    "“I read every review. Every single one,” she says. “My mother told me not to.”",
    "Her co-star, Emmanuel Achterberg, remembers the shoot differently. “We were cold and wet"
    " and we ate the same stew for a month,” he told me by email.",
    "The role asked a lot of her, and Brennan-Iwu says she lost her voice for a week.",
]
_SORAYA = "Soraya Brennan-Iwu"
_BEFORE = [_SORAYA, _SORAYA, "Emmanuel Achterberg"]  # the split quote is one


@pytest.mark.parametrize(
    "question",
    [
        "Do you watch yourself now? I ask.",
        "Would you ever go back to that island? I ask her.",
        "And do you still have the forms? I asked.",
    ],
)
def test_the_answer_is_the_one_interviewed(question: str) -> None:
    paragraphs = [
        *_INTERVIEW,
        question,
        "“Never. Not the trailer, not the film. I’ll watch it when I’m eighty.”",
    ]
    assert speakers_in_order(paragraphs) == [*_BEFORE, _SORAYA]


def test_a_question_naming_someone_else_is_theirs() -> None:
    paragraphs = [
        *_INTERVIEW,
        "I ask Achterberg whether he would go back.",
        "“Tomorrow. I would go back tomorrow, and I would bring a warmer coat.”",
    ]
    assert speakers_in_order(paragraphs) == [*_BEFORE, "Emmanuel Achterberg"]


@pytest.mark.parametrize(
    "question",
    [
        "Does she read what people write about her online?",
        "Would she ever go back to that island?",
    ],
)
def test_a_question_about_her_is_answered_by_her(question: str) -> None:
    paragraphs = [
        *_INTERVIEW,
        "Her publicist, Jonah Whitcombe, leans in. “We have to wrap up in ten minutes,” he says."
        " Brennan-Iwu waves him away.",
        question,
        "“Not anymore. My therapist banned it years ago.”",
    ]
    assert speakers_in_order(paragraphs) == [*_BEFORE, "Jonah Whitcombe", _SORAYA]


_TEA = [
    "Priya Raghunathan has brought her own tea bags. “Hotel tea is a crime,” she tells me,"
    " dunking one into a mug. “I’m very serious about this.”",
    "When I put this to Callum Fraser-Nwosu later, he doesn’t deny it. “Guilty. She has a"
    " terrible poker face,” he says. “It’s the best thing about her.”",
]


@pytest.mark.parametrize(
    ("asked", "speaker"),
    [
        ("“Do you ever watch your old films?” I ask.", "Priya Raghunathan"),
        ("“Did she make you laugh on purpose?” I ask him.", "Callum Fraser-Nwosu"),
    ],
)
def test_the_answer_to_a_quoted_question(asked: str, speaker: str) -> None:
    paragraphs = [
        *_TEA,
        asked,
        "“God, no. I watched one on a plane once and had to ask for a stiff drink.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == speaker
