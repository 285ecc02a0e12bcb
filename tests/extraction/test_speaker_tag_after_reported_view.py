"""A quote finishing someone else's reported view and closed by its own tag ("Petrov thinks the
price “…,” she said.") is the tag's: the sentence is the tagger's account. A tail that opens a
new clause ("…,” in that order, and Lee wrote") is no tag, and a lead giving someone's words,
not a view ("Lee called it “…,” Reuters reported"), keeps them."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            [
                "Orla Byrne, the finance chief of Tallis Foods, wrote to staff on Monday.",
                "Mr Petrov thinks the share price “is far below what the business is worth, and"
                " he will keep every share,” she said.",
            ],
            ["Orla Byrne"],
        ),
        (
            [
                "The council met on Tuesday.",
                "Okafor believes the sale “was rushed through without a proper vote,”"
                " Lindqvist said.",
            ],
            ["Lindqvist"],
        ),
        (
            [
                "Minister Harriet Cole has faced pressure for weeks.",
                "The minister hopes the talks “can still end with a deal by spring,” a"
                " spokeswoman, Ingrid Solberg, said.",
            ],
            ["Ingrid Solberg"],
        ),
        (
            [
                "Tomasz Zielinski, a spokesman for the port authority, spoke to reporters.",
                "Ms Adeyemi feels the new terminal “will never pay for itself,” he said.",
            ],
            ["Tomasz Zielinski"],
        ),
        (  # near-miss: no tag, the one whose view it is
            [
                "Keiko Tanaka, who chairs the board, addressed the meeting.",
                "Tanaka argued that the merger “would protect jobs in every region.”",
            ],
            ["Keiko Tanaka"],
        ),
        (  # near-miss: the lead gives her words, not a view: the tail reports them
            [
                "Ben Ray is the deputy mayor.",
                "Mayor Ann Lee described the plan as “a mess from start to finish,” the"
                " Valley Herald reported.",
            ],
            ["Ann Lee"],
        ),
        (
            [
                "Ben Ray is the deputy mayor.",
                "Mayor Ann Lee said the plan was “a mess from start to finish,” her"
                " spokesman, Tom Ode, said.",
            ],
            ["Ann Lee"],
        ),
        (  # near-miss: the tail opens a clause of its own
            [
                "Harbour United coach Ilse Brandt insisted on Monday that the bid for the"
                " winger was “very much alive, whatever the papers say,” a day after the"
                " player's agent said talks were over.",
            ],
            ["Ilse Brandt"],
        ),
    ],
)
def test_a_tag_after_the_quote_beats_the_holder_of_the_view(
    paragraphs: list[str], speakers: list[str | None]
) -> None:
    assert speakers_in_order(paragraphs) == speakers


def test_a_title_before_a_surname_says_more_than_a_first_name_list() -> None:
    paragraphs = [
        "Tomasz Zielinski, a spokesman for the port authority, spoke to reporters.",
        "Ms Adeyemi has long opposed the plan. “We will never pay for it,” he said.",
    ]
    assert speakers_in_order(paragraphs) == ["Tomasz Zielinski"]
