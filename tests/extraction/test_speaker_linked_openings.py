"""A sentence opening with a linking word before a body by its kind ("But the company said
sales had “…”", "And the ministry warned …") credits the body, as without the linking word."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_PARTIAL = "“fallen further than anyone in the industry expected” this year."


def test_a_linking_word_before_the_kind_is_left_out() -> None:
    cases = (
        (
            "Harwell Motors Ltd published its results on Thursday.",
            "But the company said sales had",
            "Harwell Motors Ltd",
        ),
        (
            "The Ministry of Transport ordered checks.",
            "And the ministry warned that sales had",
            "Ministry of Transport",
        ),
        (
            "The Rail Accident Investigation Board published its report.",
            "Yet the report said that sales had",
            "Rail Accident Investigation Board",
        ),
        (
            "Harlow District Council met on Monday.",
            "However, the council said sales had",
            "Harlow District Council",
        ),
    )
    for intro, lead, name in cases:
        assert speakers_in_order([intro, f"{lead} {_PARTIAL}"]) == [name], lead


def test_a_person_after_the_linking_word_is_unchanged() -> None:
    paragraphs = [
        "Harwell Motors Ltd published its results on Thursday.",
        f"But Tomasz Wróbel, an analyst, said sales had {_PARTIAL}",
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Wróbel"]
