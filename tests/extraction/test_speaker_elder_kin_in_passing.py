"""A relative of another generation named in passing inside someone's clause ("… about his
grandfather, Piotr Nowak,") is background: the bare surname stays with the person the article
is about, unless the relative speaks there or opens a sentence as its subject."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Tomasz R. Nowak Jr. has spent a decade campaigning against wind farms.",
                "He claims his uncle, Piotr Nowak, was forced out of the ministry by lobbyists.",
                "“Nobody in that building ever told the truth about turbines,” Nowak said.",
            ],
            "Tomasz R. Nowak Jr.",
        ),
        (
            [
                "Kenji Sato opened the archive to the public in May.",
                "Sato said the papers of his late grandmother, Emiko Sato, had waited too long.",
                "“I have read every single page of the files myself,” Sato said.",
            ],
            "Kenji Sato",
        ),
        (  # the relative speaks where she is named: she may be the one meant
            [
                "Pablo Ruiz, 19, died in the crash on the coast road on Saturday.",
                "His mother, Ana Ruiz, said the family was still in shock.",
                "“He was saving every euro for a trip to Japan next summer,” Ruiz said.",
            ],
            "Ana Ruiz",
        ),
        (  # the relative opens a sentence as its subject: no background
            [
                "Pablo Ruiz, 19, died in the crash on the coast road on Saturday.",
                "His mother, Ana Ruiz, wept as the court heard the evidence.",
                "“He was saving every euro for a trip to Japan next summer,” Ruiz said outside.",
            ],
            "Ana Ruiz",
        ),
        (  # the relative quoted by full name keeps the quote
            [
                "Maria L. Santos Jr. runs the family foundation today.",
                "It was founded by her aunt, Carmen Santos, in 1971.",
                "“We fund schools, not monuments, and that will not change,” Carmen Santos said.",
            ],
            "Carmen Santos",
        ),
    ],
)
def test_a_bare_surname_passes_over_elder_kin_named_in_passing(
    paragraphs: list[str], speaker: str
) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker
