"""People known by one name ("Sukarnadi"), described as a person right after it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“Our steelworkers are losing their jobs every week,” said Han Seo-yeon, the premier."


def test_one_name_described_as_a_person_takes_the_pronoun_after_it() -> None:
    paragraphs = [
        _OPENING,
        "Sukarnadi, the veteran trade negotiator who led Indonesia's team in the pact talks,"
        " said he had seen worse. “In 2011 the delegations would not even eat in the same"
        " room,” he said.",
        "Hartini, a rice trader at the port, said she had lost two contracts. “Nobody will sign"
        " anything until the duties are settled,” she said.",
    ]
    assert speakers_in_order(paragraphs) == ["Han Seo-yeon", "Sukarnadi", "Hartini"]


def test_one_name_described_with_a_plain_noun_and_no_clause() -> None:
    paragraphs = [
        _OPENING,
        "Ngadiman, a ferry captain, said the harbour had been shut twice. “The boats sat"
        " empty for a week and we were paid nothing,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Han Seo-yeon", "Ngadiman"]


def test_a_place_described_after_one_name_is_not_a_person() -> None:
    paragraphs = [
        _OPENING,
        "Kerrin, the second city, was quiet on Friday. “In 2011 the delegations would not even"
        " eat in the same room,” he said.",
    ]
    assert speakers_in_order(paragraphs)[1] != "Kerrin"
