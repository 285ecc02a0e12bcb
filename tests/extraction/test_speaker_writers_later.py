"""A writer of a post or letter with "later" or an "as" aside before the verb ("Hendra, as he is
widely known, later wrote on Instagram … “…,” the post read.")."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“The ballots are the voice of the people,” said Hendra Wirawan, the candidate."


def test_an_as_aside_and_later_before_wrote() -> None:
    paragraphs = [
        _OPENING,
        "Hendra, as he is widely known, later wrote on Instagram that his supporters should stay"
        " home. “Do not give anyone an excuse. Our weapon is patience,” the post read.",
    ]
    assert speakers_in_order(paragraphs) == ["Hendra Wirawan", "Hendra Wirawan"]


def test_a_pronoun_then_wrote() -> None:
    paragraphs = [
        "“We lost, and we lost fairly,” said Marta Quiroga Lema, the club president.",
        "She then wrote to every member of the club. “We owe you a better season than the one"
        " we gave you,” the letter reads.",
    ]
    assert speakers_in_order(paragraphs) == ["Marta Quiroga Lema", "Marta Quiroga Lema"]


def test_a_letter_after_a_post_online_is_not_the_poster_s() -> None:
    paragraphs = [
        _OPENING,
        "Hendra later wrote on Instagram that he was calm. “We ask every officer to stay at"
        " their post until the count ends,” the letter reads.",
    ]
    assert speakers_in_order(paragraphs)[1] is None
