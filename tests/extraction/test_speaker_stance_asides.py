"""Someone unnamed by role or kin, with a "who" clause or an age between commas, taking a
stance before a quote ("His daughter, who was at her first festival, disagreed.") is whom the
"she said" after it means: no one the article names, not the last woman named."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = [
    "Festival director Ifeoma Castellanos said the site would stay open. “We have laid forty"
    " tonnes of woodchip overnight,” she said.",
    "Longtime attendee Bartholomew Okonkwo-Reid said the queues were “the worst I have seen in"
    " years of coming.”",
]
_QUOTE = "“It is mud. It is a festival. What did anyone expect?”"


def test_an_unnamed_relative_with_an_aside_keeps_no_speaker() -> None:
    for lead, pronoun in (
        ("His daughter, who was at her first festival, disagreed.", "she"),
        ("His daughter, 19, disagreed.", "she"),
        ("His wife, who came with him from Dunmore, was unconvinced.", "she"),
        ("Her son, who had queued since dawn, disagreed.", "he"),
    ):
        paragraphs = [*_BEFORE, f"{lead} {_QUOTE[:-2]},” {pronoun} said."]
        assert speakers_in_order(paragraphs)[-1] is None, lead


def test_a_named_aside_still_names_the_speaker() -> None:
    paragraphs = [*_BEFORE, f"His daughter, Ama Okonkwo-Reid, disagreed. {_QUOTE[:-2]},” she said."]
    assert speakers_in_order(paragraphs)[-1] == "Ama Okonkwo-Reid"
