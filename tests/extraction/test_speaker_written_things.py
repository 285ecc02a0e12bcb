"""More things that carry words with no speaker before "it read": a bedsheet, a flag, a
whiteboard, a mural, a T-shirt held up or painted by people left unnamed; the one who put it up
still speaks when named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_MOTHER = (
    "Another mother, Yasmin, said her son now came to school on time “because Tuesday is band"
    " day and he refuses to miss it.”"
)


@pytest.mark.parametrize(
    "thing",
    [
        "Behind her, a row of fourth-graders held a bedsheet painted with a treble clef.",
        "Outside, pupils waved a flag stitched together from old uniforms.",
        "By the door stood a whiteboard covered in children’s handwriting.",
        "Across the hall, a student wore a T-shirt she had printed herself.",
    ],
)
def test_a_thing_unnamed_people_held(thing: str) -> None:
    paragraphs = [_MOTHER, f"{thing} “Don’t mute us, we just learned how to play,” it read."]
    assert speakers_in_order(paragraphs) == ["Yasmin", None]


def test_a_named_body_that_put_it_up() -> None:
    paragraphs = [
        _MOTHER,
        "The Fernhill Music Trust put up a whiteboard by the door. “Every child deserves an"
        " instrument of their own,” it read.",
    ]
    assert speakers_in_order(paragraphs) == ["Yasmin", "Fernhill Music Trust"]
