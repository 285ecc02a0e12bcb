"""A lede's role with no one named before it ("…, and the judge said he had “…”", "…, with the
judge telling him he had “…”") is the person the article names with that role further down
("Judge Rosalind Achterberg said"), as wire copy names its sources later; a role named before
the quote keeps that person, and a lede role never named stays unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_LEDE = (
    "A former charity treasurer who stole more than a million pounds was jailed for seven years "
    "on Friday, {clause} “betrayed the people who trusted you the most”."
)
_DEFENDANT = "Lachlan Pryor, 52, of Millbrook, pleaded guilty in September to fraud."


@pytest.mark.parametrize(
    ("clause", "named", "expected"),
    [
        (
            "and the judge said he had",
            "Sentencing him, Judge Rosalind Achterberg said the fraud was planned with care.",
            "Rosalind Achterberg",
        ),
        (
            "with the judge telling him he had",
            "Sentencing him, Judge Rosalind Achterberg said the fraud was planned with care.",
            "Rosalind Achterberg",
        ),
        (
            "and the prosecutor told the court he had",
            "Prosecutor Aisha Mahmood said the transfers were hidden as payments to builders.",
            "Aisha Mahmood",
        ),
        (
            "with the trial judge saying he had",
            "The judge, Imre Kovács, said the fraud was planned with care.",
            "Imre Kovács",
        ),
    ],
)
def test_a_lede_role_is_the_one_named_later(clause: str, named: str, expected: str) -> None:
    paragraphs = [_LEDE.format(clause=clause), _DEFENDANT, named]
    assert speakers_in_order(paragraphs) == [expected]


def test_a_lede_role_never_named_keeps_no_one() -> None:
    paragraphs = [
        _LEDE.format(clause="with the judge telling him he had"),
        _DEFENDANT,
        "A hearing to recover the money will take place in the spring.",
    ]
    assert speakers_in_order(paragraphs) == [None]
