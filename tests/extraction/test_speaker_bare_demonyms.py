"""A bare nationality after "the" ("The German said:", "the Kenyan said", "the Dane added") is
someone's people, never a name, even when a first-name list holds the word ("German",
"Dane"): it means the subject named just before, not a person called German or no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_MATCH = "Marlow Rovers beat league leaders Dunmore City 2-1 on Saturday."
_QUOTE = "“It was offside by a metre and everybody in the ground could see it.”"


@pytest.mark.parametrize(
    ("subject", "nationality"),
    [
        ("Dunmore boss Jürgen Falkenrath was furious with the second goal.", "German"),
        ("Dunmore boss Jürgen Falkenrath was furious with the second goal.", "Dane"),
        ("The Dunmore coach, Wanjiru Kamau, was furious with the second goal.", "Kenyan"),
        ("Dunmore captain Hugo Dalmau was furious with the second goal.", "Spaniard"),
    ],
)
def test_a_bare_nationality_is_the_subject_before(subject: str, nationality: str) -> None:
    expected = subject.split(", ")[1] if ", " in subject else " ".join(subject.split()[2:4])
    paragraphs = [_MATCH, f"{subject} Speaking afterwards, the {nationality} said: {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [expected]


def test_a_person_named_like_a_nationality_still_speaks() -> None:
    quote = "“It was offside by a metre and everybody could see it,” Ortiz said."
    paragraphs = [_MATCH, f"Dunmore winger Germán Ortiz was furious. {quote}"]
    assert speakers_in_order(paragraphs) == ["Germán Ortiz"]
