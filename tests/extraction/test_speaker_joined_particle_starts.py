"""A surname joined to "al-" or "el-" and capitalised at a sentence start is the same person."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_al_capitalised_at_a_start_means_the_person_named_in_full() -> None:
    paragraphs = [
        "Rashid al-Mazrui, Tessaly's foreign minister, arrived on Sunday.",
        "Al-Mazrui said (in translation): “We came here to stop the killing, not to hand over"
        " the east.”",
        "Omar el-Sayed, a rebel envoy, left early. El-Sayed told reporters: “Nothing has been"
        " agreed until everything has been agreed.”",
    ]
    assert speakers_in_order(paragraphs) == ["Rashid al-Mazrui", "Omar el-Sayed"]


def test_a_body_or_a_name_written_with_a_capital_everywhere_is_kept() -> None:
    paragraphs = [
        "Ali Al-Amin, a lawyer for the families, spoke on Monday.",
        "Al-Amin said: “Nobody has been charged, and nobody has been told why.”",
    ]
    assert speakers_in_order(paragraphs) == ["Ali Al-Amin"]
