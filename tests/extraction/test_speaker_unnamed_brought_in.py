"""Someone brought in unnamed by a role ("At the magazine, a former writer recalls …", "One
former editor remembers …") stays unnamed when the role comes back after another, named,
speaker ("Says the former writer, “…”"); a role never brought in unnamed is still looked up."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_NAMED = "“The bots are fast and cheap,” says Aiko Tanaka, founder of the site Beacon."
_LATER = "“If we never had to write those lists again, most of us would be glad,”"


@pytest.mark.parametrize(
    ("brought_in", "again"),
    [
        (
            "At the magazine, a former writer recalls the first machine-written pieces going up"
            " within a week.",
            "Says the former writer, " + _LATER.replace(",”", ".”"),
        ),
        (
            "One former editor at the paper remembers the memo well.",
            f"{_LATER} the former editor says.",
        ),
        ("Another nurse told us the wards were full.", f"{_LATER} the nurse said."),
    ],
)
def test_the_role_stays_unnamed(brought_in: str, again: str) -> None:
    assert speakers_in_order([brought_in, _NAMED, again]) == ["Aiko Tanaka", None]


def test_a_named_holder_of_the_role() -> None:
    paragraphs = [
        "Tomasz Wójcik, a former writer at the magazine, saw the first bot pieces go up.",
        _NAMED,
        f"{_LATER} the former writer says.",
    ]
    assert speakers_in_order(paragraphs) == ["Aiko Tanaka", "Tomasz Wójcik"]
