"""A role-noun tag ("the designer said") means one given that role by "is" or "was" with a
single given name ("Fatima is the designer of the bridge"), not an earlier speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "“Every option is still on the table,” said Osric Vandermeer, who chairs the board."
_QUOTE = "“Nobody warned us the river would rise this fast,”"


@pytest.mark.parametrize(
    ("introduction", "tag", "speaker"),
    [
        ("Fatima is the designer of the footbridge.", "the designer said", "Fatima"),
        ("Liam was the lead engineer on the tunnel.", "the engineer told reporters", "Liam"),
        ("Ingrid has been the head gardener here since 2009.", "the gardener added", "Ingrid"),
        ("Kwame is their new coach.", "the coach said", "Kwame"),
    ],
)
def test_a_role_tag_means_the_given_name_the_role_was_given_to(
    introduction: str, tag: str, speaker: str
) -> None:
    paragraphs = [introduction, _OPENING, f"{_QUOTE} {tag}."]
    assert speakers_in_order(paragraphs) == ["Osric Vandermeer", speaker]


def test_a_surname_or_a_full_name_keeps_its_answer() -> None:
    full = [
        "Rafi Dunmore is the designer of the footbridge.",
        _OPENING,
        f"{_QUOTE} the designer said.",
    ]
    assert speakers_in_order(full) == ["Osric Vandermeer", "Rafi Dunmore"]
    earlier = [
        "Fatima is the designer of the footbridge.",
        "“Every option is still on the table,” said Osric Vandermeer, the designer’s partner.",
        "“It will reopen in May,” said Osric Vandermeer, who is the designer of the tunnel.",
        f"{_QUOTE} the designer said.",
    ]
    assert speakers_in_order(earlier)[-1] == "Osric Vandermeer"
