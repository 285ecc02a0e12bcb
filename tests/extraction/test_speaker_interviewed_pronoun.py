"""Sisters or brothers named together ("Sisters Noor and Layla Haddad") each keep the shared
surname, and "In the interview with Layla, she admitted …" makes the "she" the one interviewed,
not the first of the pair; when one other person of that gender acted just before, the "he" is
still that person, who did the interviewing."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_SISTERS = "Sisters Noor and Layla Haddad posed for the magazine's winter issue."
_BROTHERS = "Brothers Mateo and Lucas Romero spoke to the paper before the final."
_QUOTE = "“I never had the nerve to speak up on set when something felt wrong.”"


@pytest.mark.parametrize(
    ("opening", "sentence", "speaker"),
    [
        (_SISTERS, "In the interview with Layla she admitted she had regrets.", "Layla Haddad"),
        (_SISTERS, "In the interview with Noor she admitted she had regrets.", "Noor Haddad"),
        (_SISTERS, "In a long conversation with Layla, she was frank.", "Layla Haddad"),
        (_BROTHERS, "In an interview with Lucas, he said he had regrets.", "Lucas Romero"),
        (_SISTERS, "Noor said she had regrets.", "Noor Haddad"),
    ],
)
def test_the_one_interviewed(opening: str, sentence: str, speaker: str) -> None:
    assert speakers_in_order([opening, f"{sentence} {_QUOTE}"]) == [speaker]


def test_the_interviewer_acting_before() -> None:
    paragraph = (
        "Radio host Oskar Lind, as he so often did, put it best. In a 2019 interview"
        " with Mateo Romero, he pointed out that “they can take out any rival they choose.”"
    )
    assert speakers_in_order([paragraph]) == ["Oskar Lind"]


def test_a_woman_interviewed_is_no_he() -> None:
    paragraph = (
        "Mateo Romero and Ana Ruiz spoke before the final. In an interview with Ana, he said"
        " the crowd did not bother him. “I sleep well before every big game, I always have.”"
    )
    assert speakers_in_order([paragraph]) == ["Mateo Romero"]
