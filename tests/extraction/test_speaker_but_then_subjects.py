"""The subject of a sentence opened by two linking words ("But then Kestrel Studios turns to
…", "And now the Riverside Housing Association has stepped in") or of its clause after
", but" is whom an "it" speaking next means; the subject opening the sentence still comes
first ("Anna Berg wanted to stay, but the board voted her out … she said")."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are also building city maps and several new ways to travel,”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("But then Kestrel Studios turns to the new features.", "Kestrel Studios"),
        ("So far, so dull, but then Kestrel Studios turns to the new features.", "Kestrel Studios"),
        (
            "And now the Riverside Housing Association has stepped in.",
            "Riverside Housing Association",
        ),
        ("Then Kestrel Studios turns to the new features.", "Kestrel Studios"),
    ],
)
def test_a_body_after_linking_words_is_the_it(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE} it wrote."]) == [speaker]


def test_a_person_after_but_then_is_the_he() -> None:
    lead = "But then coach Ayodele Bankole changed his mind."
    assert speakers_in_order([f"{lead} {_QUOTE} he said."]) == ["Ayodele Bankole"]


def test_the_opening_subject_beats_the_clause_after_but() -> None:
    lead = "Anna Berg wanted to stay, but the board voted her out."
    said = "“I gave this club twenty years of my working life,” she said."
    assert speakers_in_order([f"{lead} {said}"]) == ["Anna Berg"]
