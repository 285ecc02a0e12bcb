"""A capitalised "-ed" word opening a sentence before "on", "about", "over", "by" or
"whether" ("Pressed on whether …, she would say only that") is a participle, not a person
for "she" to mean; a known first name there ("Ahmed on Tuesday said") is still a name."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_FIRST = "“I am not going to put a label on it at this stage.”"
_PARTIAL = "“inquiries into his background are continuing.”"


def test_a_participle_after_a_quote_is_no_speaker() -> None:
    for opening in (
        "Pressed on whether the man was known to police",
        "Quizzed about the motive",
        "Challenged over the delay",
        "Grilled by reporters about the cordon",
    ):
        paragraphs = [
            "Detective Inspector Ruth Adebayo-Kerr leads the inquiry.",
            f"Asked about gangs, she said: {_FIRST} {opening}, she would say only that {_PARTIAL}",
        ]
        assert speakers_in_order(paragraphs) == ["Ruth Adebayo-Kerr"] * 2, opening


def test_a_participle_opening_a_paragraph_is_no_speaker() -> None:
    paragraphs = [
        "Detective Inspector Kwame Osei-Bonsu leads the inquiry.",
        f"Asked about gangs, he said: {_FIRST}",
        f"Pressed on whether the man was known to police, he would say only that {_PARTIAL}",
    ]
    assert speakers_in_order(paragraphs) == ["Kwame Osei-Bonsu"] * 2


def test_a_first_name_ending_in_ed_still_speaks() -> None:
    paragraphs = [
        "Farida Ahmed, a neighbour, was woken by shouting.",
        f"Ahmed on Sunday said that {_PARTIAL}",
    ]
    assert speakers_in_order(paragraphs) == ["Farida Ahmed"]
