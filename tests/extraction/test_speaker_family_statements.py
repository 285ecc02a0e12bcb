"""A family's statement ("“…,” read a statement from her family", "the Ode family said") is no
one person's: not the person who died or was hurt, whom "her" or the surname points to."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_DIED = "Edna Pyle, a retired nurse, died on Monday. She was 84."
_QUOTE = "“She would have hated all this fuss, but she would have loved the cake,”"


@pytest.mark.parametrize(
    "credit",
    [
        "read a statement from her family.",
        "a statement from her family read.",
        "said a tribute issued by the family.",
        "the Pyle family said.",
        "said the Pyle family in a statement.",
        "read a message posted by her grieving family.",
    ],
)
def test_a_family_statement_has_no_speaker(credit: str) -> None:
    assert speakers_in_order([_DIED, f"{_QUOTE} {credit}"]) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (  # one of the family, named, speaks for them
            [_DIED, f"{_QUOTE} said her son, Colin Pyle, on behalf of the family."],
            "Colin Pyle",
        ),
        (  # a family named in a body's name is the body
            [
                "The Walton Family Foundation gave $2 million to the school.",
                f"{_QUOTE} the foundation said.",
            ],
            "Walton Family Foundation",
        ),
        (  # the family only mentioned after the speaker
            [_DIED, f"{_QUOTE} Dan Hale said, adding that the family had asked for privacy."],
            "Dan Hale",
        ),
    ],
)
def test_a_named_speaker_is_kept(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
