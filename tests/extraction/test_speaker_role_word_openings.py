"""A name no list gives a gender, after a role word alone that opens the sentence ("Farmer
Geraint Probert-Hughes spent the night moving his flock."), is whom the "he said" right after
means, not a man the lists know quoted before."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = (
    "Met Office meteorologist Ollie Brannigan said rain was not expected. “The ground is bone"
    " dry after the driest April on record,” he said."
)
_QUOTE = "“I lost count at four hundred. We got most of them down, thank God,” he said."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Farmer Geraint Probert-Hughes spent Saturday night moving his flock.",
            "Geraint Probert-Hughes",
        ),
        (
            "Beekeeper Iolo Vaughan-Mensah, whose hives sit on the moor, stayed up all night.",
            "Iolo Vaughan-Mensah",
        ),
    ],
)
def test_the_one_the_role_opens_with(sentence: str, speaker: str) -> None:
    assert speakers_in_order([f"{_BEFORE} {sentence} {_QUOTE}"]) == ["Ollie Brannigan", speaker]


def test_a_woman_the_lists_know_is_no_he() -> None:
    sentence = "Farmer Gwendolyn Probert-Hughes spent Saturday night moving her flock."
    assert speakers_in_order([f"{_BEFORE} {sentence} {_QUOTE}"]) == [
        "Ollie Brannigan",
        "Ollie Brannigan",
    ]
