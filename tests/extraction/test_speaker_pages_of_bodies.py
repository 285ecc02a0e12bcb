"""A body's page or blog opening the sentence before "“…,” it advises." ("Halden’s support page
has an article on exactly this.") or named again after an opening phrase ("A few lines
further down, the same page concedes that “…”") speaks for the body, named by its short form
at the start of a sentence."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Halden Home sells its new robot mop for $649."
_ADVICE = "“If your map appears incomplete, delete it and start a new mapping run,”"


@pytest.mark.parametrize("verb", ["it advises", "it says", "it explains", "it warns"])
def test_it_after_a_bodys_page_is_the_bodys(verb: str) -> None:
    paragraphs = [
        _OPENING,
        "Halden’s support page has an article on exactly this.",
        f"{_ADVICE} {verb}.",
    ]
    assert speakers_in_order(paragraphs) == ["Halden Home"]


@pytest.mark.parametrize(
    "lead",
    [
        "A few lines further down, the same page concedes that",
        "Further down, the page admits that",
        "The same page concedes that",
    ],
)
def test_the_page_named_again_is_the_bodys(lead: str) -> None:
    paragraphs = [
        _OPENING,
        "Halden’s support page has an article on mapping. I tried it three times.",
        f"{lead} “dark rugs and very shiny floors may confuse the cliff sensors at night.”",
    ]
    assert speakers_in_order(paragraphs) == ["Halden Home"]


def test_a_person_after_the_page_keeps_her_words() -> None:
    paragraphs = [
        _OPENING,
        "Halden’s support page has an article on exactly this. Siobhan Reyes has read it.",
        f"{_ADVICE} she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Siobhan Reyes"]


def test_a_person_opening_the_phrase_is_no_page() -> None:
    paragraphs = [
        _OPENING,
        "Halden’s support page has an article on mapping.",
        "Asked about it, Siobhan Reyes concedes that “dark rugs and very shiny floors may"
        " confuse the cliff sensors at night.”",
    ]
    assert speakers_in_order(paragraphs) == ["Siobhan Reyes"]
