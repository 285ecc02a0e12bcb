"""“…,” it said. after a sentence whose subject is a body by its kind ("The service said …")
means the body that kind stands for, named earlier."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“Our first duty is to understand exactly what happened on the night,”"


def test_it_after_the_kind_is_the_body_named_before() -> None:
    cases = (
        (
            "The Maritime Rescue Service pulled 61 people from the sea.",
            "The service said",
            "Maritime Rescue Service",
        ),
        (
            "The National Space Agency launched the rocket at dawn.",
            "The agency said",
            "National Space Agency",
        ),
        (
            "The Ministry of Transport ordered checks on every bridge.",
            "But the ministry insisted",
            "Ministry of Transport",
        ),
        (
            "Harlow District Council closed the road on Sunday.",
            "The council later confirmed",
            "Harlow District Council",
        ),
    )
    for intro, lead, name in cases:
        paragraphs = [intro, f"{lead} that a review would follow. {_QUOTE} it said."]
        assert speakers_in_order(paragraphs) == [name], lead


def test_a_person_quoted_between_does_not_take_it() -> None:
    paragraphs = [
        "The National Space Agency launched the rocket at dawn.",
        "“Every rocket I have trusted has failed at some point,” said Tunde Adeyinka, 41.",
        f"The agency said a review board would be named. {_QUOTE} it said in a statement.",
    ]
    assert speakers_in_order(paragraphs) == ["Tunde Adeyinka", "National Space Agency"]


def test_a_kind_that_is_no_body_or_no_verb_gives_nothing_new() -> None:
    for lead in ("The report said", "The service was suspended and"):
        paragraphs = [
            "Rescuers pulled 61 people from the sea.",
            f"{lead} two vessels were still searching. {_QUOTE} it said.",
        ]
        assert speakers_in_order(paragraphs) == [None], lead
