"""A speech verb in the infinitive after a subject set off by commas ("Ona Brisk, a baker, had
only one thing to say:", "The harbourmaster, Leif Amundsen, was quick to add:") is the
subject's: the clause after the commas has no subject of its own."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“The ferry was promised to us twice and it never once came.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Ona Brisk, a baker, had only one thing to say:", "Ona Brisk"),
        ("Ona Brisk, who has run the bakery for thirty years, had one thing to say:", "Ona Brisk"),
        ("The harbourmaster, Leif Amundsen, was quick to add:", "Leif Amundsen"),
        ("Leif Amundsen, 61, has little to say about it these days:", "Leif Amundsen"),
        ("Dr Wanjiru Kamau, the county vet, went on to tell the meeting:", "Wanjiru Kamau"),
        ("Pavel Horák, who chairs the ferry committee, had plenty to say:", "Pavel Horák"),
        ("Ona Brisk, the owner, wanted to tell the council one thing:", "Ona Brisk"),
        ("Leif Amundsen, the mayor, had only this to say to them:", "Leif Amundsen"),
    ],
)
def test_the_subject_before_the_commas_speaks(lead: str, speaker: str) -> None:
    assert speakers_in_order(["The storm hit the coast on Monday.", f"{lead} {_QUOTE}"]) == [
        speaker
    ]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Ona Brisk had only one thing to say:", "Ona Brisk"),  # no commas: as before
        ("After the vote, Leif Amundsen had this to say:", "Leif Amundsen"),  # a fronted phrase
        ("Ona Brisk met the mayor, Leif Amundsen, who was quick to say:", "Leif Amundsen"),
        ("A ferryman, who asked not to be named, had only one thing to say:", None),
    ],
)
def test_other_leads_keep_their_speaker(lead: str, speaker: str | None) -> None:
    assert speakers_in_order(["The storm hit the coast on Monday.", f"{lead} {_QUOTE}"]) == [
        speaker
    ]
