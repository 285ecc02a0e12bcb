"""A person named in full opening the sentence right after a quote that closed a sentence
("…squint.” Lotte Vermeulen, who reviews gadgets, was less impressed. “…,” she wrote.") is the
"she" or "he" of the next quote, whatever list knows their first name, as after a plain full
stop; one whose listed gender the pronoun contradicts is still passed over."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FIRST = (
    "Priyanka Solberg, an analyst, was unmoved. Jae-won Park, whose channel has three million"
    " subscribers, wrote that he could find the crease “only if I tilt it under a desk lamp and"
    " squint{end}”"
)


@pytest.mark.parametrize("end", [".", "!", "?"])
@pytest.mark.parametrize(
    ("name", "pronoun"),
    [("Lotte Vermeulen", "she"), ("Tevita Halamaka", "he"), ("Nnenna Achterberg", "she")],
)
def test_the_subject_after_a_closing_quote(end: str, name: str, pronoun: str) -> None:
    paragraphs = [
        _FIRST.format(end=end)
        + f" {name}, who reviews gadgets for a site, was less impressed. “Battery life is the"
        f" story nobody on that stage wanted to talk about,” {pronoun} wrote on Threads."
    ]
    assert speakers_in_order(paragraphs)[-1] == name


def test_a_subject_of_the_other_listed_gender_is_passed_over() -> None:
    paragraphs = [
        _FIRST.format(end=".")
        + " Thomas Whitfield, who reviews gadgets for a site, was less impressed. “Battery life"
        " is the story nobody on that stage wanted to talk about,” she wrote on Threads."
    ]
    assert speakers_in_order(paragraphs)[-1] == "Priyanka Solberg"
