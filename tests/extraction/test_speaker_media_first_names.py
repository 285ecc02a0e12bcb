"""A station named with "Radio" or "Television" first keeps that word when it opens the
sentence ("Radio Kestrel said"), as a firm named by its trade does; "Radio host Ana Ruiz" is
still the host."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = '"taken cash from every builder in the county for a decade."'


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Radio Kestrel said the mayor had", "Radio Kestrel"),
        ("Television Nordvik reported that the mayor had", "Television Nordvik"),
        ("Radio host Ana Ruiz said the mayor had", "Ana Ruiz"),
    ],
)
def test_a_station_named_by_its_medium_keeps_it(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [speaker]
