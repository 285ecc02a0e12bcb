"""A sentence opening with the document and a participle of when it went out before its subject
("In the letter, sent on Monday, X blamed “…”"): the subject speaks, as after "In a letter, ";
a subject that is no name keeps no speaker. Invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "Ines Achterberg, a skipper, was angry. “Nobody asked us about any of this,” she said."
_QUOTE = "“rising dredging costs and a wet summer on the north quay”"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("In the letter, sent on Monday, Rhian Dalby blamed", "Rhian Dalby"),
        ("In its notice, dated Tuesday, the Kestrel Harbour Board cited", "Kestrel Harbour Board"),
        ("In a memo, posted to staff late on Friday, Tomas Breck blamed", "Tomas Breck"),
        ("In the bulletin, issued at dawn, the Tolva Ferry Company cited", "Tolva Ferry Company"),
    ],
)
def test_the_subject_after_the_document_and_its_participle_speaks(
    opening: str, speaker: str
) -> None:
    assert speakers_in_order([_BEFORE, f"{opening} {_QUOTE}."])[-1] == speaker


def test_a_subject_that_is_no_name_keeps_no_speaker() -> None:
    paragraph = f"In the letter, sent on Monday, the owners blamed {_QUOTE}."
    assert speakers_in_order([_BEFORE, paragraph])[-1] is None
