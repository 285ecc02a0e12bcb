"""Words after a colon in a sentence about one of a group left unnamed ("One held a piece of
cardboard on which he had written:", "One of them had scrawled on a placard:") are no one's
the article names, not those of the person quoted before; a named one still speaks."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_JUDGE = (
    "Judge Miriam Oduya-Castellanos stopped the proceedings. “This is a courtroom, not a comedy"
    " club, and I will clear it,” the judge said."
)
_QUOTE = "“My savings were not organic volume, they were my life.”"


@pytest.mark.parametrize(
    "lead",
    [
        "Outside, investors gathered on the steps. One held a piece of cardboard on which he had"
        " written:",
        "Outside, investors gathered on the steps. One of them had scrawled on a placard:",
        "Outside, pensioners gathered on the steps. One, in a wheelchair, had written on her coat:",
        "Outside, investors gathered. One of the pensioners shouted up at the windows:",
    ],
)
def test_one_of_a_group_is_no_one_named(lead: str) -> None:
    assert speakers_in_order([_JUDGE, f"{lead} {_QUOTE}"]) == ["Miriam Oduya-Castellanos", None]


def test_one_named_after_a_comma_still_speaks() -> None:
    lead = "Outside, investors gathered. One, Rafael Quispe-Dunn, shouted up at the windows:"
    assert speakers_in_order([_JUDGE, f"{lead} {_QUOTE}"])[1] == "Rafael Quispe-Dunn"
