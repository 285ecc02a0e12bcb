"""A relative the article introduced by name ("her husband, Tomasz,") is whom "her husband adds"
or "says Marrow's husband" means later; a relative never named stays unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We had nothing but a stove and a lot of stubbornness back then,”"
_NAMED = (
    "Ilse Marrow, 44, runs Fennick with her husband, Tomasz, who manages the front of house."
    " Bernard Lisle hired Marrow in 1997."
)


@pytest.mark.parametrize(
    ("opening", "said", "speaker"),
    [
        (_NAMED, "her husband adds.", "Tomasz"),
        (_NAMED, "says Marrow's husband, laughing.", "Tomasz"),
        (
            "Helen Brandt farms the valley. Her son, Jonah Brandt, came home last spring.",
            "her son says.",
            "Jonah Brandt",
        ),
        (
            "Ruth Osei opened the bakery with her sister, Ama, in 1998. Tom Ode delivers flour.",
            "her sister said.",
            "Ama",
        ),
    ],
)
def test_a_relative_named_before(opening: str, said: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} {said}"]) == [speaker]


@pytest.mark.parametrize(
    "opening",
    [  # the relative is never named, or another relative is
        "Ilse Marrow, 44, runs Fennick with her husband. Bernard Lisle hired Marrow in 1997.",
        "Ilse Marrow runs Fennick; her sister, Ama, lives abroad. Bernard Lisle hired Marrow.",
    ],
)
def test_a_relative_not_named_stays_unnamed(opening: str) -> None:
    assert speakers_in_order([opening, f"{_QUOTE} her husband adds."]) == [None]
