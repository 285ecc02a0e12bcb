""""It found that …" after a sentence bringing in a paper: the paper's author, named after a
role in lower case or with an aside before the verb, on invented text."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "In 2021, sociologist Amara Diallo published a paper that examined delivery apps."
            " It found that riders faced “long hours, unsafe roads and almost no sick pay.”",
            "Amara Diallo",
        ),
        (
            "In 2019, development economist Wanjiru Kamau, then a lecturer in Nairobi, published"
            " a report on street markets. It concluded that traders lost “a fifth of their"
            " income to fees and bribes every month.”",
            "Wanjiru Kamau",
        ),
        (
            "The Norrland Trust published a survey of 900 nurses last spring. It showed that"
            " “two in three nurses plan to quit within five years.”",
            "Norrland Trust",
        ),
        (
            "Minister Pablo Ortiz cited a study by the Kellbrook Institute. It found that “most"
            " renters spend half their pay on housing in the capital.”",
            "Kellbrook Institute",
        ),
        (
            "Critics pointed to an anonymous pamphlet. It claimed that “the council had sold"
            " the park in secret many years ago.”",
            None,
        ),
    ],
)
def test_it_found_is_the_papers_author(sentence: str, speaker: str | None) -> None:
    assert speakers_in_order([sentence]) == [speaker]
