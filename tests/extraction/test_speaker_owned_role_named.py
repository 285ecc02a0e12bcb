"""A sentence opening with someone's tie, a role and then a name ("Reid's brother, the drummer
Callum Reid, played at the wedding.") has the named person as its subject: the "He" opening the
next sentence is theirs, not the one whose surname opens it."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_COUPLE = "The singer often posts about her husband, the producer Mateus Reid, and their son."


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Reid's brother, the drummer Callum Reid, played at their wedding. He later said:"
            " “They disagree about music all day long, but never shout.”",
            "Callum Reid",
        ),
        (
            "Reid's brother, the jazz drummer Callum Reid, played at their wedding. He told a"
            " radio host: “They disagree about music all day long, but never shout.”",
            "Callum Reid",
        ),
        (
            "Reid’s cousin, a session guitarist Owen Reid, recorded with them. He said: “They"
            " argue over every chord and then hug it out in the car park.”",
            "Owen Reid",
        ),
    ],
)
def test_the_named_kin_is_the_subject(paragraph: str, name: str) -> None:
    assert speakers_in_order([_COUPLE, paragraph])[-1] == name


def test_a_tie_with_no_name_leaves_the_owner() -> None:
    paragraphs = [
        _COUPLE,
        "Reid's brother, a drummer, played at their wedding. Reid later said: “My brother"
        " played better than the band we paid for, and for free.”",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Mateus Reid"
