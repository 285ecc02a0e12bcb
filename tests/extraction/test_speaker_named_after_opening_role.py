"""A person named between commas after a role or an "Another" that opens the sentence speaks the
quote after a verb further on: "A spokeswoman for X, Tilda Okonkwo, declined to comment … but
said:", "Another, Lorraine Mbatha, added:"; with no name between the commas, no one does."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_QUOTE = "“We are reviewing how the scheme was explained to tenants in the first place.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "A spokeswoman for Merrow Council, Tilda Okonkwo, declined to comment on individual"
            " cases but said:",
            "Tilda Okonkwo",
        ),
        (
            "The council’s housing chief, Bartholomew Nkemelu, would not discuss the figures but"
            " added:",
            "Bartholomew Nkemelu",
        ),
    ],
)
def test_the_name_beside_the_opening_role(lead: str, speaker: str) -> None:
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [speaker]


def test_an_unnamed_spokeswoman_stays_unnamed() -> None:
    lead = "A spokeswoman for Merrow Council declined to comment on individual cases but said:"
    assert speakers_in_order([f"{lead} {_QUOTE}"]) == [None]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("Another, Lorraine Mbatha, added:", "Lorraine Mbatha"),
        ("Another, who asked not to be named, added:", None),
    ],
)
def test_another_named_between_commas(second: str, speaker: str | None) -> None:
    paragraphs = [
        f"“It is a total disgrace and everyone here knows it,” said one parent. {second} {_QUOTE}"
    ]
    assert speakers_in_order(paragraphs) == [None, speaker]
