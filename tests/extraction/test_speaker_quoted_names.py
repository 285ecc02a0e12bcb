"""A show, podcast or band whose name is set in quote marks, as the subject of the quote's
sentence, says the quote ("“The Morning Table” themselves responded, posting a clip captioned,
“…”"); a quoted phrase in lower case opening the sentence names no one."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "The skater Lena Fischer and her husband were mocked online for the interview."
_CAPTION = "“If you only read the headlines, watch the whole talk before you judge us!!”"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        (
            "“The Morning Table” themselves responded to the backlash, posting more clips with one"
            " captioned,",
            "The Morning Table",
        ),
        ("The podcast “Late Shift” replied with a post captioned,", "Late Shift"),
        (
            "“Night Owls Live” itself answered on Friday, posting a video captioned,",
            "Night Owls Live",
        ),
    ],
)
def test_the_quoted_name_speaks(subject: str, speaker: str) -> None:
    assert speakers_in_order([_BEFORE, f"{subject} {_CAPTION}"]) == [speaker]


def test_a_quoted_phrase_is_no_name() -> None:
    sentence = f"“Fake outrage” was trending by noon, with one fan writing, {_CAPTION}"
    assert speakers_in_order([_BEFORE, sentence]) == [None]
