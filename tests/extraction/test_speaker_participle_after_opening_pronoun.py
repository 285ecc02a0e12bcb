"""A quote after a participle (", saying only that it was “…”") whose sentence's subject is a
"he" or "she" set after an opening phrase ("Asked whether he would fight again, he smiled,")
is that pronoun's: whom it means, not no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_MEN = (
    "The champion, Mikel Varga, lost his title to Daniel Okoye on Saturday night.",
    "Varga was taken to hospital for checks. His promoter, Janice Reid, said talks would begin.",
)
_WOMEN = (
    "The holder, Ingrid Solberg, lost her title to Amaka Eze in the final on Sunday.",
    "Solberg left the court in tears. Her coach, Pavel Novak, said she needed rest.",
)


@pytest.mark.parametrize(
    ("before", "sentence", "speaker"),
    [
        (
            _MEN,
            "For Varga, the defeat ends a long reign. Asked on his way out whether he would fight"
            " again, he smiled and shook his head, saying only that it was “a question for"
            " another day”.",
            "Mikel Varga",
        ),
        (
            _WOMEN,
            "Asked whether she would play again next year, she shrugged, adding only that it"
            " was “something to think about once the pain has gone”.",
            "Ingrid Solberg",
        ),
        (
            _MEN,
            "Pressed on a rematch after the fight, he laughed, adding only that it was “a story"
            " for a very different night”.",
            "Mikel Varga",
        ),
        (
            _WOMEN,
            "On her way to the car park, she paused for a moment, telling reporters the loss"
            " was “the hardest thing I have ever had to swallow”.",
            "Ingrid Solberg",
        ),
        (
            _MEN,
            "Later that night, at his hotel, he posted a picture, writing that he was “proud of"
            " every single round tonight”.",
            "Mikel Varga",
        ),
    ],
)
def test_the_pronoun_after_an_opening_phrase_speaks(
    before: tuple[str, str], sentence: str, speaker: str
) -> None:
    assert speakers_in_order([*before, sentence])[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Asked whether he would fight Varga again, Okoye grinned, saying only that it was “a"
            " question for another day”.",
            "Daniel Okoye",
        ),
    ],
)
def test_a_named_subject_after_the_opening_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order([*_MEN, sentence])[-1] == speaker
