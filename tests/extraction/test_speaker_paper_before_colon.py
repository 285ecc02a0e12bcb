"""A two-word paper or place the words appeared in ("… Kim’s reporting in the Boston Globe:")
is not the sender a name before the colon otherwise is; the writer named earlier is."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = " “Every driver we spoke to described being followed home at night.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("A notable exception is Hannah Kim’s reporting in the Boston Globe:", "Hannah Kim"),
        ("The best account is Tomasz Wrona's story in The Chicago Tribune:", "Tomasz Wrona"),
        ("Read Aiko Sato’s piece on the New Yorker site:", "Aiko Sato"),
        ("The best line came in a message from Tomasz Wrona:", "Tomasz Wrona"),
        ("The rule might be more like something from Yogi Berra:", "Yogi Berra"),
    ],
)
def test_a_paper_before_the_colon_is_no_sender(lead: str, speaker: str | None) -> None:
    assert speakers_in_order(["The strike has had little coverage.", lead + _QUOTE]) == [speaker]
