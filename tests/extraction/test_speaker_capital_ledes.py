"""A tabloid lede that sets the name in capitals ("JADE MONROE has opened up") names a
person, written in ordinary case, whom "she said" and the surname later stand for."""

from __future__ import annotations

import pytest

from bot.extraction.ledes import with_lede_name_cased
from tests.extraction.speaking import speakers_in_order

_QUOTE = "“I was on stage every night and crying every morning, and nobody noticed,”"


@pytest.mark.parametrize("credit", ["she said.", "the star said.", "Monroe said."])
def test_the_name_in_capitals_is_the_person(credit: str) -> None:
    paragraphs = [
        "JADE MONROE has opened up about the night she almost quit.",
        f"{_QUOTE} {credit}",
    ]
    assert speakers_in_order(paragraphs) == ["Jade Monroe"]


@pytest.mark.parametrize(
    ("lede", "cased"),
    [
        ("JADE MONROE has quit.", "Jade Monroe has quit."),
        ("MARY O'NEILL-HUGHES has quit.", "Mary O'Neill-Hughes has quit."),
        ("JADE MONROE’S manager has quit.", "Jade Monroe’s manager has quit."),
        # No first name opening it: acronyms and shouted words stay as written.
        ("BBC NEWS has learned of it.", "BBC NEWS has learned of it."),
        ("THE fuming Scot hit out.", "THE fuming Scot hit out."),
    ],
)
def test_only_a_name_that_opens_with_a_first_name_is_recased(lede: str, cased: str) -> None:
    recased = with_lede_name_cased([lede, "A second paragraph stays as it is."])
    assert list(recased) == [cased, "A second paragraph stays as it is."]
    assert len(recased[0]) == len(lede)
