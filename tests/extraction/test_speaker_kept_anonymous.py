"""A role the article says goes unnamed ("the clerk, who asked not to be named") is nobody
named, even right after a named subject; a role named beside its holder still is that one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Tomás Herrera, the club treasurer, says the accounts are frozen. Sources on the"
                " board, as well as Herrera, blame the chair.",
                "“You can’t buy a single ball until the minutes are approved,” the committee"
                " member explained.",
                "The committee member, who asked not to be named, also said the chair has missed"
                " every meeting since May.",
            ],
            None,
        ),
        (
            [
                "Greta Lindqvist has accused the principal of neglect.",
                "“We have had no heating in the classrooms since October,” the teacher said,"
                " asking not to be named.",
            ],
            None,
        ),
        (
            [
                "Ahmed Saleh, the owner, insists the kitchen is clean.",
                "“I saw rats by the ovens twice last week,” the cook said. The cook, who spoke on"
                " condition of anonymity, left the job soon after.",
            ],
            None,
        ),
        (  # named with the role before: that one
            [
                "Senator Rosa Delgado spoke after the vote.",
                "“This bill will pass when it comes back next year,” the senator said.",
            ],
            "Rosa Delgado",
        ),
        (  # no word of anonymity: the subject just before, as ever
            [
                "Rovers captain Jamal Okafor was left in tears.",
                "“We gave everything we had and it was not enough,” the defender said.",
            ],
            "Jamal Okafor",
        ),
    ],
)
def test_a_role_kept_anonymous_is_nobody_named(paragraphs: list[str], speaker: str | None) -> None:
    assert speakers_in_order(paragraphs)[0] == speaker
