"""A preposition opening a sentence ("Under cross-examination, she agreed") is never a person:
the pronoun after a quote in that paragraph means the one named before, not "Under"."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = (
    "Dr Ilse Marquardt, a snow scientist, told the court the layer was “very hard to find with"
    " a single pit.”"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Under cross-examination, she agreed that a second test might have missed it.",
        "Within minutes, she conceded that a second test might have missed it.",
        "Throughout the afternoon she accepted that a second test might have missed it.",
        "Against that, she admitted that a second test might have missed it.",
        "Beneath the layer, she said, there had been a crust of ice.",
        "Amid laughter from the gallery, she agreed to read the page again.",
    ],
)
def test_an_opening_preposition_is_no_speaker(opening: str) -> None:
    paragraphs = [f"{_INTRO} {opening} “I cannot say whether he should have known it,” she said."]
    assert speakers_in_order(paragraphs) == ["Ilse Marquardt", "Ilse Marquardt"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Under Secretary Tamsin Oduya answered first.", "Tamsin Oduya"),  # a title, kept apart
        ("Perpetua Underwood answered first.", "Perpetua Underwood"),  # a name that opens so
        ("Undine Marsh answered first.", "Undine Marsh"),  # a given name that opens so
    ],
)
def test_near_misses_keep_the_name(lead: str, name: str) -> None:
    paragraphs = [f"{lead} “We would have turned back at the col that morning,” she said."]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Doctors Without Borders said its clinic was shelled. “We lost everything we had in"
            " that building,” the charity said.",
            "Doctors Without Borders",
        ),
        ("Within the Bill of Rights, “no soldier shall be quartered in any house.”", None),
        ("Under the Housing Act, “no tenant shall be evicted without a month of notice.”", None),
        ("Between Ann Lee and the board, “there was never much warmth to begin with.”", None),
    ],
)
def test_a_preposition_keeps_its_place_in_longer_names(
    paragraph: str, expected: str | None
) -> None:
    assert speakers_in_order([paragraph])[0] == expected
