"""An award's citation speaks for the body that gave the award ("The guild's citation praised
its “…”"), as its statement would."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_CASES = [
    (
        "The shop was named butcher of the year by the Federation of Village Butchers. The"
        " federation's citation praised its “careful sourcing and endless patience with"
        " customers”.",
        "Federation of Village Butchers",
    ),
    (
        "Dr Ana Ruiz received the medal from the Royal Society of Surgeons. The society's citation"
        " hailed her “quiet courage in the worst months of the epidemic”.",
        "Royal Society of Surgeons",
    ),
    (
        "The Kestrel Film Academy gave its lifetime award to Obinna Eze on Saturday.\n\n“Few"
        " directors have asked so much of an audience and given so much back,” the academy's"
        " citation said.",
        "Kestrel Film Academy",
    ),
    (
        "The Northern Engineering Council awarded its gold medal to Tomasz Wójcik. Its citation"
        " praised “bridges that have outlived every fashion in design”.",
        "Northern Engineering Council",
    ),
    (
        "The Northern Engineering Council awarded its gold medal to Tomasz Wójcik on Tuesday.\n\n"
        "The council's citation praised “bridges that have outlived every fashion in design”.",
        "Northern Engineering Council",
    ),
    (
        "The Harrow Trust made Mei Lin volunteer of the year. The Harrow Trust's citation called"
        " her “the person every newcomer to the town meets first”.",
        "Harrow Trust",
    ),
]


@pytest.mark.parametrize(("text", "body"), _CASES)
def test_a_citation_is_the_awarding_bodys(text: str, body: str) -> None:
    assert speakers_in_order(text.split("\n\n")) == [body]


def test_someone_speaking_of_the_citation_keeps_their_words() -> None:
    paragraphs = [
        "The Federation of Village Butchers named the shop butcher of the year.",
        "Its chair, Ana Ruiz, said the citation had been “the easiest one we have ever written”.",
    ]
    assert speakers_in_order(paragraphs) == ["Ana Ruiz"]
