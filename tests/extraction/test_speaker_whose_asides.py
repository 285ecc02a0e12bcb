"""A document's issuer set off by a "whose" aside before "said in a statement" ("Attorney General
X, whose office defended the rule, said in a statement that … “…,” the statement said.") is the
one who speaks in it, as one set off by a "who" aside is."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Prosecutors had argued the rule was lawful. “This changes nothing for victims,” said Mira"
    " Tadesse, a victims’ advocate."
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Attorney General Thaddeus Orwell-Baird, whose office defended the rule, said in a"
            " statement that prosecutors would comply.",
            "Thaddeus Orwell-Baird",
        ),
        (
            "Mayor Lindiwe Castellano, whose council wrote the bylaw, said in a statement that"
            " officers would follow the ruling.",
            "Lindiwe Castellano",
        ),
        (
            "Keld Sørensen, whose company lost the contract, said in a statement that staff had"
            " been told on Friday.",
            "Keld Sørensen",
        ),
    ],
)
def test_whose_aside_keeps_the_issuer(sentence: str, speaker: str) -> None:
    paragraphs = [
        _BEFORE,
        f"{sentence} “Every tool needed to keep people safe is still there,” the statement said.",
    ]
    assert speakers_in_order(paragraphs) == ["Mira Tadesse", speaker]


def test_who_aside_still_keeps_the_issuer() -> None:
    paragraphs = [
        _BEFORE,
        "Mayor Lindiwe Castellano, who lost the case, said in a statement that officers would"
        " follow the ruling. “Every tool needed to keep people safe is still there,” the"
        " statement said.",
    ]
    assert speakers_in_order(paragraphs) == ["Mira Tadesse", "Lindiwe Castellano"]


def test_statement_named_by_nobody_stays_unnamed() -> None:
    paragraphs = [
        _BEFORE,
        "Officers whose shifts were cut said little. A statement was pinned to the station door."
        " “Every tool needed to keep people safe is still there,” the statement said.",
    ]
    assert speakers_in_order(paragraphs)[1] is None
