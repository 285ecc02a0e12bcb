"""A quote after a sentence opened by a named person's relative or role ("Marsh's daughter was
blunter.", "Marsh's neighbour disagreed. “…,” she said.") or by some of a group ("One of the
nurses wept.") is not the named person's: it is the relative's when the article named them
with that role, else no one's."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "“Every option is still on the table for the town,” said Ylva Marsh, the chair."
_QUOTE = "“The ferry was promised to us twice and it never once came.”"
_TAGGED = "“The ferry was promised to us twice and it never once came,”"


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Marsh's daughter was blunter. {_QUOTE}",
        f"Ylva Marsh’s neighbour shrugged. {_QUOTE}",
        f"Marsh's neighbour disagreed. {_TAGGED} she said.",
        f"But Marsh's daughter was unconvinced. {_TAGGED} she said.",
        f"One of the nurses wept. {_QUOTE}",
        f"One of the senior nurses, who had worked a double shift, wept. {_QUOTE}",
        f"Two of them shrugged. {_QUOTE}",
        f"One of her neighbours laughed. {_QUOTE}",
    ],
)
def test_no_one_named_speaks(paragraph: str) -> None:
    assert speakers_in_order([_BEFORE, paragraph]) == ["Ylva Marsh", None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ([f"Marsh's daughter, Mali, was blunter. {_QUOTE}"], "Mali"),
        (
            [
                "Marsh's husband, Tomasz Brandt, runs the ferry café.",
                f"Marsh's husband was blunter. {_QUOTE}",
            ],
            "Tomasz Brandt",
        ),
        (
            [
                "Arvel's chief executive, Ann Lee, flew in.",
                f"Arvel's chief executive was upbeat. {_QUOTE}",
            ],
            "Ann Lee",
        ),
        ([f"One of them, Ana Ruiz, shrugged. {_QUOTE}"], "Ana Ruiz"),
        ([f"Marsh disagreed. {_TAGGED} she said."], "Ylva Marsh"),
        ([f"Marsh's statement was short. {_QUOTE}"], "Ylva Marsh"),
        (
            [f"The council's planning officer, she says, laughed at the plans. {_QUOTE}"],
            "Ylva Marsh",
        ),
    ],
)
def test_the_named_keep_their_quotes(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order([_BEFORE, *paragraphs])[-1] == speaker
