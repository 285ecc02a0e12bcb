"""Someone unnamed at first and then named inside the words set off by commas ("One customer, a
retired teacher named Glenys, said:") is that name; with no name given, no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“They have to fix the pipes somehow. It is nobody’s fault, really.”"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("One customer, a retired teacher named Glenys,", "Glenys"),
        ("Another shopper, a nurse called Oksana Hrytsenko,", "Oksana Hrytsenko"),
        ("One customer, a retired teacher,", None),
    ],
)
def test_the_name_inside_the_appositive(subject: str, speaker: str | None) -> None:
    paragraphs = [f"Not everyone blames the council. {subject} said: {_QUOTE}"]
    assert speakers_in_order(paragraphs) == [speaker]
