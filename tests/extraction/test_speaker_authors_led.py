"""A study's authors "led by" someone, opening a sentence with a plural present verb ("The
authors, led by Osei-Bonsu, write in the paper that the haze “…”"), are credited to the one
who led them, as "wrote the study's authors, led by X" already is; a clause after the quote
that opens with "though" or "but" ("though they stop short of saying …") is no attribution."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_INTRO = "Amara Osei-Bonsu of the University of Tressing led the study of the planet."
_QUOTE = "“may be replenished from below by an active surface of some kind”"


@pytest.mark.parametrize(
    "sentence",
    [
        f"The authors, led by Osei-Bonsu, write in the paper that the haze {_QUOTE}.",
        f"The study's co-authors, led by Dr. Osei-Bonsu, note that the haze {_QUOTE}.",
        f"The team, led by Osei-Bonsu, conclude that the haze {_QUOTE}.",
        f"The authors, led by Osei-Bonsu, wrote that the haze {_QUOTE}, though they stop short "
        "of saying what that surface is.",
        f"The researchers, led by Osei-Bonsu, argue the haze {_QUOTE}, but they admit the data "
        "are thin.",
    ],
)
def test_authors_led_by_someone_are_that_person(sentence: str) -> None:
    assert speakers_in_order([_INTRO, sentence]) == ["Amara Osei-Bonsu"]


def test_a_clause_after_the_quote_with_its_own_speaker_still_counts() -> None:
    paragraphs = [
        _INTRO,
        "Baek Hyun-woo, who was not involved, was doubtful. “Haze can fool you, and one "
        "planet is only one planet,” Baek said.",
    ]
    assert speakers_in_order(paragraphs) == ["Baek Hyun-woo"]
