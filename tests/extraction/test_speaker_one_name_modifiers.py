"""A lone name described as a person with a capitalised or numbered word in the appositive."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order

_OPENING = "“We have never seen a season like this one,” said Ruth Okafor-Lindgren, the director."


def test_a_nationality_before_the_role_still_describes_a_person() -> None:
    paragraphs = [
        _OPENING,
        "Inside, Grace Ndlovu-Holm, a nurse, was weighing babies. “The mothers come too late"
        " for us to help,” Ndlovu-Holm said.",
        "Wartinah, an Indonesian warehouse clerk who uses one name, runs the stores by the"
        " gate. She walked us past racks that were mostly bare. “Flour was here, and oil was"
        " there, until last month,” she said.",
    ]
    found = speakers_in_order(paragraphs)
    assert found == ["Ruth Okafor-Lindgren", "Grace Ndlovu-Holm", "Wartinah"]


def test_an_age_written_as_a_number_before_the_role() -> None:
    paragraphs = [
        _OPENING,
        "Ketut, a 31-year-old boat mechanic who gave only his first name, said he would vote"
        " again. “Nobody in my street trusts the count any more,” he said.",
        "Sutarmo, a Javanese rice farmer, said the rains came late. “We planted twice and"
        " lost both crops to the floods,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Ruth Okafor-Lindgren", "Ketut", "Sutarmo"]


def test_a_place_or_a_body_described_with_such_words_stays_no_person() -> None:
    paragraphs = [
        _OPENING,
        "Kerrin, a 19th-century port town of the north, was quiet on Friday. “We have never"
        " had so many boats tied up at once,” he said.",
        "Halvard, a Norwegian shipping company, said its boats were safe. “All our crews are"
        " accounted for and back in port,” it said.",
    ]
    found = speakers_in_order(paragraphs)
    assert found[1] != "Kerrin"
    assert found[2] != "Kerrin"
