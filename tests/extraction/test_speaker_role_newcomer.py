"""A role no one was given ("the organiser admits", "the director recalls") with no subject just
before means the one person brought in by full name since the last quote who has not spoken,
not the busiest speaker of the article. Two people brought in, one who has spoken already, or
one the role's gender does not fit change nothing."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = [
    "“We've played bigger fields than this, but never one that sang back this loud,” said Jory "
    "Quell, the singer. Quell grew up four miles from the site.",
    "“My mum used to clean the toilets here, and now she has a wristband,” Quell said. The "
    "crowd had come for one song, and they sang every word of its chorus twice over, long after "
    "the band had left the stage and the lights had gone up over the mud and the tents.",
    "By Sunday the rain had turned the showground into something closer to a paddy field, the "
    "car parks had closed and the shuttle buses ran an hour late, but the queues at the gates "
    "were as long as they had been on Friday morning.",
]
_QUOTE = "“We put down four hundred tonnes of woodchip and by Saturday it had all gone,”"


@pytest.mark.parametrize(
    ("intro", "credit", "speaker"),
    [
        (
            "The festival was founded in a borrowed barn in 2011 by Marguerite Odunsi-Hale, "
            "who still runs it from her kitchen table.",
            "the organiser admits.",
            "Marguerite Odunsi-Hale",
        ),
        (
            "This year's site was laid out by Tomasz Wielgus, a former army engineer.",
            "the engineer recalls.",
            "Tomasz Wielgus",
        ),
        (
            "Much of the clearing up fell to Ines Okonkwo-Barr, who has run the volunteers since "
            "the first year.",
            "the 52-year-old says with a shrug.",
            "Ines Okonkwo-Barr",
        ),
        (
            "The festival was founded in a borrowed barn in 2011 by Marguerite Odunsi-Hale.",
            "the former teacher says.",
            "Marguerite Odunsi-Hale",
        ),
    ],
)
def test_the_newcomer_speaks(intro: str, credit: str, speaker: str) -> None:
    got = speakers_in_order([*_OPENING, intro, f"{_QUOTE} {credit}"])
    assert got == ["Jory Quell", "Jory Quell", speaker]


@pytest.mark.parametrize(
    ("intro", "credit"),
    [  # two brought in, or the role's gender does not fit: as before
        (
            "The festival was founded in 2011 by Marguerite Odunsi-Hale and Tomasz Wielgus.",
            "the organiser admits.",
        ),
        (
            "The festival was founded in a borrowed barn in 2011 by Marguerite Odunsi-Hale.",
            "the chairman admits.",
        ),
    ],
)
def test_no_newcomer(intro: str, credit: str) -> None:
    got = speakers_in_order([*_OPENING, intro, f"{_QUOTE} {credit}"])
    assert got[-1] != "Marguerite Odunsi-Hale"
    assert got[-1] != "Tomasz Wielgus"


def test_a_newcomer_who_spoke_already_is_no_newcomer() -> None:
    intro = (
        "“It was a barn and a generator,” says Marguerite Odunsi-Hale. The first edition "
        "drew 300 people and a single burger van, and it rained on all three days of it."
    )
    got = speakers_in_order(
        [*_OPENING, intro, "Nobody came for the food.", f"{_QUOTE} the singer admits."]
    )
    assert got[-1] == "Jory Quell"
