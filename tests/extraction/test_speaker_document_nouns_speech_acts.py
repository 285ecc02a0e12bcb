"""Documents named by the speech acts WordNet files as messages ("appeal", "reply", "rebuttal",
"dissent", "disclaimer", "briefing", "commentary"), a ruling ("protocol") or a writing
("critique"): "“…,” the appeal reads." after "X issued an appeal" is X's words; the same words
used for a court, a meeting or an act ("the Court of Appeal", "at a briefing", "in reply") leave
the speaker as it was, and things read out that are no one's words keep no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = "Wiebke Oyelaran, a ferry pilot, was not convinced. “Nobody told us a thing,” she said."


@pytest.mark.parametrize(
    "noun",
    ["appeal", "reply", "rebuttal", "dissent", "briefing", "commentary", "protocol", "critique"],
)
def test_the_noun_reads_after_a_body_sent_it(noun: str) -> None:
    paragraphs = [
        _OPENING,
        f"The Dunmarrow Water Authority sent a {noun} to every household on Thursday.",
        f"“Supplies will be cut for two hours each night until the reservoir refills,”"
        f" the {noun} reads.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Dunmarrow Water Authority"


@pytest.mark.parametrize("noun", ["appeal", "rebuttal", "dissent"])
def test_according_to_the_noun_after_a_person_issued_it(noun: str) -> None:
    paragraphs = [
        _OPENING,
        f"Councillor Benedek Arrowsmith issued a {noun} on Monday about the night-time cuts.",
        f"According to the {noun}, the cuts are “a burden no other town has been asked to carry”.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Benedek Arrowsmith"


def test_an_appeal_by_a_body_says() -> None:
    paragraphs = [
        _OPENING,
        "The Saltcombe Rescue Trust issued an appeal for volunteers on Sunday.",
        "The boats are old. “Anyone who can steer a dinghy should come to the slipway,”"
        " the appeal says.",
    ]
    assert speakers_in_order(paragraphs)[-1] == "Saltcombe Rescue Trust"


def test_a_court_of_appeal_keeps_its_name() -> None:
    paragraphs = [
        "The Court of Appeal ruled on Friday. “The authority acted within its powers,”"
        " the Court of Appeal said."
    ]
    assert speakers_in_order(paragraphs) == ["Court of Appeal"]


def test_at_a_briefing_the_person_speaks() -> None:
    paragraphs = [
        "At a briefing on Monday, the minister, Halvard Oduya, said:"
        " “We will not cut supplies again.”"
    ]
    assert speakers_in_order(paragraphs) == ["Halvard Oduya"]


def test_in_reply_the_person_speaks() -> None:
    paragraphs = ["In reply, Sunniva Marchetti said: “We have paid our share for years.”"]
    assert speakers_in_order(paragraphs) == ["Sunniva Marchetti"]


def test_a_person_lodging_an_appeal_speaks_for_himself() -> None:
    paragraphs = [
        "Halvard Oduya lodged an appeal on Friday."
        " “The fine was unfair and I will fight it,” he said."
    ]
    assert speakers_in_order(paragraphs) == ["Halvard Oduya"]


@pytest.mark.parametrize("thing", ["banner", "plaque", "sign", "label"])
def test_a_thing_read_out_keeps_no_speaker(thing: str) -> None:
    paragraphs = [
        _OPENING,
        f"A {thing} by the reservoir gate reads: “Water is life, so do not waste it.”",
    ]
    assert speakers_in_order(paragraphs)[-1] is None
