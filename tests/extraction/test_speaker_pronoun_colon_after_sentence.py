"""A "he" or "she" leading a quote after a colon is read in its own sentence, also when another
sentence comes before it in the paragraph, and after a phrase of time with no comma ("The next
day she loads up on lentils:"); a "she" only inside a relative clause is no such subject."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Hangovers get worse with age, and there is little anyone can do about it."
_QUOTE = "“the salt makes you drink more water and the fibre feeds the gut.”"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            f"Dr Farah Haddad eats porridge. The next day she loads up on lentils: {_QUOTE}",
            "Farah Haddad",
        ),
        (
            f"Dr Farah Haddad eats porridge. The morning after, she eats lentils: {_QUOTE}",
            "Farah Haddad",
        ),
        (f"Farah Haddad met Tom Ode on Friday. Then he turned to the crowd: {_QUOTE}", "Tom Ode"),
        (
            f"Tom Ode met Farah Haddad. Most mornings she’ll stretch and say: {_QUOTE}",
            "Farah Haddad",
        ),
    ],
)
def test_a_pronoun_leading_a_colon_is_read_in_its_own_sentence(line: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, line]) == [speaker]


def test_a_sentence_laughing_before_a_quote_keeps_the_subject_before() -> None:
    paragraphs = [
        _OPENING,
        "Nadia Lund, a student, spent the night in the library. Ewa Berg, her tutor, visited.",
        "Ewa Berg left at ten. Nadia Lund stayed on the floor.",
        "Then she laughed. “They will hear about it on the news like everyone else, I suppose.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Nadia Lund"
