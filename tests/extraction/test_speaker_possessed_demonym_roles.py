"""A team's possessive, a nationality and a role before a name ("Kestrel’s Danish striker Mads
Kjærgaard missed two chances.") qualify the name, so "the 24-year-old said" after it is the
player, not the team; a coach named after a verb there is no subject."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_MATCH = "Harbury Athletic beat Kestrel Town 1-0 at Dunmoor Park on Saturday."
_QUOTE = "“I should have scored both and I will carry that home with me tonight,”"


@pytest.mark.parametrize(
    ("sentence", "role", "expected"),
    [
        (
            "Kestrel’s Danish striker Mads Kjærgaard missed two clear chances.",
            "the 24-year-old",
            "Mads Kjærgaard",
        ),
        (
            "Harbury's Nigerian winger Tunde Bakare-Olu hit the post twice.",
            "the winger",
            "Tunde Bakare-Olu",
        ),
        (
            "Kestrel’s Brazilian defender Rafaela Moura was booked early.",
            "the 29-year-old",
            "Rafaela Moura",
        ),
    ],
)
def test_a_possessed_nationality_role_qualifies_the_name(
    sentence: str, role: str, expected: str
) -> None:
    assert speakers_in_order([_MATCH, f"{sentence} {_QUOTE} {role} said."]) == [expected]



def test_a_name_the_team_writes_after_a_verb_keeps_the_subject() -> None:
    sentence = "Kestrel’s Danish striker Mads Kjærgaard thanked coach Ivo Brandt afterwards."
    assert speakers_in_order([_MATCH, f"{sentence} {_QUOTE} the 24-year-old said."]) == [
        "Mads Kjærgaard"
    ]
