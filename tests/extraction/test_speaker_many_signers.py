"""A document many unnamed people signed, one of them named ("X is one of more than 300
relatives who have signed an open letter … The letter calls …“…”"), speaks for no one person:
not the one named among the signers, nor the writer of an earlier letter."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_EARLIER = (
    "Elena Mocanu read aloud from a letter her son had sent from the mountains. “Mama, do not"
    " worry about the cold at all,” he wrote."
)


@pytest.mark.parametrize(
    "signed",
    [
        "Mocanu is one of more than 300 relatives who have signed an open letter to the minister.",
        "She is among the 40 doctors who signed a letter to the health board this week.",
        "Ionescu was one of about 1,200 residents who wrote a letter to the council.",
    ],
)
def test_a_letter_of_many_signers_is_no_ones(signed: str) -> None:
    paragraphs = [
        _EARLIER,
        f"{signed} The letter calls the delays “a breach of the trust that families place in it.”",
    ]
    assert speakers_in_order(paragraphs) == [None, None]


def test_a_letter_one_person_signed_is_theirs() -> None:
    paragraphs = [
        _EARLIER,
        "Dorin Albu, who speaks on defence, signed a letter to the minister this week. The letter"
        " calls the delays “a breach of the trust that families place in the army.”",
    ]
    assert speakers_in_order(paragraphs) == [None, "Dorin Albu"]
