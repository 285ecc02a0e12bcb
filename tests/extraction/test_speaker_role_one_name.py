"""A role-noun tag ("the MLA said", "the striker said") means one introduced with that role by a
single given name ("Local MLA Liam", "striker Fatima"), not an earlier speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We have waited long enough for an answer,” Rosalind Achterberg said."


@pytest.mark.parametrize(
    ("sentence", "tag", "speaker"),
    [
        ("Local MLA Liam visited the hospital on Sunday.", "the MLA said", "Liam"),
        ("Striker Fatima scored twice in the second half.", "the striker told reporters", "Fatima"),
        ("The shop is run by its owner, Kwame.", "the owner wrote", "Kwame"),
        ("Councillor Ingrid opened the meeting late.", "the councillor added", "Ingrid"),
    ],
)
def test_a_role_tag_means_the_one_named_with_it(sentence: str, tag: str, speaker: str) -> None:
    paragraphs = [
        _OPENING,
        f"{sentence} “No patient will be turned away, and the funds are coming,” {tag}.",
    ]
    assert speakers_in_order(paragraphs) == ["Rosalind Achterberg", speaker]


def test_a_full_name_stays_whole_and_another_role_is_not_the_one_named() -> None:
    quote = "“No patient will be turned away, and the funds are coming,”"
    full = [
        _OPENING,
        f"Local MLA Liam Ortega visited the hospital on Sunday. {quote} the MLA said.",
    ]
    assert speakers_in_order(full) == ["Rosalind Achterberg", "Liam Ortega"]
    other = [_OPENING, f"Local MLA Liam visited the hospital on Sunday. {quote} the nurse said."]
    assert speakers_in_order(other)[-1] != "Liam"
