"""A sentence opened by a post on a body's account ("A post on the Renewal Party’s official
account accused the premier of “…”"): the account's owner, as "the party's statement" is."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We will not be lectured on farming,” said Ayşe Nur Demirtaş, the opposition leader."


def test_a_post_on_a_named_body_s_account_is_the_body_s() -> None:
    paragraphs = [
        _OPENING,
        "A post on the Democratic Renewal Party’s official account accused the prime minister"
        " of “governing the country by tweet at midnight.”",
        "A message on the Harbour Trust’s Facebook page called the plan “the worst idea this"
        " town has had in fifty years.”",
    ]
    assert speakers_in_order(paragraphs) == [
        "Ayşe Nur Demirtaş",
        "Democratic Renewal Party",
        "Harbour Trust",
    ]


def test_a_post_on_an_account_no_one_is_named_for_stays_unnamed() -> None:
    paragraphs = [
        _OPENING,
        "A post on a popular fan account accused the club of “selling the soul of this town"
        " for one season of television money.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ayşe Nur Demirtaş", None]
