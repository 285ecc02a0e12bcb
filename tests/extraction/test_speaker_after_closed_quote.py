"""A quote that ends its own sentence ("…!”, "…?”, "….”) and the sentence after it that
names the speaker with a role before or beside the name."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_BEFORE = "The bakery chain will sell two winter tarts from Monday."
_ENDINGS = (
    "“We are thrilled to bring two new treats to every shop this winter!” ",
    "“Are you ready to try two new treats at every shop this winter?” ",
    "“We are ready. Two new treats reach every shop this winter.” ",
)


@pytest.mark.parametrize("quote", _ENDINGS)
@pytest.mark.parametrize(
    "attribution",
    [
        "Crumbco owner Dana Whitfield shared on Instagram.",
        "Crumb-N-Co boss Dana Whitfield said.",
        "Crumbco’s owner Dana Whitfield said.",
        "Head coach Dana Whitfield told reporters.",
        "Dana Whitfield, the owner, said.",
        "The owner, Dana Whitfield, said.",
        "Mayor Dana Whitfield said.",
    ],
)
def test_a_role_and_a_name_after_a_closed_quote_give_the_speaker(
    quote: str, attribution: str
) -> None:
    assert speakers_in_order([_BEFORE, quote + attribution]) == ["Dana Whitfield"]


@pytest.mark.parametrize(
    "after",
    [
        "Voters across Dunmore County said they were tired.",  # no role: people in a place
        "When Dana Whitfield said so, the crowd cheered.",  # a clause, not an attribution
        "Rivals of Dana Whitfield said little.",  # her rivals, unnamed
        "The Dunmore Board said it would appeal.",  # a new statement by a body
    ],
)
def test_a_next_sentence_that_is_no_attribution_names_nobody(after: str) -> None:
    paragraphs = ["Polls closed at nine.", "“The vote is over and the count is done.” " + after]
    assert speakers_in_order(paragraphs) == [None]
