"""A role opening a clause of its own before a participle ("The judge allowed it to proceed,
writing that …") is whom that role names, and an office one person holds ("the judge", "the
coroner") is named however far back, the one named last when two were."""

from __future__ import annotations

import pytest

from tests.extraction.speaking import speakers_in_order

_FILLER = (
    "The dispute began when the tour ended and the money from the stadium shows was divided"
    " between the singer, her band and the promoters who had backed her first arena run."
)


@pytest.mark.parametrize(
    ("intro", "role", "name"),
    [
        ("Judge Eleanor Mbatha dismissed the main claim on Friday.", "judge", "Eleanor Mbatha"),
        ("Coroner Priya Lindqvist opened the inquest on Monday.", "coroner", "Priya Lindqvist"),
        ("Mayor Tomasz Okafor signed the order on Tuesday.", "mayor", "Tomasz Okafor"),
    ],
)
@pytest.mark.parametrize("participle", ["writing", "saying", "noting"])
def test_a_role_acting_before_a_participle(
    intro: str, role: str, name: str, participle: str
) -> None:
    paragraphs = [
        intro,
        *([_FILLER] * 8),
        f"The {role} allowed a second claim to proceed, {participle} that there was “at least a"
        " triable dispute over the commission.”",
    ]
    assert speakers_in_order(paragraphs) == [name]


def test_the_judge_named_last_is_meant() -> None:
    paragraphs = [
        "Judge Eleanor Mbatha heard the first claim in March.",
        *([_FILLER] * 8),
        "The appeal went to Judge Farouk Adeyemi-Lowe, who sat alone on Friday.",
        "The judge allowed a second claim to proceed, writing that there was “at least a triable"
        " dispute over the commission.”",
    ]
    assert speakers_in_order(paragraphs) == ["Farouk Adeyemi-Lowe"]
