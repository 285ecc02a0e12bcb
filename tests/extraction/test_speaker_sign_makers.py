"""Words on a sign, placard or banner that the sentence before says someone named painted,
made or wrote are theirs ("Ana Ruiz wrote the placard herself. It read: “…”"); a thing hung
or carried, or made by people unnamed, keeps no speaker."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_OPENING = (
    "Halvard Moen, the mayor of Strand, defended the budget on Monday. “We have listened to "
    "everyone and we are ready to move ahead,” he said."
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ana Ruiz wrote the placard herself. It read: “Our homes are not for sale to anyone.”",
         "Ana Ruiz"),
        ("Tomas Vidal painted a banner for the march. “Hands off our harbour, now and forever,”"
         " it read.", "Tomas Vidal"),
        ("Mirela Dumitru made a poster for the window. “This shop stays open whatever they"
         " decide,” it read.", "Mirela Dumitru"),
        ("Kofi Boateng daubed a sign on the shutters. It reads: “Closed by the council, not by"
         " us.”", "Kofi Boateng"),
    ],
)
def test_a_sign_someone_named_made_bears_their_words(sentence: str, speaker: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == ["Halvard Moen", speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Workers hung a banner from the gates. “No cuts, no closures, no surrender here,” it read.",
        "Protesters painted a banner for the march. “The harbour is ours and always will be,”"
        " it read.",
    ],
)
def test_a_sign_no_one_named_made_has_no_speaker(sentence: str) -> None:
    assert speakers_in_order([_OPENING, sentence]) == ["Halvard Moen", None]
