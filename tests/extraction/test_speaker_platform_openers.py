"""A platform opening the sentence before a role and a name ("On X, the agency’s director, Pim de
Groot, wrote that …") is where the words were posted, not who posted them: the name is."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_BEFORE = "The Harwell Science Agency paid for most of the work."
_QUOTE = "the study was “exactly why we fund basic science in the first place.”"


def test_the_named_writer_after_a_platform_opening() -> None:
    for opening, name in (
        ("On X, the agency’s director, Pim de Groot, wrote that", "Pim de Groot"),
        ("On Bluesky, the lab’s founder, Aiyana Redcloud, wrote that", "Aiyana Redcloud"),
        ("Writing on Facebook, its chair, Oksana Melnyk, said", "Oksana Melnyk"),
        ("On Threads, the university’s provost, Tariq Al-Sayegh, posted that", "Tariq Al-Sayegh"),
    ):
        assert speakers_in_order([_BEFORE, f"{opening} {_QUOTE}"]) == [name], opening


def test_a_body_after_a_platform_opening_is_unchanged() -> None:
    got = speakers_in_order([_BEFORE, f"On X, the agency wrote that {_QUOTE}"])
    assert got == ["Harwell Science Agency"]


def test_a_name_opening_its_sentence_is_not_a_platform() -> None:
    got = speakers_in_order([_BEFORE, f"Xiang Li, the agency’s director, wrote that {_QUOTE}"])
    assert got == ["Xiang Li"]
