"""A capitalised title ending in a document noun that also ends body names ("the Valdora Post",
"The Kestrel Review") is a paper or body speaking, not a document whose issuer is sought; the
same noun in lower case ("the post said") is still a document."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ["“The council would need a vote before suing,” the Valdora Post reported."],
            ["Valdora Post"],
        ),
        (
            ["According to the Valdora Post: “The council would need a vote before suing.”"],
            ["Valdora Post"],
        ),
        (
            ["The Kestrel Review wrote that the novel is “a slow book that rewards patience.”"],
            ["Kestrel Review"],
        ),
        (
            ["“The mayor has lost the room completely,” The Harbour Post said in an editorial."],
            ["Harbour Post"],
        ),
        (  # the noun in lower case: a document, the post of whoever wrote it
            [
                "Ana Ruiz wrote a long post about the strike.",
                "“Nobody on the line was ever asked,” the post said.",
            ],
            ["Ana Ruiz"],
        ),
        (  # a report is no body's name word: still a document
            [
                "Lena Brandt released The Harbour Report on Monday.",
                "“Most of the damage was avoidable,” The Harbour Report said.",
            ],
            ["Lena Brandt"],
        ),
    ],
)
def test_titled_paper_speaks(paragraphs: list[str], speakers: list[str | None]) -> None:
    assert speakers_in_order(paragraphs) == speakers
