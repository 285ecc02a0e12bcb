"""A statement or letter read out by someone's relative ("a statement read to the court by her
grandson, Tobias Fairweather,") is the writer's: "the statement read" is the woman named before
the reader, not no one and not the grandson who read it; a statement the reader wrote keeps
its old reading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I waited eleven months for help that never came, and now I know where it went,”"


@pytest.mark.parametrize(
    ("intro", "reading", "expected"),
    [
        (
            "Among the victims was Dorothy Fairweather, 84, whose bungalow was flooded.",
            "In a victim impact statement read to the court by her grandson, Tobias "
            "Fairweather, she described sleeping in her car.",
            "Dorothy Fairweather",
        ),
        (
            "The court heard from Ewald Brannigan, 79, whose shop was ruined.",
            "A letter read out by his daughter, Maeve, described the morning the water came.",
            "Ewald Brannigan",
        ),
        (
            "Among the families was Adaeze Okonkwo, whose son lost his home.",
            "Her statement, read aloud by her nephew, Chinedu, was short.",
            "Adaeze Okonkwo",
        ),
    ],
)
def test_a_statement_read_by_a_relative_is_the_writers(
    intro: str, reading: str, expected: str
) -> None:
    kind = "letter" if "letter" in reading else "statement"
    paragraphs = [intro, reading, f"{_QUOTE} the {kind} read."]
    assert speakers_in_order(paragraphs) == [expected]


def test_a_statement_the_reader_made_is_the_readers() -> None:
    paragraphs = [
        "Among the victims was Dorothy Fairweather, 84, whose bungalow was flooded.",
        "Detective Inspector Sanjay Varma released a statement after the hearing.",
        f"{_QUOTE} the statement read.",
    ]
    assert speakers_in_order(paragraphs) == ["Sanjay Varma"]
