"""A paper its subject put out, corrected or took back, followed by "that said" ("The Herald
corrected an article that said …"), speaks for that subject, as "which said" does; a paper the
subject only criticised is not theirs to speak."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = '"asleep at the wheel while the river rose over the town."'


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The Valdora Post corrected an article that said the council was", "Valdora Post"),
        ("Last year Channel Nine aired a segment that claimed the council was", "Channel Nine"),
        ("Senator Ana Ruiz posted a statement that said the council was", "Ana Ruiz"),
    ],
)
def test_the_one_who_put_the_paper_out_speaks(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [speaker]


def test_a_paper_read_by_someone_else_is_its_publishers() -> None:
    lead = "The mayor, Ana Ruiz, criticised the Valdora Post, which ran a story that said it was"
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == ["Valdora Post"]
