"""A word for one who does something set before a name whose first name no list knows
("Drummer Sunniva Brekke") is a role, cut from the name, while a first name ("Hunter"), a body
("Walker Art Center") or two such words keep the run as it was."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“There were eleven people watching us, and four of them were the sound crew.”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Drummer Sunniva Brekke remembers that night differently.", "Sunniva Brekke"),
        ("Curator Oskari Lindgren was blunter.", "Oskari Lindgren"),
        ("Novelist Ysolde Marrak laughs at the memory.", "Ysolde Marrak"),
        ("Saxophonist Tiiu Karvonen puts it another way.", "Tiiu Karvonen"),
        ("Historian Eero Maasik has heard it all before.", "Eero Maasik"),
    ],
)
def test_the_role_is_cut(sentence: str, speaker: str) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE}"]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [  # a first name, a known pair after the role, or a longer name: as before
        ("Hunter Ivo Brandt remembers that night differently.", "Hunter Ivo Brandt"),
        ("Drummer Sarah Brekke remembers that night differently.", "Sarah Brekke"),
        ("Baker Street Irregulars remember that night differently.", "Baker Street Irregulars"),
        ("Walker Art Center staff remember that night differently.", None),
    ],
)
def test_no_role_is_cut(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order([f"{sentence} {_QUOTE}"]) == [speaker]
