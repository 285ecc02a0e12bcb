"""A document a body put out, then the subject of a "which" clause of what it found ("last
month’s report from the Northmarch Audit Office, which found that … existed “…”"), is the
body's, not the words of whoever asked about or cited it."""

from __future__ import annotations

from tests.extraction.speaking import speakers_in_order


def test_a_which_clause_of_findings_credits_the_body() -> None:
    for lead, body in (
        (
            "Fionnuala Gallagher-Moyo asked whether the minister had read last month’s report"
            " from the Northmarch Audit Office, which found that 2,400 homes existed",
            "Northmarch Audit Office",
        ),
        (
            "She cited a report by the Halden Institute, which concluded that the scheme was",
            "Halden Institute",
        ),
        (
            "Critics pointed to an audit by the Pellmoor Water Board, which showed the pipes were",
            "Pellmoor Water Board",
        ),
    ):
        paragraphs = [f"{lead} “only on paper and in press releases, nowhere else.”"]
        assert speakers_in_order(paragraphs) == [body], body


def test_a_sentence_after_the_report_keeps_its_own_speaker() -> None:
    paragraphs = [
        "She cited a report by the Halden Institute, which found problems. She said the homes"
        " existed “only on paper and in press releases, nowhere else.”",
    ]
    assert speakers_in_order(paragraphs) != ["Halden Institute"]


def test_a_person_who_wrote_for_a_body_keeps_the_quote() -> None:
    paragraphs = [
        "Tomas Reyes, who wrote a report for the Northmarch Audit Office, which he leads, said"
        " the homes were “only on paper and in press releases, nowhere else.”",
    ]
    assert speakers_in_order(paragraphs) == ["Tomas Reyes"]
