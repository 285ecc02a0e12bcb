"""Someone talked or wrote back to is who heard it, not the subject a pronoun goes on meaning,
on invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Rosa Lind cut chores on the farm and often talked back to Mother Agnes, who ran"
                " the convent. When the sisters pressed her to own up, she’d reply, “Papa lets"
                " me skip the prayers on any day I like,” and Mother Agnes sent her home."
            ],
            "Rosa Lind",
        ),
        (
            [
                "Keanu Silva wrote back to Father Tomas within a day.",
                "“I will not be coming to the parish again this year,” he said.",
            ],
            "Keanu Silva",
        ),
        (
            [
                "Leila Haddad spoke back to Judge Ann Moore in court. “You have not read the"
                " file in this case at all,” the judge replied."
            ],
            "Ann Moore",
        ),
    ],
)
def test_the_one_talked_back_to_is_no_subject(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs) == [speaker]
