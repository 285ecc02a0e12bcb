"""A person's document read out ("The judge’s order reads: “…”", "Her order reads: “…”",
"“…,” her ruling reads.") is that person's words: the one the role or the pronoun means. A sign
of theirs that reads still names no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_ORDER = "Both parties shall preserve all records relating to the flats"


@pytest.mark.parametrize(
    ("opening", "sentence", "speaker"),
    [
        (
            "Judge Priya Raman-Holt issued an order on Friday.",
            f"The judge’s order reads: “{_ORDER}.”",
            "Priya Raman-Holt",
        ),
        (
            "Judge Priya Raman-Holt ruled on Friday.",
            f"Her order reads: “{_ORDER}.”",
            "Priya Raman-Holt",
        ),
        (
            "Judge Tomasz Wierzbicki ruled on Friday.",
            f"“{_ORDER},” his ruling reads.",
            "Tomasz Wierzbicki",
        ),
        (
            "Gov. Ana Ruiz signed it on Friday.",
            "“No family should choose between paying a bill and having water,” her order reads.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_persons_document_is_theirs(opening: str, sentence: str, speaker: str) -> None:
    assert speakers_in_order(["The case began on Monday.", f"{opening} {sentence}"]) == [speaker]


def test_their_sign_names_no_one() -> None:
    paragraphs = [
        "The shop opened on Monday.",
        "Tom Ode keeps a sign by the till. “No refunds after seven days, whatever the reason,”"
        " his sign reads.",
    ]
    assert speakers_in_order(paragraphs) == [None]
