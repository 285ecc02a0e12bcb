"""Someone "who did not want to give her name" stays unnamed, like one who would not give it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_WARDEN = (
    "The college warden, Dr Leontyne Okafor-Biel, wrote to every tenant on Monday. “Please keep"
    " the stairwell doors shut at night,” Okafor-Biel wrote."
)


def test_wanting_or_wishing_not_to_give_or_share_a_name() -> None:
    for unnamed in (
        "A tenant on Corran Street, who did not want to give her name, said the lift had failed.",
        "One caretaker, who didn’t want to give his name, said the boiler was older than him.",
        "A cleaner who would not want to share her full name said the mould came back weekly.",
        "An electrician, who did not wish to give his name, said the wiring was unsafe.",
    ):
        pronoun = "she" if " her " in unnamed else "he"
        paragraphs = [
            _WARDEN,
            f"{unnamed} “Nobody has come to look at it since the spring,” {pronoun} said.",
        ]
        assert speakers_in_order(paragraphs) == ["Leontyne Okafor-Biel", None], unnamed


def test_a_named_person_who_wanted_to_give_a_talk_keeps_her_name() -> None:
    paragraphs = [
        _WARDEN,
        "Marisol Duarte-Kemp, a tenant who wanted to give a talk at the meeting, said the lift"
        " had failed. “Nobody has come to look at it since the spring,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Leontyne Okafor-Biel", "Marisol Duarte-Kemp"]


def test_a_named_person_who_did_not_want_to_give_a_speech_keeps_her_name() -> None:
    paragraphs = [
        _WARDEN,
        "Marisol Duarte-Kemp, who did not want to give a speech, stood at the back of the hall."
        " “Nobody has come to look at it since the spring,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Leontyne Okafor-Biel", "Marisol Duarte-Kemp"]
