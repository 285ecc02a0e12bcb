"""A quote standing alone, then "So wrote X" or "So argues X" after it: the words are X's, not
those of whoever spoke before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Early reviews were warm. The trade paper Reel Record called the film “a patient piece of"
    " work that trusts its audience”."
)
_CASES = [
    (
        "“It is beautifully shot and about twenty minutes too long.” So wrote Tomás Valente, film"
        " critic for the daily Diário do Sul, in a post shortly after midnight.",
        "Tomás Valente",
    ),
    (
        "“The best thing in it is the silence between the lines.” So writes Aiko Tanaka in her"
        " weekly column.",
        "Aiko Tanaka",
    ),
    (
        "“Nobody should have to wait this long for a decent ending.” So argued Oluwaseun Adeyemi,"
        " who reviews films for Radio Lagoa.",
        "Oluwaseun Adeyemi",
    ),
    (
        "“A masterpiece, if you have the patience for one.”\n\nSo wrote Marguerite Delacroix,"
        " whose verdict was shared widely on Saturday.",
        "Marguerite Delacroix",
    ),
    (
        "“I wanted to cheer and to sleep, often in the same scene.” So said Henrik Lund, a"
        " critic at the festival.",
        "Henrik Lund",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _CASES)
def test_so_wrote_names_the_quotes_speaker(text: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, *text.split("\n\n")]) == ["Reel Record", speaker]


def test_so_after_a_said_quote_leaves_it_alone() -> None:
    paragraphs = [
        "“It is beautifully shot and far too long,” said Tomás Valente. So wrote many others in"
        " their own reviews that night.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomás Valente"]
