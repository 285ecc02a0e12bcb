"""A name the lists do not know, after a club or firm and a role that open the sentence
("Kestrel manager Obafemi Ladipo-Hart was diplomatic.", "Asked about it, Kestrel manager X
was diplomatic.") is the subject a "he said" after it means, not a man the lists know quoted
before; a name after a role deep in the sentence keeps its old reading."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Mads Kjærgaard missed two clear chances. "
    "“I should have scored both and I will carry that home tonight,” he said."
)
_QUOTE = "“The referee had a view and I had a different one, that is all,”"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kestrel manager Obafemi Ladipo-Hart was diplomatic about the penalty appeal.",
            "Obafemi Ladipo-Hart",
        ),
        (
            "Asked about the penalty appeal, Kestrel manager Obafemi Ladipo-Hart was diplomatic.",
            "Obafemi Ladipo-Hart",
        ),
        (
            "Harlow Tread chairman Yerlan Abenov stayed calm throughout the meeting.",
            "Yerlan Abenov",
        ),
    ],
)
def test_a_name_after_an_opening_club_and_role_is_the_subject(
    sentence: str, expected: str
) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} he said."]) == [
        "Mads Kjærgaard",
        expected,
    ]


def test_a_role_deep_in_the_sentence_is_no_opening() -> None:
    sentence = "Kjærgaard later argued with Kestrel manager Obafemi Ladipo-Hart on the touchline."
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} he said."]) == [
        "Mads Kjærgaard",
        "Mads Kjærgaard",
    ]
