""""Captioned" after a post, photo or clip only describes the thing posted, so whoever posted
it says the caption ("Hana Kim responded, posting a clip captioned, “…”"); someone who
captions the post themselves still speaks, and an unnamed crowd stays unnamed."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "The singer Lena Fischer and her husband were mocked online for the interview."
_CAPTION = "“If you only read the headlines, watch the whole talk before you judge.”"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Diego Alves, the host, responded on Tuesday, posting a video captioned,", "Diego Alves"),
        ("Hana Kim posted a clip on Monday, captioned,", "Hana Kim"),
        ("Hana Kim shared two photos from the party, one captioned,", "Hana Kim"),
        ("Ayodele Bankole answered the critics with a selfie captioned", "Ayodele Bankole"),
        ("Hana Kim captioned the clip,", "Hana Kim"),
        ("Fans shared a clip captioned,", None),
    ],
)
def test_whoever_posted_it(opening: str, speaker: str | None) -> None:
    assert speakers_in_order([_BEFORE, f"{opening} {_CAPTION}"]) == [speaker]
