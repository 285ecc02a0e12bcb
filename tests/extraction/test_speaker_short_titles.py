"""A role written as its short title before a name ("Gov. Ann Ode", "Sgt. Tom Reyes") is whom
"the governor" or "the sergeant" means later, even after that person's proclamation was quoted
and someone named more often spoke before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CHIEF = [
    "“The flames are moving faster than anything I have seen in thirty years in this valley,”"
    " Brackenridge County Fire Chief Tomasz Wilk-Ferreira told reporters at a briefing at the"
    " showground. “We will not stop it on the hills today. Our job today is to get people out.”",
    "Wilk-Ferreira said about 900 firefighters were on the lines, and that two had minor burns."
    " He urged residents not to wait for an evacuation order. “If you are thinking about going,"
    " go,” he said.",
]
_CHIEF_SPOKE = ["Tomasz Wilk-Ferreira", "Tomasz Wilk-Ferreira"]


@pytest.mark.parametrize(
    ("named", "role", "speaker"),
    [
        ("Gov. Adaeze Lindgren-Hale", "the governor", "Adaeze Lindgren-Hale"),
        ("Sen. Malik Abernathy", "the senator", "Malik Abernathy"),
        ("Sgt. Wiktoria Lis", "the sergeant", "Wiktoria Lis"),
    ],
)
def test_the_short_title_is_the_role(named: str, role: str, speaker: str) -> None:
    paragraphs = [
        *_CHIEF,
        f"Late Friday, {named} declared a state of emergency for Brackenridge and Oxley"
        " counties. The proclamation says the fire poses “an extreme danger to the lives and"
        f" homes of thousands” and frees money for shelters. In a post on X, {role} wrote: “To"
        " everyone who has had to leave home tonight: the whole state stands with you.”",
    ]
    assert speakers_in_order(paragraphs) == [*_CHIEF_SPOKE, speaker, speaker]


def test_a_role_no_one_was_given_stays_with_the_chief() -> None:
    paragraphs = [
        *_CHIEF,
        "“We will hold the line on the ridge for as long as the wind allows,” the chief said.",
    ]
    assert speakers_in_order(paragraphs) == [*_CHIEF_SPOKE, "Tomasz Wilk-Ferreira"]
