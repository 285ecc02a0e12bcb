"""A bare quote whose next sentence points back at it and names its speaker ("“…” Those were the
words of X.", "So said X.", "The warning came from X.", "X was blunt.") is X's, even when the
sentence before the quote has a subject of its own."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Councillor Dafydd Pryce had called the meeting for Monday.",
    "The Northfield Water Board raised its charges in March.",
    "Greta Lindqvist chaired the first session.",
    "Osei Mensah, the harbour master, opened the hearing.",
]
_QUOTE = "“We cannot wait another winter for the pipes to be replaced.”"
_AFTER = [
    ("Those were the words of Marta Okonkwo-Reyes, who chairs it.", "Marta Okonkwo-Reyes"),
    ("So said Tomasz Wielgosz.", "Tomasz Wielgosz"),
    ("The warning came from Ingrid Solberg, the county's engineer.", "Ingrid Solberg"),
    ("That is how Kwame Asante, the mayor, put it.", "Kwame Asante"),
    ("That was the view of Pradeep Venkataraman.", "Pradeep Venkataraman"),
    ("Aiyana Redcloud was blunt.", "Aiyana Redcloud"),
    ("Siobhán Ní Bhriain did not mince her words.", "Siobhán Ní Bhriain"),
]


@pytest.mark.parametrize("before", _BEFORE)
@pytest.mark.parametrize(("after", "name"), _AFTER)
def test_the_name_after_beats_the_subject_before(before: str, after: str, name: str) -> None:
    assert speakers_in_order([f"{before} {_QUOTE} {after}"]) == [name]


@pytest.mark.parametrize(("after", "name"), _AFTER)
def test_the_name_after_in_a_paragraph_of_its_own(after: str, name: str) -> None:
    paragraphs = ["Greta Lindqvist chaired the first session.", f"{_QUOTE} {after}"]
    assert speakers_in_order(paragraphs) == [name]


@pytest.mark.parametrize(
    ("before", "after", "name"),
    [
        ("Osei Mensah stood up.", "Marta Ruiz had left the room by then.", "Osei Mensah"),
        ("Greta Lindqvist shook her head.", "The vote was delayed to May.", "Greta Lindqvist"),
        ("Tomasz Wielgosz read the letter aloud.", "Councillors voted 9-2.", "Tomasz Wielgosz"),
    ],
)
def test_a_sentence_after_that_points_nowhere_keeps_the_subject_before(
    before: str, after: str, name: str
) -> None:
    assert speakers_in_order([f"{before} {_QUOTE} {after}"]) == [name]


def test_a_sign_after_a_crowd_keeps_no_speaker() -> None:
    paragraphs = [
        "Hundreds gathered outside the town hall. “Save our pier, save our town, save our jobs.”"
        " The march ended at noon.",
    ]
    assert speakers_in_order(paragraphs) == [None]
