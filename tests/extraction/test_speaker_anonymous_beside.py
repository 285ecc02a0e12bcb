"""Someone brought in as unnamed in the sentence before a quote, anywhere in it ("does not impress
the man at the shelter, a retired driver who would give only his age, 82."), is whom "he says"
after the quote means, not the last person named; a name after them, or no such words, keeps
the person named."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Desmond Oyelaran taught at the school for 31 years. “It is never only one small thing,"
    " believe me,” says Oyelaran."
)
_QUOTE = "“They will send a minibus once a fortnight and call it progress,”"


@pytest.mark.parametrize(
    "sentence",
    [
        "That answer does not impress the man at the shelter, a retired lorry driver who would"
        " give only his age, 82.",
        "Nor does it impress a retired lorry driver at the shelter, who would not give his name.",
        "The loudest voice belongs to a farmer, who did not want to be named.",
        "Later I meet a retired porter who declined to give his name.",
        "At the back of the hall stands a man who asked not to be named.",
    ],
)
def test_he_after_someone_left_unnamed(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} he says."]) == [
        "Desmond Oyelaran",
        None,
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # named after all, or no word about a name: the man named before keeps it
        "That answer does not impress the man at the shelter, a retired driver who would give"
        " only his age, 82. Oyelaran shakes his head.",
        "That answer does not impress Oyelaran, who has heard it all before.",
        "Later a driver who would not give his name leaves. Oyelaran stays behind.",
    ],
)
def test_a_person_named_after_keeps_it(sentence: str) -> None:
    assert speakers_in_order([_BEFORE, f"{sentence} {_QUOTE} he says."]) == [
        "Desmond Oyelaran",
        "Desmond Oyelaran",
    ]
