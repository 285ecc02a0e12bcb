"""A pronoun tag after a passive sentence opening with a thing a pronoun owns ("His death was
confirmed by his son, Tom Lee, …") means the doer, as it does after "Ann Lee’s plan was
attacked by Eva Lind": not the owner named before, even of the same gender or of a gender no
list gives. A doer the pronoun does not fit, and a sentence where the doer is no one named,
keep the owner."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Rafael Ortega-Vidal, who ran the ferry for forty years, died on Tuesday. He "
                "was 91.",
                "His death was confirmed by his son, Tomasz Ortega-Vidal, who said he had been "
                "unwell since the spring. “He went the way he wanted, in his own bed with the "
                "window open,” he said.",
            ],
            "Tomasz Ortega-Vidal",
        ),
        (
            [
                "Ingrid Solberg, a former headteacher, has died at the age of 84.",
                "Her death was announced on Friday by her daughter, Hannah Keller, who called "
                "her “a teacher to the very end”. “She was marking homework for the neighbours' "
                "children the week before she died,” she wrote.",
            ],
            "Hannah Keller",
        ),
        (  # an owner whose name no list genders: the doer of known gender still speaks
            [
                "Oluwaseun Bello, who ran the ferry for forty years, died on Tuesday. He was 91.",
                "His death was confirmed by his daughter, Aisha Mahmoud, who said he had been "
                "unwell since the spring. “He went the way he wanted, in his own bed with the "
                "window open,” she said.",
            ],
            "Aisha Mahmoud",
        ),
        (
            [
                "Kwame Asante wants the harbour wall rebuilt before winter.",
                "His plan has been backed by Arjun Mehta, a fellow councillor. “Nobody who saw "
                "the last storm can argue with the need for it,” he told the meeting.",
            ],
            "Arjun Mehta",
        ),
    ],
)
def test_the_doer_speaks(paragraphs: list[str], speaker: str) -> None:
    assert speakers_in_order(paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        [  # the doer is a woman, the pronoun a man's: the owner goes on
            "Kwame Asante wants the harbour wall rebuilt before winter.",
            "His plan has been backed by Priya Raman, a fellow councillor. “Nobody who saw the "
            "last storm can argue with the need for it,” he told the meeting.",
        ],
        [  # no one named as the doer
            "Kwame Asante wants the harbour wall rebuilt before winter.",
            "His plan has been backed by most of the council. “Nobody who saw the last storm "
            "can argue with the need for it,” he told the meeting.",
        ],
    ],
)
def test_the_owner_goes_on(paragraphs: list[str]) -> None:
    assert speakers_in_order(paragraphs)[-1] == "Kwame Asante"
