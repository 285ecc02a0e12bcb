"""A bare quote after a sentence opening with "She" or "He" ("She laughs. “…”") is that one's,
the person of that gender named last, not whoever the paragraph before ended with."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We had nothing but a stove and a lot of stubbornness back then.”"
_PEOPLE = "Ilse Marrow is the chef at Fennick. Bernard Lisle, 71, hired Marrow in 1997."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("She laughs.", "Ilse Marrow"),
        ("She laughs when I ask about the star.", "Ilse Marrow"),
        ("Later, she pours two coffees and sits down.", "Ilse Marrow"),
        ("He stirs his coffee for a while.", "Bernard Lisle"),
    ],
)
def test_the_pronoun_of_the_sentence_before(sentence: str, speaker: str) -> None:
    people = (
        _PEOPLE if speaker == "Ilse Marrow" else "Bernard Lisle, 71, hired Ilse Marrow in 1997."
    )
    assert speakers_in_order([people, f"{sentence} {_QUOTE}"]) == [speaker]


def test_a_quote_about_her_is_not_hers() -> None:
    quote = "“She was the worst dishwasher I ever employed, and she knows it.”"
    paragraphs = [_PEOPLE, f"She laughs at the memory. {quote}"]
    assert speakers_in_order(paragraphs) != ["Ilse Marrow"]
