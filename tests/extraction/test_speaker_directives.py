"""A partial quote given as an order ("ordered him to “…”") is the words of whoever gave it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "“Both delegations are now looking at the same map,” said Ousmane Diallo-Keita, the envoy."
)


def test_the_one_who_ordered_or_instructed_is_the_speaker() -> None:
    for sentence, speaker in (
        (
            "Rashid al-Mazrui arrived on Sunday after President Bambang Wiratmoko ordered him to"
            " “bring back a ceasefire or a reason why there is none.”",
            "Bambang Wiratmoko",
        ),
        (
            "Governor Amina Yusuf instructed district officers to “open every school as a shelter"
            " before the rains come.”",
            "Amina Yusuf",
        ),
        (
            "The delegates left after Marek Nowicki ordered the rebels to “stay behind the river"
            " until the monitors arrive.”",
            "Marek Nowicki",
        ),
    ):
        assert speakers_in_order([_OPENING, sentence]) == ["Ousmane Diallo-Keita", speaker]


def test_an_order_in_the_sentence_before_a_quote_does_not_take_it() -> None:
    paragraphs = [
        _OPENING,
        "The minister ordered an inquiry on Monday. “We will find out what happened at the"
        " crossing,” said Ana Ruiz, the police chief.",
        "A judge ordered Karl Dunn to pay a fine of 400 euros. “I will appeal this to the end,”"
        " Dunn said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ousmane Diallo-Keita", "Ana Ruiz", "Karl Dunn"]
