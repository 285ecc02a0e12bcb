"""Someone unnamed whose own noun is not first a person ("One member", "A customer") but whose
appositive says who they are ("One member, a 52-year-old nurse who …, said she …") keeps no
speaker for the pronoun after; a name set beside them, or another gender, keeps its answer."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_NAMED_FIRST = {
    "she": "Odile Marchetti, who chairs the allotment society, said the vote had been rushed."
    " “Nobody asked the people who actually dig here what they wanted,” she said.",
    "he": "Bram Oyelaran, who chairs the allotment society, said the vote had been rushed."
    " “Nobody asked the people who actually dig here what they wanted,” he said.",
}
_FIRST = {"she": "Odile Marchetti", "he": "Bram Oyelaran"}
_QUOTE = "“I heard about it from a flyer taped to the shed door on Sunday,”"


@pytest.mark.parametrize(
    ("sentence", "pronoun"),
    [
        (
            "One member, a 52-year-old nurse who has kept a plot for a decade, said she had"
            " not been told.",
            "she",
        ),
        ("One customer, a retired teacher, told the meeting she felt cheated.", "she"),
        ("A commuter, a father of two from Wexley, said he would appeal.", "he"),
        ("One member, a 70-year-old who grows leeks, said he was furious.", "he"),
        ("A parent, a grandmother of four, complained that nobody had written.", "she"),
    ],
)
def test_pronoun_after_someone_described_by_an_appositive_is_unnamed(
    sentence: str, pronoun: str
) -> None:
    paragraphs = [_NAMED_FIRST[pronoun], f"{sentence} {_QUOTE} {pronoun} said."]
    assert speakers_in_order(paragraphs) == [_FIRST[pronoun], None]


def test_appositive_then_a_name_is_the_speaker() -> None:
    paragraphs = [
        _NAMED_FIRST["she"],
        f"One member, a nurse, Kirsten Vale, said she had not been told. {_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Odile Marchetti", "Kirsten Vale"]


def test_appositive_of_the_other_gender_keeps_the_one_named() -> None:
    paragraphs = [
        _NAMED_FIRST["she"],
        f"One member, a father of two, said his plot was safe. {_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Odile Marchetti", "Odile Marchetti"]


def test_appositive_naming_a_thing_keeps_the_one_named() -> None:
    paragraphs = [
        _NAMED_FIRST["she"],
        f"One member, a small plot by the gate, was flooded twice. {_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Odile Marchetti", "Odile Marchetti"]


def test_appositive_giving_a_name_is_the_speaker() -> None:
    paragraphs = [
        _NAMED_FIRST["she"],
        "One of the first, a nurse in Tolbury named Ines Achterberg, said the plot flooded."
        f" {_QUOTE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Odile Marchetti", "Ines Achterberg"]
