"""Someone named only by how they signed ("a reader who signed herself only as Jo", "a man
who identified himself simply as Ferg") speaks by that name, whether set off before the verb or
after it. A description with no name given stays unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Clients expected someone to answer on Fridays, and someone always did,”"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Another reader, a team lead who signed herself only as Jo, wrote that clients"
            " “expected someone to answer on Fridays, and someone always did.”",
            "Jo",
        ),
        (
            "One listener, a bus driver who identified himself simply as Ferg, said the plan"
            " “would never work on a Sunday, not with these rotas.”",
            "Ferg",
        ),
        (f"{_QUOTE} wrote a reader who signed herself only as Maren.", "Maren"),
        (f"{_QUOTE} said a driver who gave his name as Teodor.", "Teodor"),
    ],
)
def test_the_name_someone_signed_with_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in_order(["Readers wrote in all week.", sentence]) == [speaker]


def test_a_description_without_a_name_stays_unnamed() -> None:
    sentence = f"{_QUOTE} wrote a reader who signed her letter from Pellworth."
    assert speakers_in_order(["Readers wrote in all week.", sentence]) == [None]
